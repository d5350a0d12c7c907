package dev.wharf.servlet;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.LifespanShutdown;
import dev.wharf.asgi.LifespanShutdownComplete;
import dev.wharf.asgi.LifespanShutdownFailed;
import dev.wharf.asgi.LifespanStartup;
import dev.wharf.asgi.LifespanStartupComplete;
import dev.wharf.asgi.LifespanStartupFailed;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.context.AdapterServletContext;
import dev.wharf.servlet.context.Deployment;
import dev.wharf.servlet.cycle.ServletCycle;
import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContext;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A Jakarta Servlet application as an ASGI {@link App}: Wharf's {@code --interface servlet}, as Uvicorn's
 * WSGI middleware makes a WSGI application an ASGI one.
 *
 * <p>One instance is one worker's servlet container: its servlet context, its sessions. The lifespan scope
 * starts the application ({@code init}, listeners, filters; a failure is {@code lifespan.startup.failed}
 * with its stack trace) and stops it; its {@code ServletContext} attributes are the lifespan {@code state}
 * map itself, the worker's app.state. Each HTTP scope is one request, served on the virtual thread the
 * engine called with: no thread pool of its own. Without lifespan ({@code --lifespan off}) the application
 * starts on the first request, with attributes of its own.
 */
public final class ServletApp implements App {

    private final Deployment deployment;
    private final ClassLoader appLoader;
    private final AtomicLong requestIds = new AtomicLong();
    private final Object starting = new Object();
    private volatile AdapterServletContext context;
    private volatile Exception startFailure;

    private ServletApp(Servlet servlet, ServletSettings settings, ClassLoader appLoader) {
        this.deployment = new Deployment(servlet, settings, appLoader);
        this.appLoader = appLoader;
    }

    /**
     * The application around {@code servlet}, mapped as {@code settings} say ({@code /*} by default), plus
     * what the application declares ({@code @WebServlet}, {@code @WebFilter}, {@code @WebListener}, and its
     * {@code ServletContainerInitializer}s).
     *
     * @param servlet   the servlet to serve, for example Jersey's {@code ServletContainer}
     * @param settings  init parameters, the classpath entries to scan, buffer and session settings
     * @param appLoader the loader of the application's classes: annotated classes and initializers are
     *                  loaded through it, and it is the context class loader while the application runs
     */
    public static ServletApp of(Servlet servlet, ServletSettings settings, ClassLoader appLoader) {
        return new ServletApp(servlet, settings, appLoader);
    }

    /** The application as it declares itself alone: its annotated servlets and filters, its initializers. */
    public static ServletApp of(ServletSettings settings, ClassLoader appLoader) {
        return new ServletApp(null, settings, appLoader);
    }

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        switch (scope) {
            case LifespanScope lifespan -> lifespan(lifespan, receive, send);
            case HttpScope http ->
                new ServletCycle(startedContext(), http, Long.toString(requestIds.incrementAndGet()))
                        .run(receive, send);
            default ->
                throw new UnsupportedServletFeature(
                        "WebSocket connections", "Serve WebSockets with an app on Wharf's ASGI interface.");
        }
    }

    /** The live sessions of this worker, for its telemetry; 0 before the application has started. */
    public int activeSessions() {
        AdapterServletContext started = context;
        return started == null ? 0 : started.sessions().activeCount();
    }

    /** The application's servlet context once it has started, else {@code null}. */
    public ServletContext servletContext() {
        return context;
    }

    private void lifespan(LifespanScope scope, Receive receive, Send send) throws Exception {
        Message startup = receive.receive();
        if (!(startup instanceof LifespanStartup)) {
            return;
        }
        try {
            start(scope.state());
        } catch (Exception e) {
            send.send(new LifespanStartupFailed(failure("Servlet application startup failed", e)));
            return;
        }
        send.send(new LifespanStartupComplete());
        Message shutdown = receive.receive();
        if (!(shutdown instanceof LifespanShutdown)) {
            return;
        }
        try {
            inAppLoader(deployment::stop);
        } catch (Exception e) {
            send.send(new LifespanShutdownFailed(failure("Servlet application shutdown failed", e)));
            return;
        }
        send.send(new LifespanShutdownComplete());
    }

    private void start(Map<String, Object> state) throws Exception {
        synchronized (starting) {
            context = inAppLoader(() -> deployment.start(state));
        }
    }

    /** The started context; starts it on the first request when the engine runs no lifespan. */
    private AdapterServletContext startedContext() throws Exception {
        AdapterServletContext started = context;
        if (started != null) {
            return started;
        }
        synchronized (starting) {
            if (context == null && startFailure == null) {
                try {
                    start(new ConcurrentHashMap<>());
                } catch (Exception e) {
                    startFailure = e;
                }
            }
            if (startFailure != null) {
                throw new IllegalStateException(
                        failure("The servlet application failed to start", startFailure), startFailure);
            }
            return context;
        }
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private interface VoidStep {
        void run() throws Exception;
    }

    private <T> T inAppLoader(Step<T> step) throws Exception {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(appLoader);
        try {
            return step.run();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private void inAppLoader(VoidStep step) throws Exception {
        inAppLoader(() -> {
            step.run();
            return null;
        });
    }

    /** The message lifespan failures carry: what failed, and the stack trace that says where. */
    private static String failure(String what, Throwable cause) {
        StringWriter trace = new StringWriter();
        cause.printStackTrace(new PrintWriter(trace));
        return what + ": " + cause + "\n" + trace.toString().stripTrailing();
    }
}
