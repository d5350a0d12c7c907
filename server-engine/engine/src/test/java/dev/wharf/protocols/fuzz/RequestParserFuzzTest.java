package dev.wharf.protocols.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketClose;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import io.netty.buffer.ByteBufAllocator;
import io.netty.util.ResourceLeakDetector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Fuzzes the request parser over real sockets with {@link RequestMutator}'s inputs: whatever
 * arrives, the worker answers with well-formed responses or closes the connection, keeps serving
 * normal clients, and leaks neither connections, app threads nor buffers.
 *
 * <p>The suite runs a short round; {@code benchmarks/hostile.sh} runs a long one through the same
 * test with {@code -Dwharf.fuzz.inputs=N} (and {@code -Dwharf.fuzz.seed=S} to replay).
 */
class RequestParserFuzzTest {

    private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 [1-5]\\d\\d [^\r\n]*\r\n");
    private static final int PARALLEL = 64;

    private static App target() {
        return (scope, receive, send) -> {
            if (scope instanceof HttpScope http) {
                byte[] body = Apps.readBody(receive);
                Apps.respond(send, 200, http.method() + " " + http.path() + " " + body.length);
            } else if (scope instanceof WebSocketScope) {
                receive.receive();
                send.send(new WebSocketAccept());
                send.send(new WebSocketClose(1000, ""));
            }
        };
    }

    @Test
    void noInputCrashesHangsOrLeaksAWorker() throws Exception {
        int inputs = Integer.getInteger("wharf.fuzz.inputs", 2_000);
        long seed = Long.getLong("wharf.fuzz.seed", System.nanoTime());
        ResourceLeakDetector.Level previous = ResourceLeakDetector.getLevel();
        ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.PARANOID);
        AtomicLong malformed = new AtomicLong();
        long started = System.nanoTime();
        try (LogCapture leaks = LogCapture.of("io.netty.util.ResourceLeakDetector");
                RunningServer server = RunningServer.start(
                        target(), b -> b.h11MaxIncompleteEventSize(8192).timeoutKeepAlive(Duration.ofSeconds(1)))) {
            RequestMutator mutator = new RequestMutator(seed);
            List<byte[]> all = new ArrayList<>(inputs);
            for (int i = 0; i < inputs; i++) {
                all.add(mutator.next());
            }
            try (ExecutorService clients = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<?>> running = new ArrayList<>();
                for (int i = 0; i < inputs; i++) {
                    byte[] input = all.get(i);
                    boolean halfClose = (i & 1) == 0;
                    running.add(clients.submit(() -> {
                        String answer = exchange(server.port(), input, halfClose);
                        if (!answer.isEmpty() && !STATUS_LINE.matcher(answer).lookingAt()) {
                            malformed.incrementAndGet();
                            throw new AssertionError(
                                    "seed " + seed + ": a response that is not HTTP/1.1 to " + printable(input) + ":\n"
                                            + printable(answer.getBytes(StandardCharsets.ISO_8859_1)));
                        }
                        return null;
                    }));
                    if (running.size() >= PARALLEL) {
                        running.removeFirst().get();
                    }
                }
                for (Future<?> future : running) {
                    future.get();
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf(
                    "fuzz: %d inputs in %.1f s (%.0f inputs/s), seed %d, %d bad requests refused%n",
                    inputs,
                    seconds,
                    inputs / seconds,
                    seed,
                    server.server().state().badRequests());

            // Still serving, and nothing left behind once every client has gone.
            try (RawHttpClient client = server.connect()) {
                assertThat(client.send("GET /after HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .bodyText())
                        .isEqualTo("GET /after 0");
            }
            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
                assertThat(server.server().state().activeConnections()).isZero();
                assertThat(server.server().state().activeRequests()).isZero();
            });
            for (int i = 0; i < 3; i++) {
                System.gc();
                // The detector reports when it next tracks a buffer after the leaked one was collected.
                ByteBufAllocator.DEFAULT.buffer(1).release();
            }
            assertThat(leaks.messages()).as("Netty buffer leaks, seed " + seed).noneMatch(m -> m.contains("LEAK"));
        } finally {
            ResourceLeakDetector.setLevel(previous);
        }
        assertThat(malformed.get()).isZero();
    }

    /** Sends one input and reads what comes back until the server closes, or a short quiet spell. */
    private static String exchange(int port, byte[] input, boolean halfClose) throws IOException {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 2_000);
            socket.setSoTimeout(100);
            socket.getOutputStream().write(input);
            if (halfClose) {
                socket.shutdownOutput();
            }
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[8192];
            try {
                int n;
                while ((n = in.read(buffer)) > 0 && answer.size() < 1 << 20) {
                    answer.write(buffer, 0, n);
                }
            } catch (SocketTimeoutException e) {
                // quiet: a partial request the server waits on, or a kept-alive connection
            } catch (IOException e) {
                // reset by the server: as good as a close
            }
            return answer.toString(StandardCharsets.ISO_8859_1);
        }
    }

    private static String printable(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            out.append(c >= 0x20 && c < 0x7f ? String.valueOf((char) c) : String.format("\\x%02x", c));
        }
        return out.length() > 600 ? out.substring(0, 600) + "..." : out.toString();
    }
}
