package dev.wharf.servlet.session;

import jakarta.servlet.http.HttpSessionAttributeListener;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.util.List;

/**
 * The application's session listeners, as the session store needs them: read at each event, so listeners
 * added while the application starts are included.
 */
public interface SessionListeners {

    List<HttpSessionListener> lifecycle();

    List<HttpSessionAttributeListener> attributes();

    List<HttpSessionIdListener> ids();

    /** None: for an application that declared no session listener. */
    SessionListeners NONE = new SessionListeners() {
        @Override
        public List<HttpSessionListener> lifecycle() {
            return List.of();
        }

        @Override
        public List<HttpSessionAttributeListener> attributes() {
            return List.of();
        }

        @Override
        public List<HttpSessionIdListener> ids() {
            return List.of();
        }
    };
}
