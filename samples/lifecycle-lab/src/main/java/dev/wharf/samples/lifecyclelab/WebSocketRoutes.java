package dev.wharf.samples.lifecyclelab;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketHttpResponseBody;
import dev.wharf.asgi.WebSocketHttpResponseStart;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import java.util.List;

/**
 * The lab's WebSocket endpoints: each shows one way an app answers {@code websocket.connect}
 * (accept, accept with a subprotocol, close before accepting, or an HTTP response instead).
 */
final class WebSocketRoutes {

    private final WebSocketScope scope;
    private final Receive receive;
    private final Send send;

    WebSocketRoutes(WebSocketScope scope, Receive receive, Send send) {
        this.scope = scope;
        this.receive = receive;
        this.send = send;
    }

    void handle() throws Exception {
        receive.receive(); // websocket.connect: the app decides before the client gets its 101
        String path = scope.path().substring(scope.rootPath().length());
        switch (path) {
            case "/ws" -> {
                send.send(new WebSocketAccept());
                echo();
            }
            case "/ws-subprotocol" -> {
                String first = scope.subprotocols().isEmpty()
                        ? null
                        : scope.subprotocols().get(0);
                send.send(new WebSocketAccept(first, List.of()));
                echo();
            }
            // Closing before accepting refuses the WebSocket: the client sees HTTP 403.
            case "/ws-reject" -> send.send(new WebSocketClose());
            default -> notFound(path);
        }
    }

    /** Sends every message back as it came (text as text, bytes as bytes); the text {@code close} ends it with 1000. */
    private void echo() throws Exception {
        while (true) {
            Message message = receive.receive();
            if (!(message instanceof WebSocketReceive received)) {
                return; // websocket.disconnect: the client has gone
            }
            if ("close".equals(received.text())) {
                send.send(new WebSocketClose(1000, "closed on request"));
                return;
            }
            send.send(new WebSocketSend(received.bytes(), received.text()));
        }
    }

    /** The denial-response extension: an unknown path gets a real 404 instead of a bare 403. */
    private void notFound(String path) throws Exception {
        send.send(new WebSocketHttpResponseStart(404, List.of(Responses.TEXT)));
        send.send(new WebSocketHttpResponseBody(bytes("Not Found: " + path + "\n"), false));
    }
}
