package dev.wharf.servlet.unsupported.app;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import java.util.Set;

/** Registers a JSP page, which the adapter cannot serve. */
public class JspInitializer implements ServletContainerInitializer {
    @Override
    public void onStartup(Set<Class<?>> classes, ServletContext context) {
        context.addJspFile("index", "/index.jsp");
    }
}
