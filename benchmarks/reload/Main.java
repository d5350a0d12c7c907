package bench;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Bytes;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import java.util.List;

/**
 * The reload benchmark's app: answers every request with Greeting.text(), the part the benchmark
 * edits, and echoes each WebSocket message after it, so an open WebSocket shows the new code too.
 */
public final class Main {

    public static final App app = (scope, receive, send) -> {
        if (scope instanceof WebSocketScope) {
            receive.receive();
            send.send(new WebSocketAccept(null, List.of()));
            while (receive.receive() instanceof WebSocketReceive message) {
                send.send(new WebSocketSend(null, Greeting.text() + " " + message.text()));
            }
            return;
        }
        if (!(scope instanceof HttpScope)) {
            return;
        }
        receive.receive();
        send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
        send.send(new HttpResponseBody(Bytes.bytes(Greeting.text()), false));
    };

    private Main() {
    }
}
