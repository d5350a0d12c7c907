package dev.wharf.servlet.context;

import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.mapping.PathMap;
import dev.wharf.servlet.session.SessionStore;
import dev.wharf.servlet.unsupported.UnsupportedDispatcher;
import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterRegistration;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRegistration;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.SessionTrackingMode;
import jakarta.servlet.descriptor.JspConfigDescriptor;
import java.io.InputStream;
import java.net.URL;
import java.net.URLConnection;
import java.util.Collections;
import java.util.Enumeration;
import java.util.EventListener;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@link ServletContext} of one adapter instance (one worker). Attributes are the worker's app.state
 * ({@link ContextAttributes}); registrations are open while the application starts (annotations,
 * initializers, context listeners) and fixed once it serves. Static resources come from the application's
 * {@code META-INF/resources}, as Servlet 3 resource jars provide them.
 */
public final class AdapterServletContext implements ServletContext {

    private static final System.Logger log = System.getLogger("wharf.servlet");

    private final ServletSettings settings;
    private final ClassLoader appLoader;
    private final ContextAttributes attributes;
    private final Registry registry = new Registry(this);
    private final AppResources resources;
    private final Map<String, String> initParams = new LinkedHashMap<>();
    private final SessionCookieSettings sessionCookie = new SessionCookieSettings(this);
    private final SessionStore sessions;
    private volatile boolean started;
    private volatile String requestEncoding;
    private volatile String responseEncoding;

    public AdapterServletContext(ServletSettings settings, ClassLoader appLoader, Map<String, Object> state) {
        this.settings = settings;
        this.appLoader = appLoader;
        this.resources = new AppResources(appLoader);
        this.attributes = new ContextAttributes(state, registry.listeners().contextAttributes());
        this.initParams.putAll(settings.contextInitParams());
        this.sessions = new SessionStore(this, registry.listeners(), settings.sessionTimeout());
    }

    // ---- what the rest of the adapter reads ----

    public AppListeners listeners() {
        return registry.listeners();
    }

    public PathMap<ServletHolder> servletMappings() {
        return registry.servletMappings();
    }

    public List<FilterHolder> filters() {
        return registry.filters();
    }

    List<ServletHolder> servlets() {
        return registry.servlets();
    }

    public SessionStore sessions() {
        return sessions;
    }

    public SessionCookieSettings sessionCookie() {
        return sessionCookie;
    }

    public ServletSettings settings() {
        return settings;
    }

    /** Registrations are fixed from here on: the application serves. */
    void markStarted() {
        started = true;
    }

    void checkNotStarted(String method) {
        if (started) {
            throw new IllegalStateException(method + " is only allowed while the application starts"
                    + " (in a ServletContainerInitializer or a ServletContextListener)");
        }
    }

    // ---- identity ----

    @Override
    public String getContextPath() {
        return settings.contextPath();
    }

    @Override
    public ServletContext getContext(String uripath) {
        return uripath != null && uripath.startsWith(getContextPath()) ? this : null;
    }

    @Override
    public int getMajorVersion() {
        return 6;
    }

    @Override
    public int getMinorVersion() {
        return 1;
    }

    @Override
    public int getEffectiveMajorVersion() {
        return 6;
    }

    @Override
    public int getEffectiveMinorVersion() {
        return 1;
    }

    @Override
    public String getServerInfo() {
        return "Wharf servlet adapter";
    }

    @Override
    public String getServletContextName() {
        return null;
    }

    @Override
    public String getVirtualServerName() {
        return "wharf";
    }

    @Override
    public ClassLoader getClassLoader() {
        return appLoader;
    }

    // ---- resources ----

    @Override
    public String getMimeType(String file) {
        return file == null ? null : URLConnection.getFileNameMap().getContentTypeFor(file);
    }

    @Override
    public Set<String> getResourcePaths(String path) {
        // The classpath cannot be listed portably; Servlet resources in jars are looked up by name.
        return null;
    }

    @Override
    public URL getResource(String path) {
        return resources.url(path);
    }

    @Override
    public InputStream getResourceAsStream(String path) {
        return resources.stream(path);
    }

    @Override
    public String getRealPath(String path) {
        return resources.realPath(path);
    }

    @Override
    public RequestDispatcher getRequestDispatcher(String path) {
        return path != null && path.startsWith("/") ? new UnsupportedDispatcher(path) : null;
    }

    @Override
    public RequestDispatcher getNamedDispatcher(String name) {
        return registry.servlet(name) != null ? new UnsupportedDispatcher(name) : null;
    }

    @Override
    public void log(String msg) {
        log.log(System.Logger.Level.INFO, msg);
    }

    @Override
    public void log(String message, Throwable throwable) {
        log.log(System.Logger.Level.ERROR, message, throwable);
    }

    // ---- init parameters and attributes ----

    @Override
    public String getInitParameter(String name) {
        return initParams.get(name);
    }

    @Override
    public Enumeration<String> getInitParameterNames() {
        return Collections.enumeration(List.copyOf(initParams.keySet()));
    }

    @Override
    public boolean setInitParameter(String name, String value) {
        checkNotStarted("setInitParameter");
        return initParams.putIfAbsent(name, value) == null;
    }

    @Override
    public Object getAttribute(String name) {
        if (TEMPDIR.equals(name)) {
            return resources.tempDir();
        }
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return attributes.names();
    }

    @Override
    public void setAttribute(String name, Object object) {
        attributes.set(this, name, object);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(this, name);
    }

    // ---- servlets, filters, listeners: the registry's ----

    @Override
    public ServletRegistration.Dynamic addServlet(String servletName, String className) {
        return registry.addServlet(servletName, className, null);
    }

    @Override
    public ServletRegistration.Dynamic addServlet(String servletName, Servlet servlet) {
        return registry.addServlet(servletName, servlet.getClass().getName(), servlet);
    }

    @Override
    public ServletRegistration.Dynamic addServlet(String servletName, Class<? extends Servlet> servletClass) {
        return registry.addServlet(servletName, servletClass.getName(), null);
    }

    @Override
    public ServletRegistration.Dynamic addJspFile(String servletName, String jspFile) {
        throw new UnsupportedServletFeature(
                "JSP (addJspFile '" + jspFile + "')",
                "Render views with a template" + " library such as Thymeleaf, Freemarker or Mustache from a servlet.");
    }

    @Override
    public <T extends Servlet> T createServlet(Class<T> type) throws ServletException {
        return Registry.instantiate(type);
    }

    @Override
    public ServletRegistration getServletRegistration(String servletName) {
        return registry.servlet(servletName);
    }

    @Override
    public Map<String, ? extends ServletRegistration> getServletRegistrations() {
        return registry.servletsByName();
    }

    @Override
    public FilterRegistration.Dynamic addFilter(String filterName, String className) {
        return registry.addFilter(filterName, className, null);
    }

    @Override
    public FilterRegistration.Dynamic addFilter(String filterName, Filter filter) {
        return registry.addFilter(filterName, filter.getClass().getName(), filter);
    }

    @Override
    public FilterRegistration.Dynamic addFilter(String filterName, Class<? extends Filter> filterClass) {
        return registry.addFilter(filterName, filterClass.getName(), null);
    }

    @Override
    public <T extends Filter> T createFilter(Class<T> type) throws ServletException {
        return Registry.instantiate(type);
    }

    @Override
    public FilterRegistration getFilterRegistration(String filterName) {
        return registry.filter(filterName);
    }

    @Override
    public Map<String, ? extends FilterRegistration> getFilterRegistrations() {
        return registry.filtersByName();
    }

    @Override
    public void addListener(String className) {
        try {
            addListener(Class.forName(className, true, appLoader).asSubclass(EventListener.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new IllegalArgumentException("Listener " + className + " cannot be loaded: " + e, e);
        }
    }

    @Override
    public <T extends EventListener> void addListener(T listener) {
        registry.addListener(listener);
    }

    @Override
    public void addListener(Class<? extends EventListener> listenerClass) {
        try {
            registry.addListener(registry.createListener(listenerClass));
        } catch (ServletException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public <T extends EventListener> T createListener(Class<T> type) throws ServletException {
        return registry.createListener(type);
    }

    // ---- sessions ----

    @Override
    public SessionCookieConfig getSessionCookieConfig() {
        return sessionCookie;
    }

    @Override
    public void setSessionTrackingModes(Set<SessionTrackingMode> modes) {
        checkNotStarted("setSessionTrackingModes");
        if (!modes.isEmpty() && !modes.equals(Set.of(SessionTrackingMode.COOKIE))) {
            throw new UnsupportedServletFeature(
                    "session tracking by " + modes + "; sessions are tracked by cookie only", null);
        }
    }

    @Override
    public Set<SessionTrackingMode> getDefaultSessionTrackingModes() {
        return Set.of(SessionTrackingMode.COOKIE);
    }

    @Override
    public Set<SessionTrackingMode> getEffectiveSessionTrackingModes() {
        return Set.of(SessionTrackingMode.COOKIE);
    }

    @Override
    public int getSessionTimeout() {
        return sessions.defaultTimeoutSeconds() / 60;
    }

    @Override
    public void setSessionTimeout(int minutes) {
        checkNotStarted("setSessionTimeout");
        sessions.defaultTimeoutSeconds(minutes <= 0 ? 0 : minutes * 60);
    }

    // ---- the rest ----

    @Override
    public JspConfigDescriptor getJspConfigDescriptor() {
        return null;
    }

    @Override
    public void declareRoles(String... roleNames) {
        checkNotStarted("declareRoles");
    }

    @Override
    public String getRequestCharacterEncoding() {
        return requestEncoding;
    }

    @Override
    public void setRequestCharacterEncoding(String encoding) {
        checkNotStarted("setRequestCharacterEncoding");
        this.requestEncoding = encoding;
    }

    @Override
    public String getResponseCharacterEncoding() {
        return responseEncoding;
    }

    @Override
    public void setResponseCharacterEncoding(String encoding) {
        checkNotStarted("setResponseCharacterEncoding");
        this.responseEncoding = encoding;
    }
}
