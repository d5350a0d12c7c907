package dev.wharf.plugins.livereload;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.plugin.AppCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One page's server-sent events stream: {@code hello} with the code version at once, {@code reload}
 * after a hot swap, a comment line every heartbeat while idle, and the end when the worker drains
 * (the browser's {@code EventSource} then reconnects, {@code retry} ms later, to whichever worker
 * serves). Runs on the request's own thread; a second virtual thread waits for the client to go.
 */
final class EventStream {

    /** How soon a browser reconnects after a stream ended: soon, a new generation serves already. */
    private static final int RETRY_MILLIS = 250;

    private final ReloadChannel channel;
    private final AppCode code;
    private final Duration heartbeat;

    EventStream(ReloadChannel channel, AppCode code, Duration heartbeat) {
        this.channel = channel;
        this.code = code;
        this.heartbeat = heartbeat;
    }

    void serve(HttpScope scope, Receive receive, Send send) throws IOException, InterruptedException {
        if (!scope.method().equals("GET")) {
            send.send(new HttpResponseStart(
                    405, List.of(Header.of("allow", "GET"), Header.of("content-type", "text/plain; charset=utf-8"))));
            send.send(new HttpResponseBody(bytes("the live-reload event stream answers GET only\n"), false));
            return;
        }
        send.send(new HttpResponseStart(
                200,
                List.of(
                        Header.of("content-type", "text/event-stream; charset=utf-8"),
                        Header.of("cache-control", "no-cache, no-transform"),
                        Header.of("x-accel-buffering", "no"))));
        BlockingQueue<ReloadChannel.News> news = new LinkedBlockingQueue<>();
        if (!channel.join(news)) {
            send.send(new HttpResponseBody(bytes("retry: " + RETRY_MILLIS + "\n\n"), false));
            return;
        }
        Thread watcher = Thread.ofVirtual().name("live-reload-disconnect").start(() -> awaitGone(receive, news));
        try {
            // Read after joining: a swap from now on is either in this version or announced on the queue.
            String hello = "retry: " + RETRY_MILLIS + "\nevent: hello\ndata: " + code.version() + "\n\n";
            send.send(new HttpResponseBody(bytes(hello), true));
            while (true) {
                ReloadChannel.News next = news.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                switch (next) {
                    case null -> send.send(new HttpResponseBody(bytes(": still here\n\n"), true));
                    case ReloadChannel.News.Swapped swapped ->
                        send.send(new HttpResponseBody(
                                bytes("event: reload\ndata: " + swapped.version() + "\n\n"), true));
                    case ReloadChannel.News.Ending ending -> {
                        send.send(new HttpResponseBody(new byte[0], false));
                        return;
                    }
                    case ReloadChannel.News.Gone gone -> {
                        return;
                    }
                }
            }
        } catch (IOException e) {
            // The client went away while we wrote (ClientDisconnected): nothing to tell anyone.
        } finally {
            channel.leave(news);
            watcher.interrupt();
        }
    }

    /** Waits for the client to go away, which for a stream that never reads is the only event left. */
    private static void awaitGone(Receive receive, BlockingQueue<ReloadChannel.News> news) {
        try {
            while (!(receive.receive() instanceof HttpDisconnect)) {
                // the request's (empty) body: keep waiting
            }
            news.offer(new ReloadChannel.News.Gone());
        } catch (InterruptedException e) {
            // the stream ended first
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
