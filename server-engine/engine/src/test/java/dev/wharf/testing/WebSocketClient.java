package dev.wharf.testing;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A real WebSocket client (the JDK's {@code java.net.http.WebSocket}) whose events are read one by
 * one in the order they came: {@code client.next()} is a {@link Text}, {@link Binary}, {@link Pong},
 * {@link Closed} or {@link Failed}. Fragmented messages arrive whole, as an app would read them.
 */
public final class WebSocketClient implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    public sealed interface Event permits Text, Binary, Pong, Closed, Failed {}

    public record Text(String text) implements Event {}

    public record Binary(byte[] bytes) implements Event {}

    public record Pong(byte[] payload) implements Event {}

    public record Closed(int code, String reason) implements Event {}

    public record Failed(Throwable error) implements Event {}

    private final HttpClient http;
    private final WebSocket socket;
    private final BlockingQueue<Event> events;

    private WebSocketClient(HttpClient http, WebSocket socket, BlockingQueue<Event> events) {
        this.http = http;
        this.socket = socket;
        this.events = events;
    }

    /** Opens {@code ws://127.0.0.1:port/path}, offering {@code subprotocols}; throws if the server refuses. */
    public static WebSocketClient connect(int port, String path, String... subprotocols) {
        BlockingQueue<Event> events = new LinkedBlockingQueue<>();
        HttpClient http = HttpClient.newHttpClient();
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(WAIT);
        if (subprotocols.length > 0) {
            builder.subprotocols(subprotocols[0], Arrays.copyOfRange(subprotocols, 1, subprotocols.length));
        }
        try {
            WebSocket socket = builder.buildAsync(URI.create("ws://127.0.0.1:" + port + path), new Listener(events))
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            return new WebSocketClient(http, socket, events);
        } catch (Exception e) {
            http.close();
            throw new IllegalStateException("WebSocket handshake with " + path + " failed", e);
        }
    }

    /** The HTTP status with which the server refused to open {@code path}; fails if it accepted. */
    public static int refusalStatus(int port, String path) {
        try (HttpClient http = HttpClient.newHttpClient()) {
            http.newWebSocketBuilder()
                    .buildAsync(URI.create("ws://127.0.0.1:" + port + path), new Listener(new LinkedBlockingQueue<>()))
                    .join()
                    .abort();
        } catch (CompletionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException refused) {
                return refused.getResponse().statusCode();
            }
            throw e;
        }
        throw new AssertionError("the server accepted a WebSocket on " + path);
    }

    public WebSocket socket() {
        return socket;
    }

    public String subprotocol() {
        return socket.getSubprotocol();
    }

    public WebSocketClient sendText(String text) {
        socket.sendText(text, true).join();
        return this;
    }

    /** One fragment of a text message; the message ends with the fragment sent with {@code last}. */
    public WebSocketClient sendTextFragment(String text, boolean last) {
        socket.sendText(text, last).join();
        return this;
    }

    public WebSocketClient sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
        return this;
    }

    public WebSocketClient ping(byte[] payload) {
        socket.sendPing(ByteBuffer.wrap(payload)).join();
        return this;
    }

    public WebSocketClient close(int code, String reason) {
        socket.sendClose(code, reason).join();
        return this;
    }

    /** The next event, waiting up to ten seconds. */
    public Event next() throws InterruptedException {
        Event event = events.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
        if (event == null) {
            throw new AssertionError("no WebSocket event within " + WAIT.toSeconds() + " s");
        }
        return event;
    }

    public String nextText() throws InterruptedException {
        return as(Text.class, next()).text();
    }

    public byte[] nextBinary() throws InterruptedException {
        return as(Binary.class, next()).bytes();
    }

    /** Skips messages until the server's close frame. */
    public Closed nextClose() throws InterruptedException {
        Event event;
        do {
            event = next();
        } while (event instanceof Text || event instanceof Binary || event instanceof Pong);
        return as(Closed.class, event);
    }

    private static <T extends Event> T as(Class<T> type, Event event) {
        if (!type.isInstance(event)) {
            throw new AssertionError("expected a " + type.getSimpleName() + " but got " + event);
        }
        return type.cast(event);
    }

    @Override
    public void close() {
        socket.abort();
        http.close();
    }

    /** Puts each whole message on the queue and asks for the next. */
    private static final class Listener implements WebSocket.Listener {
        private final BlockingQueue<Event> events;
        private final StringBuilder text = new StringBuilder();
        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Listener(BlockingQueue<Event> events) {
            this.events = events;
        }

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                events.add(new Text(text.toString()));
                text.setLength(0);
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket socket, ByteBuffer data, boolean last) {
            byte[] part = new byte[data.remaining()];
            data.get(part);
            bytes.writeBytes(part);
            if (last) {
                events.add(new Binary(bytes.toByteArray()));
                bytes.reset();
            }
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket socket, ByteBuffer message) {
            byte[] payload = new byte[message.remaining()];
            message.get(payload);
            events.add(new Pong(payload));
            socket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket socket, int code, String reason) {
            events.add(new Closed(code, reason));
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            events.add(new Failed(error));
        }
    }
}
