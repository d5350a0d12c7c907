package dev.wharf.servlet.lifecycle.app;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.Set;
import java.util.TreeSet;

/** Found by ServiceLoader; adds a listener and a servlet of its own, as Spring's and Jersey's initializers do. */
@HandlesTypes({Audited.class, Greeter.class})
public class AuditInitializer implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        Set<String> names = new TreeSet<>();
        for (Class<?> type : classes) {
            names.add(type.getSimpleName());
        }
        LifecycleLog.EVENTS.add("initializer.onStartup " + names);
        context.addListener(new AddedListener());
        context.addServlet("added", AddedServlet.class).addMapping("/added");
    }
}
