package dev.wharf.servlet.context;

import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.scan.AnnotatedComponents;
import dev.wharf.servlet.scan.ClasspathScanner;
import dev.wharf.servlet.scan.Initializers;
import dev.wharf.servlet.scan.ScannedClasses;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRegistration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Starts and stops one servlet application in the Servlet spec's order. Start: the given servlet is
 * registered, the classpath scanned for annotated components, the container initializers run, the context
 * listeners told ({@code contextInitialized}), then every filter and every servlet initialised (all at
 * start, so a failing {@code init} fails the worker's startup, not its first request). Stop undoes what
 * started, in reverse: servlets, filters, sessions, then {@code contextDestroyed}.
 */
public final class Deployment {

    private final Servlet servlet;
    private final ServletSettings settings;
    private final ClassLoader appLoader;
    private final List<ServletContextListener> initializedListeners = new ArrayList<>();
    private final List<FilterHolder> initializedFilters = new ArrayList<>();
    private final List<ServletHolder> initializedServlets = new ArrayList<>();
    private AdapterServletContext context;

    /**
     * @param servlet the servlet the engine was given, or {@code null} when the application's own
     *                declarations name all its servlets
     */
    public Deployment(Servlet servlet, ServletSettings settings, ClassLoader appLoader) {
        this.servlet = servlet;
        this.settings = settings;
        this.appLoader = appLoader;
    }

    /**
     * Starts the application with its context attributes in {@code state}.
     *
     * @throws Exception what failed; whatever had started is stopped again first
     */
    public AdapterServletContext start(Map<String, Object> state) throws Exception {
        context = new AdapterServletContext(settings, appLoader, state);
        try {
            register();
            ServletContextEvent event = new ServletContextEvent(context);
            for (ServletContextListener listener :
                    List.copyOf(context.listeners().context())) {
                listener.contextInitialized(event);
                initializedListeners.add(listener);
            }
            context.markStarted();
            for (FilterHolder filter : context.filters()) {
                filter.init();
                initializedFilters.add(filter);
            }
            for (ServletHolder holder : initOrder(context.servlets())) {
                holder.init();
                initializedServlets.add(holder);
            }
            context.sessions().startSweeping(settings.sessionSweepPeriod());
            return context;
        } catch (Exception | Error e) {
            try {
                stop();
            } catch (Exception stopFailure) {
                e.addSuppressed(stopFailure);
            }
            throw e;
        }
    }

    private void register() throws Exception {
        if (servlet != null) {
            String name = settings.servletName() != null
                    ? settings.servletName()
                    : servlet.getClass().getName();
            ServletRegistration.Dynamic registration = context.addServlet(name, servlet);
            registration.setInitParameters(settings.servletInitParams());
            registration.setLoadOnStartup(0);
            if (!registration
                    .addMapping(settings.servletMappings().toArray(String[]::new))
                    .isEmpty()) {
                throw new IllegalArgumentException("Servlet mappings given twice: " + settings.servletMappings());
            }
        }
        ScannedClasses classes = new ScannedClasses(
                ClasspathScanner.scan(ClasspathScanner.entries(settings.classpath(), appLoader)), appLoader);
        AnnotatedComponents.register(classes, context);
        Initializers.run(classes, appLoader, context);
    }

    /** Load-on-startup order first (lowest first), then the servlets that declared none, as registered. */
    private static List<ServletHolder> initOrder(List<ServletHolder> servlets) {
        return servlets.stream()
                .sorted(Comparator.comparingInt(
                        holder -> holder.loadOnStartup() < 0 ? Integer.MAX_VALUE : holder.loadOnStartup()))
                .toList();
    }

    /**
     * Stops what started, in reverse; every step runs even when one fails.
     *
     * @throws Exception the first failure, the later ones suppressed in it
     */
    public void stop() throws Exception {
        List<Exception> failures = new ArrayList<>();
        for (ServletHolder holder : initializedServlets.reversed()) {
            run(holder::destroy, failures);
        }
        initializedServlets.clear();
        for (FilterHolder filter : initializedFilters.reversed()) {
            run(filter::destroy, failures);
        }
        initializedFilters.clear();
        if (context != null) {
            run(context.sessions()::close, failures);
        }
        ServletContextEvent event = new ServletContextEvent(context);
        for (ServletContextListener listener : initializedListeners.reversed()) {
            run(() -> listener.contextDestroyed(event), failures);
        }
        initializedListeners.clear();
        if (!failures.isEmpty()) {
            Exception first = failures.getFirst();
            failures.stream().skip(1).forEach(first::addSuppressed);
            throw first;
        }
    }

    private static void run(Runnable step, List<Exception> failures) {
        try {
            step.run();
        } catch (RuntimeException e) {
            failures.add(e);
        }
    }

    public AdapterServletContext context() {
        return context;
    }
}
