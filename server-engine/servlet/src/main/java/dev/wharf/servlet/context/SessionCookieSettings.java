package dev.wharf.servlet.context;

import jakarta.servlet.SessionCookieConfig;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the session cookie is written: {@code JSESSIONID}, HttpOnly, on the context path unless the
 * application says otherwise while it starts ({@code getSessionCookieConfig()}); fixed after.
 */
public final class SessionCookieSettings implements SessionCookieConfig {

    private final AdapterServletContext context;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private String name = "JSESSIONID";
    private String domain;
    private String path;
    private boolean httpOnly = true;
    private boolean secure;
    private int maxAge = -1;

    SessionCookieSettings(AdapterServletContext context) {
        this.context = context;
    }

    @Override
    public void setName(String name) {
        context.checkNotStarted("SessionCookieConfig.setName");
        this.name = name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public void setDomain(String domain) {
        context.checkNotStarted("SessionCookieConfig.setDomain");
        this.domain = domain;
    }

    @Override
    public String getDomain() {
        return domain;
    }

    @Override
    public void setPath(String path) {
        context.checkNotStarted("SessionCookieConfig.setPath");
        this.path = path;
    }

    @Override
    public String getPath() {
        return path;
    }

    @Override
    @SuppressWarnings("removal")
    public void setComment(String comment) {
        // Deprecated in Servlet 6 and without effect on the cookie, as RFC 6265 dropped comments.
    }

    @Override
    @SuppressWarnings("removal")
    public String getComment() {
        return null;
    }

    @Override
    public void setHttpOnly(boolean httpOnly) {
        context.checkNotStarted("SessionCookieConfig.setHttpOnly");
        this.httpOnly = httpOnly;
    }

    @Override
    public boolean isHttpOnly() {
        return httpOnly;
    }

    @Override
    public void setSecure(boolean secure) {
        context.checkNotStarted("SessionCookieConfig.setSecure");
        this.secure = secure;
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public void setMaxAge(int maxAge) {
        context.checkNotStarted("SessionCookieConfig.setMaxAge");
        this.maxAge = maxAge;
    }

    @Override
    public int getMaxAge() {
        return maxAge;
    }

    @Override
    public void setAttribute(String name, String value) {
        context.checkNotStarted("SessionCookieConfig.setAttribute");
        attributes.put(name, value);
    }

    @Override
    public String getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Map<String, String> getAttributes() {
        return Collections.unmodifiableMap(attributes);
    }
}
