package dev.wharf.servlet.request;

import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.servlet.http.AcceptLanguage;
import dev.wharf.servlet.http.ContentType;
import dev.wharf.servlet.http.CookieHeader;
import dev.wharf.servlet.unsupported.UnsupportedDispatcher;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletConnection;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequestAttributeListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpSession;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.UnsupportedEncodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link HttpServletRequest} over one ASGI {@code http} scope. The context path is the scope's
 * {@code root_path}; scheme, client and {@code isSecure} come from the scope, where the engine has already
 * applied trusted proxy headers. Used by the one virtual thread that serves the request.
 */
public final class AsgiServletRequest extends ContainerFeaturesAbsent {

    private final HttpScope scope;
    private final ServletContext context;
    private final RequestHeaders headers;
    private final RequestAddresses addresses;
    private final RequestBody body;
    private final RequestParameters parameters;
    private final RequestSession session;
    private final RequestAttributes attributes;
    private final String servletPath;
    private final String pathInfo;
    private final HttpServletMapping mapping;
    private final String requestId;
    private String characterEncoding;
    private boolean streamTaken;
    private BufferedReader reader;
    private List<Cookie> cookies;

    public AsgiServletRequest(
            HttpScope scope,
            Receive receive,
            ServletContext context,
            HttpServletMapping mapping,
            String servletPath,
            String pathInfo,
            RequestSession session,
            List<ServletRequestAttributeListener> attributeListeners,
            int maxFormContentSize,
            String requestId) {
        this.scope = scope;
        this.context = context;
        this.headers = new RequestHeaders(scope.headers());
        this.addresses = new RequestAddresses(scope, headers.first("host"));
        this.body = new RequestBody(receive);
        this.parameters = new RequestParameters(getQueryString(), maxFormContentSize);
        this.session = session;
        this.attributes = new RequestAttributes(attributeListeners);
        this.servletPath = servletPath;
        this.pathInfo = pathInfo;
        this.mapping = mapping;
        this.requestId = requestId;
        this.characterEncoding = ContentType.parse(getContentType()).charset();
        if (characterEncoding == null) {
            characterEncoding = context.getRequestCharacterEncoding();
        }
        session.cookies(cookieList());
    }

    // ---- the request line and paths ----

    @Override
    public String getMethod() {
        return scope.method();
    }

    @Override
    public String getProtocol() {
        return "HTTP/" + scope.httpVersion();
    }

    @Override
    public String getScheme() {
        return scope.scheme();
    }

    @Override
    public boolean isSecure() {
        return addresses.secure();
    }

    @Override
    public String getRequestURI() {
        // The path as sent, not decoded, root path included, as the spec asks.
        return new String(scope.rawPath(), StandardCharsets.ISO_8859_1);
    }

    @Override
    public StringBuffer getRequestURL() {
        return addresses.origin().append(getRequestURI());
    }

    @Override
    public String getContextPath() {
        return scope.rootPath();
    }

    @Override
    public String getServletPath() {
        return servletPath;
    }

    @Override
    public String getPathInfo() {
        return pathInfo;
    }

    @Override
    public String getPathTranslated() {
        return pathInfo == null ? null : context.getRealPath(pathInfo);
    }

    @Override
    public String getQueryString() {
        return scope.queryString().length == 0 ? null : scope.queryStringText();
    }

    @Override
    public HttpServletMapping getHttpServletMapping() {
        return mapping;
    }

    // ---- headers ----

    @Override
    public String getHeader(String name) {
        return headers.first(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
        return Collections.enumeration(headers.all(name));
    }

    @Override
    public Enumeration<String> getHeaderNames() {
        return Collections.enumeration(headers.names());
    }

    @Override
    public int getIntHeader(String name) {
        return headers.intValue(name);
    }

    @Override
    public long getDateHeader(String name) {
        return headers.dateValue(name);
    }

    @Override
    public Cookie[] getCookies() {
        List<Cookie> list = cookieList();
        return list.isEmpty() ? null : list.stream().map(Cookie::clone).toArray(Cookie[]::new);
    }

    private List<Cookie> cookieList() {
        if (cookies == null) {
            cookies = CookieHeader.parse(headers.all("cookie"));
        }
        return cookies;
    }

    @Override
    public Locale getLocale() {
        List<Locale> locales = AcceptLanguage.parse(headers.all("accept-language"));
        return locales.isEmpty() ? Locale.getDefault() : locales.getFirst();
    }

    @Override
    public Enumeration<Locale> getLocales() {
        List<Locale> locales = AcceptLanguage.parse(headers.all("accept-language"));
        return Collections.enumeration(locales.isEmpty() ? List.of(Locale.getDefault()) : locales);
    }

    // ---- the body ----

    @Override
    public String getContentType() {
        return headers.first("content-type");
    }

    @Override
    public int getContentLength() {
        long length = getContentLengthLong();
        return length > Integer.MAX_VALUE ? -1 : (int) length;
    }

    @Override
    public long getContentLengthLong() {
        String length = headers.first("content-length");
        try {
            return length == null ? -1 : Long.parseLong(length.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    @Override
    public String getCharacterEncoding() {
        return characterEncoding;
    }

    @Override
    public void setCharacterEncoding(String encoding) throws UnsupportedEncodingException {
        if (reader != null || parameters.isParsed()) {
            return; // too late, as the spec says: the body has been decoded already
        }
        if (encoding != null) {
            charsetOf(encoding);
        }
        this.characterEncoding = encoding;
    }

    private Charset charset(Charset fallback) {
        try {
            return characterEncoding == null ? fallback : charsetOf(characterEncoding);
        } catch (UnsupportedEncodingException e) {
            return fallback;
        }
    }

    private static Charset charsetOf(String name) throws UnsupportedEncodingException {
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UnsupportedEncodingException(name);
        }
    }

    @Override
    public ServletInputStream getInputStream() {
        if (reader != null) {
            throw new IllegalStateException("getReader() has already been called for this request");
        }
        streamTaken = true;
        return body;
    }

    @Override
    public BufferedReader getReader() {
        if (streamTaken) {
            throw new IllegalStateException("getInputStream() has already been called for this request");
        }
        if (reader == null) {
            reader = new BufferedReader(new InputStreamReader(body, charset(StandardCharsets.ISO_8859_1)));
        }
        return reader;
    }

    // ---- parameters ----

    @Override
    public String getParameter(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        String[] values = getParameterMap().get(name);
        return values == null ? null : values.clone();
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        boolean form = "POST".equals(getMethod())
                && ContentType.parse(getContentType()).is("application/x-www-form-urlencoded")
                && !streamTaken
                && reader == null;
        return parameters.get(form ? body : null, getContentLengthLong(), charset(StandardCharsets.UTF_8));
    }

    // ---- attributes ----

    @Override
    public Object getAttribute(String name) {
        return attributes.get(name);
    }

    @Override
    public Enumeration<String> getAttributeNames() {
        return attributes.names();
    }

    @Override
    public void setAttribute(String name, Object value) {
        attributes.set(context, this, name, value);
    }

    @Override
    public void removeAttribute(String name) {
        attributes.remove(context, this, name);
    }

    // ---- the connection ----

    @Override
    public String getRemoteAddr() {
        return addresses.remoteAddr();
    }

    @Override
    public String getRemoteHost() {
        // No reverse lookup per request: the address is what Uvicorn's scope gives too.
        return addresses.remoteAddr();
    }

    @Override
    public int getRemotePort() {
        return addresses.remotePort();
    }

    @Override
    public String getServerName() {
        return addresses.serverName();
    }

    @Override
    public int getServerPort() {
        return addresses.serverPort();
    }

    @Override
    public String getLocalName() {
        return addresses.localName();
    }

    @Override
    public String getLocalAddr() {
        return addresses.localName();
    }

    @Override
    public int getLocalPort() {
        return addresses.localPort();
    }

    @Override
    public ServletConnection getServletConnection() {
        return new AsgiServletConnection(String.valueOf(scope.client()), getProtocol(), isSecure());
    }

    @Override
    public String getRequestId() {
        return requestId;
    }

    @Override
    public String getProtocolRequestId() {
        return ""; // HTTP/1.1 has no request id of its own
    }

    @Override
    public ServletContext getServletContext() {
        return context;
    }

    @Override
    public DispatcherType getDispatcherType() {
        return DispatcherType.REQUEST;
    }

    @Override
    public RequestDispatcher getRequestDispatcher(String path) {
        return path == null ? null : new UnsupportedDispatcher(path);
    }

    // ---- sessions ----

    @Override
    public HttpSession getSession(boolean create) {
        return session.get(create);
    }

    @Override
    public HttpSession getSession() {
        return session.get(true);
    }

    @Override
    public String changeSessionId() {
        return session.changeId();
    }

    @Override
    public String getRequestedSessionId() {
        return session.requestedId();
    }

    @Override
    public boolean isRequestedSessionIdValid() {
        return session.requestedIdValid();
    }

    @Override
    public boolean isRequestedSessionIdFromCookie() {
        return session.requestedId() != null;
    }

    @Override
    public boolean isRequestedSessionIdFromURL() {
        return false;
    }
}
