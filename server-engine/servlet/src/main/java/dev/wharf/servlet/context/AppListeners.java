package dev.wharf.servlet.context;

import dev.wharf.servlet.session.SessionListeners;
import jakarta.servlet.ServletContextAttributeListener;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.ServletRequestAttributeListener;
import jakarta.servlet.ServletRequestListener;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.EventListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's listeners, by the interfaces the adapter calls, each list in the order of registration.
 * Written while the application starts, read by every request after.
 */
public final class AppListeners implements SessionListeners {

    /** The listener interfaces the adapter calls; {@code addListener} refuses a listener with none of them. */
    static final List<Class<? extends EventListener>> SUPPORTED = List.of(
            ServletContextListener.class,
            ServletContextAttributeListener.class,
            ServletRequestListener.class,
            ServletRequestAttributeListener.class,
            HttpSessionListener.class,
            HttpSessionAttributeListener.class,
            HttpSessionIdListener.class);

    private final List<ServletContextListener> context = new CopyOnWriteArrayList<>();
    private final List<ServletContextAttributeListener> contextAttributes = new CopyOnWriteArrayList<>();
    private final List<ServletRequestListener> requests = new CopyOnWriteArrayList<>();
    private final List<ServletRequestAttributeListener> requestAttributes = new CopyOnWriteArrayList<>();
    private final List<HttpSessionListener> sessions = new CopyOnWriteArrayList<>();
    private final List<HttpSessionAttributeListener> sessionAttributes = new CopyOnWriteArrayList<>();
    private final List<HttpSessionIdListener> sessionIds = new CopyOnWriteArrayList<>();

    static boolean isSupported(Class<?> type) {
        return SUPPORTED.stream().anyMatch(supported -> supported.isAssignableFrom(type));
    }

    void add(EventListener listener) {
        if (!isSupported(listener.getClass())) {
            throw new IllegalArgumentException(listener.getClass().getName()
                    + " implements none of the listener interfaces a servlet container calls");
        }
        if (listener instanceof ServletContextListener l) context.add(l);
        if (listener instanceof ServletContextAttributeListener l) contextAttributes.add(l);
        if (listener instanceof ServletRequestListener l) requests.add(l);
        if (listener instanceof ServletRequestAttributeListener l) requestAttributes.add(l);
        if (listener instanceof HttpSessionListener l) sessions.add(l);
        if (listener instanceof HttpSessionAttributeListener l) sessionAttributes.add(l);
        if (listener instanceof HttpSessionIdListener l) sessionIds.add(l);
    }

    public List<ServletContextListener> context() {
        return context;
    }

    public List<ServletContextAttributeListener> contextAttributes() {
        return contextAttributes;
    }

    public List<ServletRequestListener> requests() {
        return requests;
    }

    public List<ServletRequestAttributeListener> requestAttributes() {
        return requestAttributes;
    }

    @Override
    public List<HttpSessionListener> lifecycle() {
        return sessions;
    }

    @Override
    public List<HttpSessionAttributeListener> attributes() {
        return sessionAttributes;
    }

    @Override
    public List<HttpSessionIdListener> ids() {
        return sessionIds;
    }
}
