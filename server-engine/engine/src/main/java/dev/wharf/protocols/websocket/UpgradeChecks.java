package dev.wharf.protocols.websocket;

import dev.wharf.config.WebSocketMode;
import dev.wharf.config.WebSocketSettings;
import dev.wharf.protocols.DefaultHeaders;
import dev.wharf.protocols.ErrorResponses;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import java.util.Base64;

/**
 * What an upgrade request must satisfy before the app hears of it (RFC 6455 section 4.2.1): a
 * body-less HTTP/1.1 GET with {@code Connection: upgrade}, version 13 and a 16-byte key; and a
 * server that serves WebSockets at all ({@code --ws auto}). Netty's handshaker would only find
 * these faults when the app accepts; checked here, the client gets a 4xx at once and the app is
 * never called for a request it could not accept.
 */
final class UpgradeChecks {

    static final String SUPPORTED_VERSION = "13";

    /** Why an upgrade request is refused, and the response that says so. */
    record Refusal(HttpResponseStatus status, String reason) {

        FullHttpResponse response(DefaultHeaders defaults) {
            FullHttpResponse response =
                    ErrorResponses.closing(status, "Invalid WebSocket upgrade: " + reason, defaults);
            if (status == HttpResponseStatus.UPGRADE_REQUIRED) {
                // RFC 6455 4.4: name the version this server speaks, so the client can retry with it.
                response.headers().set(HttpHeaderNames.SEC_WEBSOCKET_VERSION, SUPPORTED_VERSION);
            }
            return response;
        }
    }

    private UpgradeChecks() {}

    /** Why {@code request} cannot become a WebSocket, or {@code null} when the app may decide. */
    static Refusal refusal(HttpRequest request, WebSocketSettings settings) {
        HttpHeaders headers = request.headers();
        if (settings.ws() == WebSocketMode.NONE) {
            return badRequest("WebSocket support is off on this server (--ws none)");
        }
        if (!HttpMethod.GET.equals(request.method())) {
            return badRequest("the method must be GET, not " + request.method());
        }
        if (!HttpVersion.HTTP_1_1.equals(request.protocolVersion())) {
            return badRequest("the request must be HTTP/1.1, not " + request.protocolVersion());
        }
        if (!headers.containsValue(HttpHeaderNames.CONNECTION, HttpHeaderValues.UPGRADE, true)) {
            return badRequest("the Connection header must contain 'upgrade'");
        }
        if (HttpUtil.getContentLength(request, 0L) != 0 || headers.contains(HttpHeaderNames.TRANSFER_ENCODING)) {
            return badRequest("an upgrade request must not have a body");
        }
        String version = headers.get(HttpHeaderNames.SEC_WEBSOCKET_VERSION);
        if (version == null) {
            return badRequest("the Sec-WebSocket-Version header is missing");
        }
        if (!version.strip().equals(SUPPORTED_VERSION)) {
            return new Refusal(
                    HttpResponseStatus.UPGRADE_REQUIRED,
                    "Sec-WebSocket-Version " + version.strip() + " is not supported; use " + SUPPORTED_VERSION);
        }
        String key = headers.get(HttpHeaderNames.SEC_WEBSOCKET_KEY);
        if (key == null) {
            return badRequest("the Sec-WebSocket-Key header is missing");
        }
        if (!isSixteenBytesInBase64(key.strip())) {
            return badRequest("Sec-WebSocket-Key must be 16 bytes in base64, not '" + key + "'");
        }
        return null;
    }

    private static Refusal badRequest(String reason) {
        return new Refusal(HttpResponseStatus.BAD_REQUEST, reason);
    }

    private static boolean isSixteenBytesInBase64(String key) {
        try {
            return Base64.getDecoder().decode(key).length == 16;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
