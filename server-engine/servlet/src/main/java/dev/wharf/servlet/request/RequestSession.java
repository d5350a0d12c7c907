package dev.wharf.servlet.request;

import dev.wharf.servlet.session.SessionStore;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The session side of one request: the id its cookie asked for, the session found or created, and the
 * {@code Set-Cookie} that tells the client about a new one.
 */
public final class RequestSession {

    private final SessionStore store;
    private final SessionCookieConfig cookieConfig;
    private final String contextPath;
    private final boolean secureRequest;
    private final Consumer<Cookie> addCookie;
    private final BooleanSupplier committed;
    private String requestedId;
    private boolean requestedIdLooked;
    private List<Cookie> cookies = List.of();
    private HttpSession current;

    /**
     * @param addCookie gives the response the session cookie to send
     * @param committed whether the response has been committed (a session cannot be created after)
     */
    public RequestSession(
            SessionStore store,
            SessionCookieConfig cookieConfig,
            String contextPath,
            boolean secureRequest,
            Consumer<Cookie> addCookie,
            BooleanSupplier committed) {
        this.store = store;
        this.cookieConfig = cookieConfig;
        this.contextPath = contextPath;
        this.secureRequest = secureRequest;
        this.addCookie = addCookie;
        this.committed = committed;
    }

    void cookies(List<Cookie> requestCookies) {
        this.cookies = requestCookies;
    }

    /** The session id the client sent: of several, the first that names a live session. */
    String requestedId() {
        if (!requestedIdLooked) {
            requestedIdLooked = true;
            for (Cookie cookie : cookies) {
                if (cookie.getName().equals(cookieConfig.getName())) {
                    if (requestedId == null) {
                        requestedId = cookie.getValue();
                    }
                    if (store.find(cookie.getValue()) != null) {
                        requestedId = cookie.getValue();
                        break;
                    }
                }
            }
        }
        return requestedId;
    }

    boolean requestedIdValid() {
        String id = requestedId();
        return id != null && store.find(id) != null;
    }

    HttpSession get(boolean create) {
        if (current != null && store.isValid(current)) {
            return current;
        }
        current = store.find(requestedId());
        if (current != null || !create) {
            return current;
        }
        if (committed.getAsBoolean()) {
            throw new IllegalStateException("Cannot create a session after the response has been committed");
        }
        current = store.create();
        addCookie.accept(sessionCookie(current.getId()));
        return current;
    }

    String changeId() {
        HttpSession session = get(false);
        if (session == null) {
            throw new IllegalStateException("changeSessionId: this request has no session");
        }
        String id = store.changeId(session);
        addCookie.accept(sessionCookie(id));
        return id;
    }

    private Cookie sessionCookie(String id) {
        Cookie cookie = new Cookie(cookieConfig.getName(), id);
        String path =
                cookieConfig.getPath() != null ? cookieConfig.getPath() : contextPath.isEmpty() ? "/" : contextPath;
        cookie.setPath(path);
        if (cookieConfig.getDomain() != null) {
            cookie.setDomain(cookieConfig.getDomain());
        }
        cookie.setHttpOnly(cookieConfig.isHttpOnly());
        cookie.setSecure(cookieConfig.isSecure() || secureRequest);
        if (cookieConfig.getMaxAge() >= 0) {
            cookie.setMaxAge(cookieConfig.getMaxAge());
        }
        for (Map.Entry<String, String> attribute : cookieConfig.getAttributes().entrySet()) {
            cookie.setAttribute(attribute.getKey(), attribute.getValue());
        }
        return cookie;
    }
}
