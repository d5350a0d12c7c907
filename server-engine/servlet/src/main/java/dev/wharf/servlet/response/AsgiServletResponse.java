package dev.wharf.servlet.response;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Send;
import dev.wharf.servlet.http.ContentType;
import dev.wharf.servlet.http.HttpDates;
import dev.wharf.servlet.http.Locations;
import dev.wharf.servlet.http.SetCookieHeader;
import dev.wharf.servlet.unsupported.UnsupportedServletFeature;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link HttpServletResponse} onto ASGI {@code send()}. Status and headers may change until the response
 * commits (its buffer fills, or it is flushed, or completed); then they are sent as
 * {@code http.response.start} and later changes are ignored, as the spec has it. Used by the one virtual
 * thread that serves the request.
 */
public final class AsgiServletResponse implements HttpServletResponse {

    private enum Body {
        NONE,
        STREAM,
        WRITER
    }

    private final Supplier<HttpServletRequest> request;
    private final String defaultCharset;
    private final ResponseOutput output;
    private final ResponseHeaders headers = new ResponseHeaders();
    private int status = SC_OK;
    private String mediaType;
    private String charset;
    private Locale locale;
    private long contentLength = -1;
    private Body body = Body.NONE;
    private ResponseWriter writer;
    private PrintWriter printWriter;
    // Kept apart from the headers: a session made in this request outlives reset(), as in Tomcat.
    private Cookie sessionCookie;

    /**
     * @param request        the request this answers, for relative redirects
     * @param defaultCharset the context's response encoding, or {@code null} for the spec's ISO-8859-1
     */
    public AsgiServletResponse(Send send, Supplier<HttpServletRequest> request, int bufferSize, String defaultCharset) {
        this.request = request;
        this.defaultCharset = defaultCharset;
        this.output = new ResponseOutput(send, this::head, bufferSize);
    }

    /** What {@code http.response.start} carries, built once, as the response commits. */
    private HttpResponseStart head() {
        List<Header> asgi = headers.toAsgi();
        if (sessionCookie != null) {
            asgi.add(Header.of("Set-Cookie", SetCookieHeader.format(sessionCookie)));
        }
        String type = getContentType();
        if (type != null) {
            asgi.add(Header.of("Content-Type", type));
        }
        if (contentLength >= 0) {
            asgi.add(Header.of("Content-Length", Long.toString(contentLength)));
        }
        if (locale != null && !headers.contains("Content-Language")) {
            asgi.add(Header.of("Content-Language", locale.toLanguageTag()));
        }
        return new HttpResponseStart(status, asgi);
    }

    /**
     * Completes the response after the servlet returned: what the writer and buffer hold is the last piece.
     * A client that went away has been told to the servlet already; there is nothing left to say to it.
     */
    public void finish() throws IOException {
        if (output.failed()) {
            return;
        }
        output.close();
    }

    // ---- status and headers ----

    @Override
    public void setStatus(int sc) {
        if (!isCommitted()) {
            status = sc;
        }
    }

    @Override
    public int getStatus() {
        return status;
    }

    @Override
    public void setHeader(String name, String value) {
        if (isCommitted() || name == null) {
            return;
        }
        if (special(name, value, true)) {
            return;
        }
        headers.set(name, value);
    }

    @Override
    public void addHeader(String name, String value) {
        if (isCommitted() || name == null) {
            return;
        }
        if (special(name, value, false)) {
            return;
        }
        headers.add(name, value);
    }

    /** Content-Type and Content-Length are response properties that headers merely name. */
    private boolean special(String name, String value, boolean replace) {
        if (name.equalsIgnoreCase("Content-Type")) {
            if (value == null) {
                mediaType = null;
                charset = null;
            } else if (replace || mediaType == null) {
                setContentType(value);
            }
            return true;
        }
        if (name.equalsIgnoreCase("Content-Length")) {
            setContentLengthLong(value == null ? -1 : Long.parseLong(value.strip()));
            return true;
        }
        return false;
    }

    @Override
    public void setIntHeader(String name, int value) {
        setHeader(name, Integer.toString(value));
    }

    @Override
    public void addIntHeader(String name, int value) {
        addHeader(name, Integer.toString(value));
    }

    @Override
    public void setDateHeader(String name, long date) {
        setHeader(name, HttpDates.format(date));
    }

    @Override
    public void addDateHeader(String name, long date) {
        addHeader(name, HttpDates.format(date));
    }

    @Override
    public boolean containsHeader(String name) {
        return getHeader(name) != null;
    }

    @Override
    public String getHeader(String name) {
        if (name.equalsIgnoreCase("Content-Type")) {
            return getContentType();
        }
        if (name.equalsIgnoreCase("Content-Length")) {
            return contentLength < 0 ? null : Long.toString(contentLength);
        }
        return headers.first(name);
    }

    @Override
    public Collection<String> getHeaders(String name) {
        String special = name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length")
                ? getHeader(name)
                : null;
        return special != null ? List.of(special) : headers.all(name);
    }

    @Override
    public Collection<String> getHeaderNames() {
        List<String> names = new ArrayList<>(headers.names());
        if (getContentType() != null) {
            names.add("Content-Type");
        }
        if (contentLength >= 0) {
            names.add("Content-Length");
        }
        return names;
    }

    @Override
    public void addCookie(Cookie cookie) {
        addHeader("Set-Cookie", SetCookieHeader.format(cookie));
    }

    /** The cookie of a session this request created or renamed; the last one given wins. */
    public void sessionCookie(Cookie cookie) {
        if (!isCommitted()) {
            sessionCookie = cookie;
        }
    }

    // ---- content type, encoding, length, locale ----

    @Override
    public void setContentType(String type) {
        if (isCommitted()) {
            return;
        }
        if (type == null) {
            mediaType = null;
            if (body != Body.WRITER) {
                charset = null;
            }
            return;
        }
        ContentType parsed = ContentType.parse(type);
        mediaType = parsed.mediaType();
        if (parsed.charset() != null && body != Body.WRITER) {
            charset = parsed.charset();
        }
    }

    @Override
    public String getContentType() {
        if (mediaType == null) {
            return null;
        }
        return charset == null ? mediaType : mediaType + ";charset=" + charset;
    }

    @Override
    public void setCharacterEncoding(String encoding) {
        if (!isCommitted() && body != Body.WRITER) {
            charset = encoding;
        }
    }

    @Override
    public String getCharacterEncoding() {
        if (charset != null) {
            return charset;
        }
        return defaultCharset != null ? defaultCharset : StandardCharsets.ISO_8859_1.name();
    }

    @Override
    public void setContentLength(int length) {
        setContentLengthLong(length);
    }

    @Override
    public void setContentLengthLong(long length) {
        if (!isCommitted()) {
            contentLength = length;
            output.contentLength(length);
        }
    }

    @Override
    public void setLocale(Locale locale) {
        if (!isCommitted()) {
            this.locale = locale;
        }
    }

    @Override
    public Locale getLocale() {
        return locale != null ? locale : Locale.getDefault();
    }

    // ---- the body ----

    @Override
    public ServletOutputStream getOutputStream() {
        if (body == Body.WRITER) {
            throw new IllegalStateException("getWriter() has already been called for this response");
        }
        body = Body.STREAM;
        return output;
    }

    @Override
    public PrintWriter getWriter() {
        if (body == Body.STREAM) {
            throw new IllegalStateException("getOutputStream() has already been called for this response");
        }
        if (printWriter == null) {
            // The charset the writer encodes with becomes part of the content type, as the spec asks.
            charset = getCharacterEncoding();
            writer = new ResponseWriter(output, Charset.forName(charset));
            printWriter = new PrintWriter(writer, false);
            body = Body.WRITER;
        }
        return printWriter;
    }

    @Override
    public void setBufferSize(int size) {
        if (isCommitted() || output.hasContent()) {
            throw new IllegalStateException("setBufferSize must come before any content is written");
        }
        output.bufferSize(size <= 0 ? 1 : size);
    }

    @Override
    public int getBufferSize() {
        return output.bufferSize();
    }

    @Override
    public void flushBuffer() throws IOException {
        output.flush();
    }

    @Override
    public boolean isCommitted() {
        return output.committed();
    }

    @Override
    public void resetBuffer() {
        if (isCommitted()) {
            throw new IllegalStateException("resetBuffer after the response has been committed");
        }
        output.resetBuffer();
        if (writer != null) {
            writer.reset();
        }
    }

    @Override
    public void reset() {
        resetBuffer();
        status = SC_OK;
        headers.clear();
        mediaType = null;
        charset = null;
        locale = null;
        contentLength = -1;
        output.contentLength(-1);
        body = Body.NONE;
        writer = null;
        printWriter = null;
    }

    // ---- errors and redirects ----

    @Override
    public void sendError(int sc) throws IOException {
        sendError(sc, null);
    }

    @Override
    public void sendError(int sc, String message) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("sendError(" + sc + ") after the response has been committed");
        }
        resetBuffer();
        status = sc;
        contentLength = -1;
        output.contentLength(-1);
        if (sc == SC_NO_CONTENT || sc == SC_NOT_MODIFIED || sc < 200) {
            mediaType = null;
            output.close();
            return;
        }
        // The page is bytes written below any writer, so its charset is the page's own.
        mediaType = "text/html";
        charset = "utf-8";
        output.write(ErrorPage.html(sc, message));
        output.close();
    }

    @Override
    public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
        if (isCommitted()) {
            throw new IllegalStateException("sendRedirect after the response has been committed");
        }
        if (location == null) {
            throw new IllegalArgumentException("sendRedirect needs a location");
        }
        if (clearBuffer) {
            resetBuffer();
        }
        status = sc;
        HttpServletRequest answered = request.get();
        headers.set(
                "Location",
                Locations.absolute(answered.getRequestURL().toString(), answered.getRequestURI(), location));
        output.close();
    }

    @Override
    public String encodeURL(String url) {
        return url; // sessions are tracked by cookie only, never in URLs
    }

    @Override
    public String encodeRedirectURL(String url) {
        return url;
    }

    @Override
    public void setTrailerFields(Supplier<Map<String, String>> supplier) {
        throw new UnsupportedServletFeature("response trailers (setTrailerFields)");
    }

    @Override
    public Supplier<Map<String, String>> getTrailerFields() {
        return null;
    }
}
