package dev.wharf.protocols;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseStart;
import io.netty.handler.codec.http.DefaultHttpHeadersFactory;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpHeadersFactory;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.util.AsciiString;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * An {@code http.response.start} checked and turned into Netty's header form, on the app's thread.
 * Header names must be HTTP tokens and values must not hold CR, LF or NUL: an app can never split a
 * response. The framing headers the server must honour are read out here once.
 */
public final class ResponseHead {

    // Names and values are checked here, so Netty need not check them again on the event loop.
    private static final HttpHeadersFactory HEADERS =
            DefaultHttpHeadersFactory.headersFactory().withValidation(false);

    public final HttpResponseStatus status;
    public final HttpHeaders headers;
    /** The app's Content-Length, or -1. */
    public final long contentLength;

    public final boolean transferEncoding;
    public final boolean connectionClose;

    private ResponseHead(
            HttpResponseStatus status,
            HttpHeaders headers,
            long contentLength,
            boolean transferEncoding,
            boolean connectionClose) {
        this.status = status;
        this.headers = headers;
        this.contentLength = contentLength;
        this.transferEncoding = transferEncoding;
        this.connectionClose = connectionClose;
    }

    /** The head of an app's response: a final status (200 to 599) and headers Wharf can frame. */
    public static ResponseHead of(HttpResponseStart start) {
        int code = start.status();
        if (code < 200 || code > 599) {
            // 1xx are interim responses the server sends itself (100 Continue, 101 for WebSocket);
            // as the final status they would leave the client waiting for another response.
            throw new IllegalStateException(
                    "Invalid status code " + code + " in 'http.response.start'; a response's status is 200 to 599.");
        }
        return checked(code, start.headers());
    }

    /** The app's headers for the 101 that accepts a WebSocket, checked as any response head is. */
    public static ResponseHead switchingProtocols(List<Header> appHeaders) {
        return checked(HttpResponseStatus.SWITCHING_PROTOCOLS.code(), appHeaders);
    }

    private static ResponseHead checked(int code, List<Header> appHeaders) {
        HttpHeaders headers = HEADERS.newHeaders();
        long contentLength = -1;
        boolean transferEncoding = false;
        boolean connectionClose = false;
        for (Header header : appHeaders) {
            checkName(header.name());
            checkValue(header.name(), header.value());
            AsciiString name = new AsciiString(header.name(), false);
            AsciiString value = new AsciiString(header.value(), false);
            if (name.contentEqualsIgnoreCase(HttpHeaderNames.CONTENT_LENGTH)) {
                contentLength = parseContentLength(value);
            } else if (name.contentEqualsIgnoreCase(HttpHeaderNames.TRANSFER_ENCODING)) {
                if (transferEncoding || !value.toString().strip().equalsIgnoreCase("chunked")) {
                    // Wharf frames the body itself; another coding would be a body the server
                    // cannot frame, sent with a header that says it is.
                    throw new IllegalStateException("Invalid Transfer-Encoding '" + value
                            + "' in 'http.response.start': only 'chunked' (or none, and Wharf chunks as needed).");
                }
                transferEncoding = true;
            } else if (name.contentEqualsIgnoreCase(HttpHeaderNames.CONNECTION)) {
                connectionClose |= value.toLowerCase().contains(HttpHeaderValues.CLOSE);
            }
            headers.add(name, value);
        }
        return new ResponseHead(
                HttpResponseStatus.valueOf(code), headers, contentLength, transferEncoding, connectionClose);
    }

    /** Whether a response with this status may carry a body at all (RFC 9110: not 1xx, 204, 304). */
    public boolean statusAllowsBody() {
        int code = status.code();
        return code >= 200 && code != 204 && code != 304;
    }

    private static long parseContentLength(AsciiString value) {
        try {
            long length = Long.parseLong(value.toString().strip());
            if (length >= 0) {
                return length;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalStateException("Invalid Content-Length '" + value + "' in 'http.response.start'.");
    }

    private static void checkName(byte[] name) {
        if (name.length == 0) {
            throw new IllegalStateException("Invalid HTTP header name: empty.");
        }
        for (byte b : name) {
            if (!isTokenChar(b)) {
                throw new IllegalStateException(
                        "Invalid HTTP header name '" + new String(name, StandardCharsets.ISO_8859_1)
                                + "': only letters, digits and !#$%&'*+-.^_`|~ are allowed.");
            }
        }
    }

    private static void checkValue(byte[] name, byte[] value) {
        for (byte b : value) {
            if (b == '\r' || b == '\n' || b == 0) {
                throw new IllegalStateException("Invalid HTTP header value for '"
                        + new String(name, StandardCharsets.ISO_8859_1)
                        + "': it contains CR, LF or NUL.");
            }
        }
    }

    private static boolean isTokenChar(byte b) {
        return (b >= 'a' && b <= 'z')
                || (b >= 'A' && b <= 'Z')
                || (b >= '0' && b <= '9')
                || "!#$%&'*+-.^_`|~".indexOf(b) >= 0;
    }
}
