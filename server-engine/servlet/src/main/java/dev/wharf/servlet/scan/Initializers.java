package dev.wharf.servlet.scan;

import jakarta.servlet.ServletContainerInitializer;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.HandlesTypes;
import java.util.LinkedHashSet;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;

/**
 * Runs the {@link ServletContainerInitializer}s that the application's class loader provides (its
 * {@code META-INF/services}), each with the scanned classes its {@link HandlesTypes} asks for, or
 * {@code null} when it asks and none match, as the spec says.
 */
public final class Initializers {

    private Initializers() {}

    public static void run(ScannedClasses classes, ClassLoader appLoader, ServletContext context)
            throws ServletException {
        ServiceLoader<ServletContainerInitializer> found =
                ServiceLoader.load(ServletContainerInitializer.class, appLoader);
        try {
            for (ServletContainerInitializer initializer : found) {
                initializer.onStartup(handledTypes(initializer, classes), context);
            }
        } catch (ServiceConfigurationError e) {
            throw new ServletException(
                    "A ServletContainerInitializer of the application cannot be loaded: " + e.getMessage(), e);
        }
    }

    private static Set<Class<?>> handledTypes(ServletContainerInitializer initializer, ScannedClasses classes) {
        HandlesTypes handles = initializer.getClass().getAnnotation(HandlesTypes.class);
        if (handles == null) {
            return null;
        }
        Set<Class<?>> matched = new LinkedHashSet<>();
        for (Class<?> type : handles.value()) {
            matched.addAll(classes.handledBy(type));
        }
        return matched.isEmpty() ? null : matched;
    }
}
