package dev.wharf.servlet.context;

import dev.wharf.servlet.mapping.PathMap;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import java.lang.reflect.InvocationTargetException;
import java.util.EventListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The servlets, filters and listeners of one context, in the order they were registered, and the servlet
 * URL mappings. Written only while the application starts (one thread), read by every request after.
 */
final class Registry {

    private final AdapterServletContext context;
    private final Map<String, ServletHolder> servlets = new LinkedHashMap<>();
    private final Map<String, FilterHolder> filters = new LinkedHashMap<>();
    // What every request reads: replaced on each addFilter, so reading needs no lock.
    private volatile List<FilterHolder> filterList = List.of();
    private final PathMap<ServletHolder> servletMappings = new PathMap<>();
    private final AppListeners listeners = new AppListeners();

    Registry(AdapterServletContext context) {
        this.context = context;
    }

    AppListeners listeners() {
        return listeners;
    }

    PathMap<ServletHolder> servletMappings() {
        return servletMappings;
    }

    synchronized List<ServletHolder> servlets() {
        return List.copyOf(servlets.values());
    }

    List<FilterHolder> filters() {
        return filterList;
    }

    synchronized ServletHolder servlet(String name) {
        return servlets.get(name);
    }

    synchronized FilterHolder filter(String name) {
        return filters.get(name);
    }

    synchronized Map<String, ServletHolder> servletsByName() {
        return Map.copyOf(servlets);
    }

    synchronized Map<String, FilterHolder> filtersByName() {
        return Map.copyOf(filters);
    }

    /** {@code addServlet}: {@code null} when a complete registration of that name exists, as the spec asks. */
    synchronized ServletHolder addServlet(String name, String className, Servlet servlet) {
        context.checkNotStarted("addServlet");
        requireName(name, "servlet");
        ServletHolder existing = servlets.get(name);
        if (existing != null && existing.getClassName() != null) {
            return null;
        }
        ServletHolder holder = new ServletHolder(context, name, className, servlet);
        if (existing != null) {
            // A name declared without a class may be completed.
            holder.setInitParameters(existing.getInitParameters());
        }
        servlets.put(name, holder);
        return holder;
    }

    synchronized FilterHolder addFilter(String name, String className, Filter filter) {
        context.checkNotStarted("addFilter");
        requireName(name, "filter");
        if (filters.containsKey(name)) {
            return null;
        }
        FilterHolder holder = new FilterHolder(context, name, className, filter);
        filters.put(name, holder);
        filterList = List.copyOf(filters.values());
        return holder;
    }

    void addListener(EventListener listener) {
        context.checkNotStarted("addListener");
        listeners.add(listener);
    }

    <T extends EventListener> T createListener(Class<T> type) throws ServletException {
        if (!AppListeners.isSupported(type)) {
            throw new IllegalArgumentException(
                    type.getName() + " implements none of the listener interfaces a servlet container calls");
        }
        return instantiate(type);
    }

    static <T> T instantiate(Class<T> type) throws ServletException {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            throw new ServletException(
                    "Cannot create " + type.getName() + " (a public no-argument constructor is" + " needed): " + cause,
                    cause);
        }
    }

    private static void requireName(String name, String what) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("A " + what + " needs a name");
        }
    }
}
