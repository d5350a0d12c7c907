package dev.wharf.servlet.context;

import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.ServletSecurityElement;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One servlet: its registration (what {@code addServlet} returns), its {@code ServletConfig}, and its one
 * instance from {@code init} to {@code destroy}.
 */
public final class ServletHolder extends Registration implements ServletRegistration.Dynamic, ServletConfig {

    private final Set<String> mappings = new LinkedHashSet<>();
    private volatile Servlet instance;
    private volatile boolean initialized;
    private int loadOnStartup = -1;

    ServletHolder(AdapterServletContext context, String name, String className, Servlet instance) {
        super(context, name, className);
        this.instance = instance;
    }

    @Override
    public Set<String> addMapping(String... urlPatterns) {
        context.checkNotStarted("addMapping");
        Set<String> conflicts = new LinkedHashSet<>();
        for (String pattern : urlPatterns) {
            if (context.servletMappings().contains(pattern)) {
                conflicts.add(pattern);
            }
        }
        if (conflicts.isEmpty()) {
            for (String pattern : urlPatterns) {
                context.servletMappings().put(pattern, this, getName());
                mappings.add(pattern);
            }
        }
        return conflicts;
    }

    @Override
    public Collection<String> getMappings() {
        return Collections.unmodifiableSet(mappings);
    }

    @Override
    public String getRunAsRole() {
        return null;
    }

    @Override
    public void setLoadOnStartup(int loadOnStartup) {
        context.checkNotStarted("setLoadOnStartup");
        this.loadOnStartup = loadOnStartup;
    }

    int loadOnStartup() {
        return loadOnStartup;
    }

    @Override
    public Set<String> setServletSecurity(ServletSecurityElement constraint) {
        throw new UnsupportedServletFeature(
                "servlet security constraints (setServletSecurity, @ServletSecurity)",
                "Check access in a filter or in the application.");
    }

    @Override
    public void setMultipartConfig(MultipartConfigElement multipartConfig) {
        // Accepted so that frameworks that always declare it start; getParts() says multipart is unsupported.
    }

    @Override
    public void setRunAsRole(String roleName) {
        // No security roles: there is nothing to run as.
    }

    // ---- ServletConfig ----

    @Override
    public String getServletName() {
        return getName();
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    // ---- lifecycle ----

    /** Creates the instance if it was registered by class, and calls {@code init}. */
    void init() throws ServletException {
        if (instance == null) {
            try {
                instance = context.createServlet(loadClass().asSubclass(Servlet.class));
            } catch (ClassNotFoundException | ClassCastException e) {
                throw new ServletException("Servlet '" + getName() + "': cannot load " + getClassName(), e);
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

    /** The initialized servlet, which serves requests. */
    public Servlet servlet() {
        return instance;
    }

    public boolean asyncSupported() {
        return asyncSupported;
    }
}
