package dev.wharf.servlet.scan;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.annotation.WebInitParam;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.annotation.WebServlet;
import java.util.EnumSet;
import java.util.EventListener;
import java.util.List;

/**
 * Registers the application's {@code @WebListener}, {@code @WebServlet} and {@code @WebFilter} classes
 * with the context, as a {@code web.xml} would declare them, through the context's public registration API.
 */
public final class AnnotatedComponents {

    private AnnotatedComponents() {}

    public static void register(ScannedClasses classes, ServletContext context) {
        for (Class<?> type : classes.annotatedWith(WebListener.class)) {
            context.addListener(type.asSubclass(EventListener.class));
        }
        for (Class<?> type : classes.annotatedWith(WebServlet.class)) {
            servlet(type.asSubclass(Servlet.class), type.getAnnotation(WebServlet.class), context);
        }
        for (Class<?> type : classes.annotatedWith(WebFilter.class)) {
            filter(type.asSubclass(Filter.class), type.getAnnotation(WebFilter.class), context);
        }
    }

    private static void servlet(Class<? extends Servlet> type, WebServlet declared, ServletContext context) {
        String name = declared.name().isEmpty() ? type.getName() : declared.name();
        ServletRegistration.Dynamic registration = context.addServlet(name, type);
        if (registration == null) {
            return; // registered already under that name, which the spec lets win over the annotation
        }
        registration.addMapping(declared.value().length > 0 ? declared.value() : declared.urlPatterns());
        registration.setLoadOnStartup(declared.loadOnStartup());
        registration.setAsyncSupported(declared.asyncSupported());
        for (WebInitParam param : declared.initParams()) {
            registration.setInitParameter(param.name(), param.value());
        }
    }

    private static void filter(Class<? extends Filter> type, WebFilter declared, ServletContext context) {
        String name = declared.filterName().isEmpty() ? type.getName() : declared.filterName();
        FilterRegistration.Dynamic registration = context.addFilter(name, type);
        if (registration == null) {
            return;
        }
        EnumSet<jakarta.servlet.DispatcherType> types = EnumSet.noneOf(jakarta.servlet.DispatcherType.class);
        types.addAll(List.of(declared.dispatcherTypes()));
        String[] patterns = declared.value().length > 0 ? declared.value() : declared.urlPatterns();
        if (patterns.length > 0) {
            registration.addMappingForUrlPatterns(types, true, patterns);
        }
        if (declared.servletNames().length > 0) {
            registration.addMappingForServletNames(types, true, declared.servletNames());
        }
        registration.setAsyncSupported(declared.asyncSupported());
        for (WebInitParam param : declared.initParams()) {
            registration.setInitParameter(param.name(), param.value());
        }
    }
}
