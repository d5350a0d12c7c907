package dev.wharf.servlet.context;

import dev.wharf.servlet.mapping.UrlPattern;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/**
 * One filter: its registration and mappings (URL patterns and servlet names, for which dispatcher types),
 * its {@code FilterConfig}, and its instance from {@code init} to {@code destroy}.
 */
public final class FilterHolder extends Registration implements FilterRegistration.Dynamic, FilterConfig {

    private final List<UrlPattern> urlPatterns = new ArrayList<>();
    private final List<String> servletNames = new ArrayList<>();
    private final EnumSet<DispatcherType> dispatcherTypes = EnumSet.noneOf(DispatcherType.class);
    private volatile Filter instance;
    private volatile boolean initialized;

    FilterHolder(AdapterServletContext context, String name, String className, Filter instance) {
        super(context, name, className);
        this.instance = instance;
    }

    @Override
    public void addMappingForServletNames(EnumSet<DispatcherType> types, boolean isMatchAfter, String... names) {
        context.checkNotStarted("addMappingForServletNames");
        dispatcherTypes.addAll(types == null ? EnumSet.of(DispatcherType.REQUEST) : types);
        servletNames.addAll(List.of(names));
    }

    @Override
    public Collection<String> getServletNameMappings() {
        return List.copyOf(servletNames);
    }

    @Override
    public void addMappingForUrlPatterns(EnumSet<DispatcherType> types, boolean isMatchAfter, String... patterns) {
        context.checkNotStarted("addMappingForUrlPatterns");
        dispatcherTypes.addAll(types == null ? EnumSet.of(DispatcherType.REQUEST) : types);
        for (String pattern : patterns) {
            urlPatterns.add(UrlPattern.parse(pattern));
        }
    }

    @Override
    public Collection<String> getUrlPatternMappings() {
        return urlPatterns.stream().map(UrlPattern::pattern).toList();
    }

    /** Whether this filter applies to a request of this type by one of its URL patterns. */
    boolean matchesPath(DispatcherType type, String path) {
        return dispatcherTypes.contains(type) && urlPatterns.stream().anyMatch(pattern -> pattern.matches(path));
    }

    /** Whether this filter applies to a request of this type by the name of the servlet it goes to. */
    boolean matchesServlet(DispatcherType type, String servletName) {
        return dispatcherTypes.contains(type)
                && servletName != null
                && (servletNames.contains(servletName) || servletNames.contains("*"));
    }

    // ---- FilterConfig ----

    @Override
    public String getFilterName() {
        return getName();
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    // ---- lifecycle ----

    void init() throws ServletException {
        if (instance == null) {
            try {
                instance = context.createFilter(loadClass().asSubclass(Filter.class));
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new ServletException("Filter '" + getName() + "': cannot load " + getClassName(), e);
            }
        }
        instance.init(this);
        initialized = true;
    }

    void destroy() {
        if (initialized) {
            initialized = false;
            instance.destroy();
        }
    }

    public Filter filter() {
        return instance;
    }
}
