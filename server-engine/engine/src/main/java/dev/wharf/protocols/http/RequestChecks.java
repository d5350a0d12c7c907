package dev.wharf.protocols.http;

import dev.wharf.protocols.RequestTarget;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.util.List;

/**
 * What a request head must satisfy beyond what Netty's decoder checks (RFC 9112): an HTTP/1.x
 * version, a body framing nobody can read two ways (section 6.3), a request target of visible
 * ASCII (section 3.2, RFC 3986), and one Host (section 3.2). Everything refused here is answered
 * 400 (or 505) and the connection closed, before the app sees anything of it.
 */
final class RequestChecks {

    /** Why a request is refused: the status it gets and the reason the log gives. */
    record Refusal(HttpResponseStatus status, String reason) {}

    private RequestChecks() {}

    /**
     * The refusal of {@code request}, or {@code null} when it may be served. An absolute-form
     * target's authority replaces the Host header here (RFC 9112 3.2.2), so the app sees one host.
     */
    static Refusal check(HttpRequest request, boolean http2) {
        HttpVersion version = request.protocolVersion();
        if (version.majorVersion() != 1 || version.minorVersion() > 1) {
            return new Refusal(HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED, "only HTTP/1.0 and HTTP/1.1 are served");
        }
        HttpHeaders headers = request.headers();
        List<String> transferEncodings = headers.getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (!transferEncodings.isEmpty()) {
            if (version.minorVersion() == 0) {
                // HTTP/1.0 has no chunked framing: a proxy in front may have read the body another way.
                return badRequest("Transfer-Encoding in an HTTP/1.0 request");
            }
            if (transferEncodings.size() > 1
                    || !transferEncodings.get(0).strip().equalsIgnoreCase("chunked")) {
                // Only plain "chunked" is framing every hop agrees on; anything else invites smuggling.
                return badRequest("Transfer-Encoding other than a single 'chunked'");
            }
        }
        List<String> contentLengths = headers.getAll(HttpHeaderNames.CONTENT_LENGTH);
        if (contentLengths.size() > 1
                || (contentLengths.size() == 1 && contentLengths.get(0).indexOf(',') >= 0)) {
            return badRequest("several Content-Length values");
        }
        String target = request.uri();
        int bad = firstInvisible(target);
        if (bad >= 0) {
            return badRequest("a request target with a character that is not visible ASCII (0x"
                    + Integer.toHexString(target.charAt(bad)) + " at " + bad + ")");
        }
        List<String> hosts = headers.getAll(HttpHeaderNames.HOST);
        if (hosts.size() > 1) {
            return badRequest("several Host headers");
        }
        String authority = RequestTarget.authority(target);
        if (authority != null) {
            headers.set(HttpHeaderNames.HOST, authority);
        } else if (hosts.isEmpty() && version.minorVersion() == 1 && !http2) {
            // HTTP/2's :authority (which becomes Host) is optional (RFC 9113 8.3.1).
            return badRequest("an HTTP/1.1 request without a Host header");
        }
        return null;
    }

    private static Refusal badRequest(String reason) {
        return new Refusal(HttpResponseStatus.BAD_REQUEST, reason);
    }

    /** The index of the first character outside visible ASCII (0x21 to 0x7E), or -1. */
    private static int firstInvisible(String target) {
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                return i;
            }
        }
        return -1;
    }
}
