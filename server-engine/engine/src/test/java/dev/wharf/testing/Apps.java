package dev.wharf.testing;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Small apps and app steps that many tests share. */
public final class Apps {

    private Apps() {}

    /** An HTTP-only app: lifespan and other scopes are declined by returning. */
    public interface HttpApp {
        void call(HttpScope scope, Receive receive, Send send) throws Exception;
    }

    public static App http(HttpApp app) {
        return (scope, receive, send) -> {
            if (scope instanceof HttpScope http) {
                app.call(http, receive, send);
            }
        };
    }

    /** A WebSocket-only app: lifespan and HTTP scopes are declined by returning. */
    public interface WebSocketApp {
        void call(WebSocketScope scope, Receive receive, Send send) throws Exception;
    }

    public static App webSocket(WebSocketApp app) {
        return (scope, receive, send) -> {
            if (scope instanceof WebSocketScope ws) {
                app.call(ws, receive, send);
            }
        };
    }

    /** Accepts every WebSocket and sends each message back as it came, until the client leaves. */
    public static App webSocketEcho() {
        return webSocket((scope, receive, send) -> {
            receive.receive(); // websocket.connect
            send.send(new WebSocketAccept());
            while (receive.receive() instanceof WebSocketReceive message) {
                send.send(new WebSocketSend(message.bytes(), message.text()));
            }
        });
    }

    /** Accepts every WebSocket, reads (and drops) messages, and completes {@code end} with the event that ended them. */
    public static App webSocketUntilDisconnect(CompletableFuture<Message> end) {
        return webSocket((scope, receive, send) -> {
            receive.receive(); // websocket.connect
            send.send(new WebSocketAccept());
            Message message;
            do {
                message = receive.receive();
            } while (message instanceof WebSocketReceive);
            end.complete(message);
        });
    }

    /** Answers every request with {@code text}. */
    public static App text(String text) {
        return http((scope, receive, send) -> {
            receive.receive();
            respond(send, 200, text);
        });
    }

    public static void respond(Send send, int status, String text) throws IOException, InterruptedException {
        send.send(new HttpResponseStart(status, List.of(Header.of("content-type", "text/plain; charset=utf-8"))));
        send.send(new HttpResponseBody(bytes(text)));
    }

    /** Receives the whole request body. */
    public static byte[] readBody(Receive receive) throws InterruptedException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            Message message = receive.receive();
            if (!(message instanceof HttpRequest request)) {
                return body.toByteArray();
            }
            body.writeBytes(request.body());
            if (!request.moreBody()) {
                return body.toByteArray();
            }
        }
    }
}
