package dev.wharf.servlet.session;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * The sessions of one adapter instance (one worker): created on demand, found by id, expired when idle
 * (on access, and by a sweep every period on one virtual thread of its own), all invalidated when the
 * application stops.
 */
public final class SessionStore {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, MemorySession> sessions = new ConcurrentHashMap<>();
    private final ServletContext context;
    private final SessionListeners listeners;
    private final LongSupplier clock;
    private volatile int defaultTimeoutSeconds;
    private Thread sweeper;

    public SessionStore(ServletContext context, SessionListeners listeners, Duration defaultTimeout) {
        this(context, listeners, defaultTimeout, System::currentTimeMillis);
    }

    SessionStore(ServletContext context, SessionListeners listeners, Duration defaultTimeout, LongSupplier clock) {
        this.context = context;
        this.listeners = listeners;
        this.clock = clock;
        this.defaultTimeoutSeconds = (int) Math.min(Integer.MAX_VALUE, defaultTimeout.toSeconds());
    }

    /** The live sessions: what the worker's telemetry shows. */
    public int activeCount() {
        return sessions.size();
    }

    /** The interval new sessions get, in seconds ({@code ServletContext.setSessionTimeout} is in minutes). */
    public int defaultTimeoutSeconds() {
        return defaultTimeoutSeconds;
    }

    public void defaultTimeoutSeconds(int seconds) {
        this.defaultTimeoutSeconds = seconds;
    }

    /** The valid session with this id, marked as accessed, or {@code null}; an expired one is removed. */
    public HttpSession find(String id) {
        if (id == null) {
            return null;
        }
        MemorySession session = sessions.get(id);
        if (session == null) {
            return null;
        }
        long now = clock.getAsLong();
        if (session.expiredAt(now)) {
            invalidate(session);
            return null;
        }
        session.access(now);
        return session;
    }

    public HttpSession create() {
        String id = newId();
        MemorySession session = new MemorySession(this, id, clock.getAsLong(), defaultTimeoutSeconds);
        sessions.put(id, session);
        HttpSessionEvent event = new HttpSessionEvent(session);
        for (HttpSessionListener listener : listeners.lifecycle()) {
            listener.sessionCreated(event);
        }
        return session;
    }

    /** Gives the session a new id (against session fixation) and returns it. */
    public String changeId(HttpSession session) {
        MemorySession memory = (MemorySession) session;
        String oldId = memory.getId();
        String newId = newId();
        sessions.remove(oldId);
        memory.changeId(newId);
        sessions.put(newId, memory);
        HttpSessionEvent event = new HttpSessionEvent(memory);
        for (HttpSessionIdListener listener : listeners.ids()) {
            listener.sessionIdChanged(event, oldId);
        }
        return newId;
    }

    /** Whether {@code session} is one of this store's and still valid. */
    public boolean isValid(HttpSession session) {
        return session instanceof MemorySession memory && memory.isValid() && sessions.get(memory.getId()) == memory;
    }

    void invalidate(MemorySession session) {
        if (!session.markInvalid()) {
            return;
        }
        sessions.remove(session.getId(), session);
        HttpSessionEvent event = new HttpSessionEvent(session);
        for (HttpSessionListener listener : List.copyOf(listeners.lifecycle()).reversed()) {
            listener.sessionDestroyed(event);
        }
        session.clearAttributes();
    }

    /** Expires every session idle for longer than its interval. */
    public void sweep() {
        long now = clock.getAsLong();
        for (MemorySession session : sessions.values()) {
            if (session.expiredAt(now)) {
                invalidate(session);
            }
        }
    }

    /** Starts sweeping every {@code period}, on one virtual thread, until {@link #close()}. */
    public synchronized void startSweeping(Duration period) {
        if (sweeper != null) {
            return;
        }
        sweeper = Thread.ofVirtual().name("servlet-session-sweeper").start(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    Thread.sleep(period);
                    try {
                        sweep();
                    } catch (RuntimeException e) {
                        // A listener that throws must not stop expiry for every later session.
                        System.getLogger("wharf.servlet")
                                .log(System.Logger.Level.ERROR, "A session listener failed while sessions expired", e);
                    }
                }
            } catch (InterruptedException e) {
                // close() ends the sweep
            }
        });
    }

    /** Stops sweeping and invalidates every session, as the application stops. */
    public void close() {
        synchronized (this) {
            if (sweeper != null) {
                sweeper.interrupt();
                sweeper = null;
            }
        }
        for (MemorySession session : sessions.values()) {
            invalidate(session);
        }
    }

    ServletContext servletContext() {
        return context;
    }

    SessionListeners listeners() {
        return listeners;
    }

    private static String newId() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().withUpperCase().formatHex(bytes);
    }
}
