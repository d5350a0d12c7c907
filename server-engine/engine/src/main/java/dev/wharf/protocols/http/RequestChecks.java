package dev.wharf.protocols.http;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import java.util.List;

/**
 * What a request head must satisfy beyond what Netty's decoder checks: an HTTP/1.x version and a
 * body framing nobody can read two ways (RFC 9112 section 6.3).
 */
final class RequestChecks {

    private RequestChecks() {}

    /** The status to refuse {@code request} with, or {@code null} when it may be served. */
    static HttpResponseStatus refusal(HttpRequest request) {
        if (request.protocolVersion().majorVersion() != 1
                || request.protocolVersion().minorVersion() > 1) {
            return HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED;
        }
        List<String> transferEncodings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (!transferEncodings.isEmpty()
                && (transferEncodings.size() > 1
                        || !transferEncodings.get(0).strip().equalsIgnoreCase("chunked"))) {
            // Only plain "chunked" is framing every hop agrees on; anything else invites smuggling.
            return HttpResponseStatus.BAD_REQUEST;
        }
        return null;
    }

    static String reason(HttpResponseStatus status) {
        return status == HttpResponseStatus.HTTP_VERSION_NOT_SUPPORTED
                ? "only HTTP/1.0 and HTTP/1.1 are served"
                : "Transfer-Encoding other than a single 'chunked'";
    }
}
