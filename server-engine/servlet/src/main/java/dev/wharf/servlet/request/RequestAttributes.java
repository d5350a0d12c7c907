package dev.wharf.servlet.request;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestAttributeEvent;
import jakarta.servlet.ServletRequestAttributeListener;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A request's attributes, told to the application's request attribute listeners as they change. */
final class RequestAttributes {

    private final Map<String, Object> values = new HashMap<>();
    private final List<ServletRequestAttributeListener> listeners;

    RequestAttributes(List<ServletRequestAttributeListener> listeners) {
        this.listeners = listeners;
    }

    Object get(String name) {
        return values.get(name);
    }

    Enumeration<String> names() {
        return Collections.enumeration(Set.copyOf(values.keySet()));
    }

    void set(ServletContext context, ServletRequest request, String name, Object value) {
        if (name == null) {
            throw new IllegalArgumentException("A request attribute needs a name");
        }
        if (value == null) {
            remove(context, request, name);
            return;
        }
        Object old = values.put(name, value);
        for (ServletRequestAttributeListener listener : listeners) {
            if (old == null) {
                listener.attributeAdded(new ServletRequestAttributeEvent(context, request, name, value));
            } else {
                listener.attributeReplaced(new ServletRequestAttributeEvent(context, request, name, old));
            }
        }
    }

    void remove(ServletContext context, ServletRequest request, String name) {
        Object old = values.remove(name);
        if (old != null) {
            for (ServletRequestAttributeListener listener : listeners) {
                listener.attributeRemoved(new ServletRequestAttributeEvent(context, request, name, old));
            }
        }
    }
}
