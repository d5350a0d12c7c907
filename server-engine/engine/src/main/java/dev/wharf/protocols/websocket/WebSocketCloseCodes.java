package dev.wharf.protocols.websocket;

import io.netty.handler.codec.http.websocketx.WebSocketCloseStatus;
import java.nio.charset.StandardCharsets;

/**
 * The close codes of RFC 6455 section 7.4 that this server sends or reports, and the check of a code
 * and reason an app sends in {@code websocket.close}.
 */
final class WebSocketCloseCodes {

    static final int NORMAL = 1000;
    /** Reported when the peer's close frame carried no code. */
    static final int NO_STATUS = 1005;
    /** Reported when the connection dropped without a close frame. */
    static final int ABNORMAL = 1006;

    static final int MESSAGE_TOO_BIG = 1009;
    /** The reason Netty's frame decoder gives for 1009; the server's own check says the same. */
    static final String MESSAGE_TOO_BIG_REASON = WebSocketCloseStatus.MESSAGE_TOO_BIG.reasonText();

    static final int INTERNAL_ERROR = 1011;
    /** Graceful shutdown: the server is restarting, the client may reconnect. */
    static final int SERVICE_RESTART = 1012;

    /** A close frame's reason must fit in its 125-byte payload beside the 2-byte code. */
    static final int MAX_REASON_BYTES = 123;

    private WebSocketCloseCodes() {}

    /** Throws, naming what is wrong, when an app's close code or reason cannot go on the wire. */
    static void check(int code, String reason) {
        if (!isSendable(code)) {
            throw new IllegalStateException(
                    "Invalid close code " + code + " in 'websocket.close'; use 1000, 1001, 1002, 1003, "
                            + "1007 to 1014, or 3000 to 4999 (1004, 1005, 1006 and 1015 are reserved).");
        }
        int reasonBytes = reason.getBytes(StandardCharsets.UTF_8).length;
        if (reasonBytes > MAX_REASON_BYTES) {
            throw new IllegalStateException("Close reason of " + reasonBytes
                    + " bytes in 'websocket.close' is too long; use at most " + MAX_REASON_BYTES + " bytes of UTF-8.");
        }
    }

    /** The codes an endpoint may put in a close frame (Netty's own check lets negative codes through). */
    private static boolean isSendable(int code) {
        return (code >= 1000 && code <= 1003) || (code >= 1007 && code <= 1014) || (code >= 3000 && code <= 4999);
    }
}
