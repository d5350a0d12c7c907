package dev.wharf.servlet.cycle;

import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.servlet.context.AdapterServletContext;
import dev.wharf.servlet.context.FilterSelection;
import dev.wharf.servlet.context.ServletHolder;
import dev.wharf.servlet.mapping.PathMatch;
import dev.wharf.servlet.mapping.UrlPattern;
import dev.wharf.servlet.request.AsgiServletRequest;
import dev.wharf.servlet.request.RequestSession;
import dev.wharf.servlet.response.AsgiServletResponse;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletRequestEvent;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;

/**
 * One HTTP request through the servlet application, on the virtual thread the engine gave the ASGI call:
 * maps the path, builds the request and response over the scope, runs the request listeners and the filter
 * chain, and completes the response. What the application throws goes back to the engine, which answers
 * 500 while nothing was sent, or closes the connection after; a client that went away is reported as the
 * engine's own {@link ClientDisconnected}, which it does not log as an application error.
 */
public final class ServletCycle {

    private final AdapterServletContext context;
    private final HttpScope scope;
    private final String requestId;
    private AsgiServletRequest request;

    public ServletCycle(AdapterServletContext context, HttpScope scope, String requestId) {
        this.context = context;
        this.scope = scope;
        this.requestId = requestId;
    }

    public void run(Receive receive, Send send) throws Exception {
        String path = pathInContext(scope);
        PathMatch<ServletHolder> match = context.servletMappings().match(path);
        if (match == null) {
            match = new PathMatch<>(null, UrlPattern.parse("/"), path, null, "");
        }
        Servlet servlet = match.target() != null ? match.target().servlet() : NotFoundServlet.INSTANCE;
        AsgiServletResponse response = new AsgiServletResponse(
                send, this::request, context.settings().bufferSize(), context.getResponseCharacterEncoding());
        RequestSession session = new RequestSession(
                context.sessions(),
                context.sessionCookie(),
                scope.rootPath(),
                "https".equals(scope.scheme()),
                response::sessionCookie,
                response::isCommitted);
        request = new AsgiServletRequest(
                scope,
                receive,
                context,
                match,
                match.servletPath(),
                match.pathInfo(),
                session,
                context.listeners().requestAttributes(),
                context.settings().maxFormContentSize(),
                requestId);
        List<ServletRequestListener> listeners = context.listeners().requests();
        ServletRequestEvent event = new ServletRequestEvent(context, request);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(context.getClassLoader());
        try {
            for (ServletRequestListener listener : listeners) {
                listener.requestInitialized(event);
            }
            try {
                new ApplicationFilterChain(FilterSelection.forRequest(context, path, match.getServletName()), servlet)
                        .doFilter(request, response);
                response.finish();
            } finally {
                for (ServletRequestListener listener : listeners.reversed()) {
                    listener.requestDestroyed(event);
                }
            }
        } catch (Exception e) {
            ClientDisconnected gone = disconnection(e);
            throw gone != null ? gone : e;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private HttpServletRequest request() {
        return request;
    }

    /**
     * The path within the context: ASGI's {@code path} includes {@code root_path}; the servlet API splits it
     * into the context path and the rest.
     */
    static String pathInContext(HttpScope scope) {
        String path = scope.path();
        String root = scope.rootPath();
        if (!root.isEmpty() && path.startsWith(root)) {
            path = path.substring(root.length());
        }
        return path.isEmpty() ? "/" : path;
    }

    /** The engine's disconnect, however deep a framework wrapped it. */
    private static ClientDisconnected disconnection(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof ClientDisconnected gone) {
                return gone;
            }
        }
        return null;
    }
}
