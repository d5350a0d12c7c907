package dev.wharf.samples.chat;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Bytes;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketScope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A chat: the page at {@code /}, and a WebSocket at {@code /chat} that hands every message to every
 * connection <em>of this worker</em>, stamped with the worker's pid. The room is an object in this
 * process's memory, so two workers are two rooms: run it with several workers and watch which
 * browser tab hears whom. Depends on the ASGI API alone.
 */
public final class Chat implements App {

    /** The app, as {@code dev.wharf.samples.chat.Chat:app}. */
    public static final App app = new Chat();

    private static final byte[] PAGE = page();

    /** This worker's room: shared by every connection this process serves, and by no other process. */
    private final ChatRoom room = new ChatRoom(ProcessHandle.current().pid());

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        switch (scope) {
            case HttpScope http -> page(http, receive, send);
            case WebSocketScope webSocket
            when webSocket.path().equals(webSocket.rootPath() + "/chat") ->
                new ChatConnection(room, webSocket, receive, send).run();
            case WebSocketScope other -> {
                receive.receive();
                send.send(new WebSocketClose()); // no such room: refused with 403
            }
            default -> {
                // lifespan: nothing to start or stop
            }
        }
    }

    private static void page(HttpScope scope, Receive receive, Send send) throws Exception {
        receive.receive();
        String path = scope.path().substring(scope.rootPath().length());
        if (path.equals("/") && (scope.method().equals("GET") || scope.method().equals("HEAD"))) {
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/html; charset=utf-8"))));
            send.send(new HttpResponseBody(PAGE));
        } else {
            send.send(new HttpResponseStart(404, List.of(Header.of("content-type", "text/plain; charset=utf-8"))));
            send.send(new HttpResponseBody(Bytes.bytes("Not Found: " + path + "\n")));
        }
    }

    private static byte[] page() {
        try (InputStream in = Chat.class.getResourceAsStream("index.html")) {
            if (in == null) {
                throw new IllegalStateException("index.html is missing beside " + Chat.class.getName());
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
