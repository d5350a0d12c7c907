package dev.wharf.servlet.session;

import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionBindingEvent;
import jakarta.servlet.http.HttpSessionBindingListener;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One in-memory {@link HttpSession}. Requests of one user may run at once on several virtual threads, so
 * its fields are safe to read and write concurrently; its attributes live only in this worker's heap.
 */
final class MemorySession implements HttpSession {

    private final SessionStore store;
    private final long creationTime;
    private final Map<String, Object> attributes = new ConcurrentHashMap<>();
    private volatile String id;
    private volatile long lastAccessedTime;
    private volatile int maxInactiveSeconds;
    private volatile boolean isNew = true;
    private volatile boolean valid = true;

    MemorySession(SessionStore store, String id, long now, int maxInactiveSeconds) {
        this.store = store;
        this.id = id;
        this.creationTime = now;
        this.lastAccessedTime = now;
        this.maxInactiveSeconds = maxInactiveSeconds;
    }

    /** A request of this session has arrived: it is no longer new, and its idle time starts again. */
    void access(long now) {
        isNew = false;
        lastAccessedTime = now;
    }

    boolean expiredAt(long now) {
        int max = maxInactiveSeconds;
        return max > 0 && now - lastAccessedTime > max * 1000L;
    }

    boolean isValid() {
        return valid;
    }

    /** Marks it invalid once; returns whether this call did (so one caller tells the listeners). */
    synchronized boolean markInvalid() {
        boolean was = valid;
        valid = false;
        return was;
    }

    void changeId(String newId) {
        this.id = newId;
    }

    /** Unbinds every attribute, as invalidation asks, telling the binding listeners. */
    void clearAttributes() {
        for (String name : Map.copyOf(attributes).keySet()) {
            Object value = attributes.remove(name);
            if (value != null) {
                unbound(name, value);
            }
        }
    }

    @Override
    public long getCreationTime() {
        checkValid("getCreationTime");
        return creationTime;
    }

    @Override
    public String getId() {
        return id;
    }

    @Override
    public long getLastAccessedTime() {
        checkValid("getLastAccessedTime");
        return lastAccessedTime;
    }

    @Override
    public ServletContext getServletContext() {
        return store.servletContext();
    }

    @Override
    public void setMaxInactiveInterval(int interval) {
        this.maxInactiveSeconds = interval;
    }

    @Override
    public int getMaxInactiveInterval() {
        return maxInactiveSeconds;
    }

    @Override
    public Object getAttribute(String name) {
        checkValid("getAttribute");
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        checkValid("getAttributeNames");
        return Collections.enumeration(Set.copyOf(attributes.keySet()));
    }

    @Override
    public void setAttribute(String name, Object value) {
        checkValid("setAttribute");
        if (value == null) {
            removeAttribute(name);
            return;
        }
        if (value instanceof HttpSessionBindingListener binding) {
            binding.valueBound(new HttpSessionBindingEvent(this, name, value));
        }
        Object old = attributes.put(name, value);
        if (old != null && old != value && old instanceof HttpSessionBindingListener binding) {
            binding.valueUnbound(new HttpSessionBindingEvent(this, name, old));
        }
        for (HttpSessionAttributeListener listener : store.listeners().attributes()) {
            if (old == null) {
                listener.attributeAdded(new HttpSessionBindingEvent(this, name, value));
            } else {
                listener.attributeReplaced(new HttpSessionBindingEvent(this, name, old));
            }
        }
    }

    @Override
    public void removeAttribute(String name) {
        checkValid("removeAttribute");
        Object old = attributes.remove(name);
        if (old != null) {
            unbound(name, old);
        }
    }

    private void unbound(String name, Object value) {
        if (value instanceof HttpSessionBindingListener binding) {
            binding.valueUnbound(new HttpSessionBindingEvent(this, name, value));
        }
        for (HttpSessionAttributeListener listener : store.listeners().attributes()) {
            listener.attributeRemoved(new HttpSessionBindingEvent(this, name, value));
        }
    }

    @Override
    public void invalidate() {
        checkValid("invalidate");
        store.invalidate(this);
    }

    @Override
    public boolean isNew() {
        checkValid("isNew");
        return isNew;
    }

    private void checkValid(String method) {
        if (!valid) {
            throw new IllegalStateException(method + ": the session " + id + " has been invalidated");
        }
    }
}
