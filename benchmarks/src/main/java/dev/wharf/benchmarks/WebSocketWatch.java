package dev.wharf.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One WebSocket kept open through a benchmark, as a browser tab keeps one through a developer's
 * edits: it sends a message every {@code intervalMillis} and waits for the echo, and counts the
 * echoes, the messages left unanswered for 5 s, and the drops (the connection closed or failed; it
 * then connects again, so one drop is counted once). Loopback only.
 */
final class WebSocketWatch {

    private final URI uri;
    private final long intervalMillis;
    private final HttpClient client = HttpClient.newHttpClient();
    private final LinkedBlockingQueue<String> echoes = new LinkedBlockingQueue<>();
    final AtomicInteger answered = new AtomicInteger();
    final AtomicInteger unanswered = new AtomicInteger();
    final AtomicInteger drops = new AtomicInteger();
    private volatile String firstDrop;
    private volatile WebSocket socket;
    private volatile CompletableFuture<Void> closed;
    private Thread sender;

    WebSocketWatch(int port, String path, long intervalMillis) {
        this.uri = URI.create("ws://127.0.0.1:" + port + path);
        this.intervalMillis = intervalMillis;
    }

    void start() throws Exception {
        connect();
        sender = Thread.ofPlatform().daemon().name("websocket-watch").start(this::run);
    }

    private void connect() throws Exception {
        closed = new CompletableFuture<>();
        socket = client.newWebSocketBuilder()
                .connectTimeout(Duration.ofSeconds(5))
                .buildAsync(uri, new Listener())
                .get(10, TimeUnit.SECONDS);
    }

    private void run() {
        long n = 0;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                if (closed.isDone()) {
                    connect();
                }
                socket.sendText("ping " + ++n, true).get(5, TimeUnit.SECONDS);
                if (echoes.poll(5, TimeUnit.SECONDS) != null) {
                    answered.incrementAndGet();
                } else {
                    unanswered.incrementAndGet();
                }
                Thread.sleep(intervalMillis);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                dropped(e.toString());
                closed.complete(null);
            }
        }
    }

    void stop() throws InterruptedException {
        sender.interrupt();
        sender.join(10_000);
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
    }

    /** {@code websocket: A answered, U unanswered, D drops} and the first drop's cause. */
    String summary() {
        return "websocket: " + answered.get() + " answered, " + unanswered.get() + " unanswered, " + drops.get()
                + " drops" + (firstDrop == null ? "" : " (first: " + firstDrop + ")");
    }

    private void dropped(String why) {
        if (!closed.isDone()) {
            drops.incrementAndGet();
            if (firstDrop == null) {
                firstDrop = why;
            }
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                echoes.offer(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (!Thread.currentThread().isInterrupted() && !sender.isInterrupted()) {
                dropped("closed by the server with " + statusCode + " " + reason);
            }
            closed.complete(null);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            dropped(error.toString());
            closed.complete(null);
        }
    }
}
