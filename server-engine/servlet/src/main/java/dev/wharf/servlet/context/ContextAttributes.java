package dev.wharf.servlet.context;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextAttributeEvent;
import jakarta.servlet.ServletContextAttributeListener;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code ServletContext} attributes kept in the worker's lifespan {@code state} map itself, not a copy:
 * what the application stores with {@code setAttribute} is the worker's app.state, shown in Wharf's
 * window and copied into every request scope, as a Starlette app's {@code app.state} is.
 *
 * <p>The map is the engine's (a concurrent map that takes no {@code null}), so a {@code null} value
 * removes the attribute, as the Servlet spec says it must.
 */
final class ContextAttributes {

    private final Map<String, Object> state;
    private final List<ServletContextAttributeListener> listeners;

    ContextAttributes(Map<String, Object> state, List<ServletContextAttributeListener> listeners) {
        this.state = state;
        this.listeners = listeners;
    }

    Object get(String name) {
        return state.get(name);
    }

    Enumeration<String> names() {
        return Collections.enumeration(Set.copyOf(state.keySet()));
    }

    void set(ServletContext context, String name, Object value) {
        if (name == null) {
            throw new IllegalArgumentException("A context attribute needs a name");
        }
        if (value == null) {
            remove(context, name);
            return;
        }
        Object old = state.put(name, value);
        for (ServletContextAttributeListener listener : listeners) {
            if (old == null) {
                listener.attributeAdded(new ServletContextAttributeEvent(context, name, value));
            } else {
                listener.attributeReplaced(new ServletContextAttributeEvent(context, name, old));
            }
        }
    }

    void remove(ServletContext context, String name) {
        Object old = state.remove(name);
        if (old != null) {
            for (ServletContextAttributeListener listener : listeners) {
                listener.attributeRemoved(new ServletContextAttributeEvent(context, name, old));
            }
        }
    }
}
