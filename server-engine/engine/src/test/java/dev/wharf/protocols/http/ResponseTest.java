package dev.wharf.protocols.http;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseTest {

    @Test
    void contentLengthGivenByTheAppIsKept() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-length", "10"))));
            send.send(new HttpResponseBody(bytes("01234"), true));
            send.send(new HttpResponseBody(bytes("56789"), false));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.header("content-length")).contains("10");
            assertThat(response.chunked()).isFalse();
            assertThat(response.bodyText()).isEqualTo("0123456789");
        }
    }

    @Test
    void wholeBodyInOneMessageGetsItsLengthWithoutChunking() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            send.send(new HttpResponseBody(bytes("hello")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.header("content-length")).contains("5");
            assertThat(response.chunked()).isFalse();
        }
    }

    @Test
    void streamedBodyWithoutLengthIsChunkedAndEachChunkIsFlushed() throws Exception {
        CountDownLatch clientSawFirstChunk = new CountDownLatch(1);
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            send.send(new HttpResponseBody(bytes("first"), true));
            // Waits for the client: if the chunk were not flushed, this would never return.
            if (!clientSawFirstChunk.await(5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("first chunk never reached the client");
            }
            send.send(new HttpResponseBody(bytes("second"), true));
            send.send(new HttpResponseBody(new byte[0], false));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            RawResponse head = client.readHeaders();
            assertThat(head.chunked()).isTrue();
            assertThat(head.header("content-length")).isEmpty();
            assertThat(new String(client.readChunk())).isEqualTo("first");
            clientSawFirstChunk.countDown();
            assertThat(new String(client.readChunk())).isEqualTo("second");
            assertThat(client.readChunk()).isEmpty();
            // and the connection is reusable after the last chunk
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.readHeaders().status()).isEqualTo(200);
        }
    }

    @Test
    void streamedBodyToAnHttp10ClientEndsWithTheConnection() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            send.send(new HttpResponseBody(bytes("a"), true));
            send.send(new HttpResponseBody(bytes("b"), false));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response = client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                    .read();
            assertThat(response.chunked()).isFalse();
            assertThat(response.bodyText()).isEqualTo("ab");
        }
    }

    @Test
    void headResponseKeepsHeadersAndDropsTheBody() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
            send.send(new HttpResponseBody(bytes("hello from ASGI")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse head = client.send("HEAD / HTTP/1.1\r\nHost: x\r\n\r\n").readHead();
            assertThat(head.header("content-length")).contains("15");
            assertThat(head.header("content-type")).contains("text/plain");
            // No body bytes followed: the next response starts right away.
            RawResponse get = client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(get.bodyText()).isEqualTo("hello from ASGI");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {204, 304})
    void statusesWithoutBodyCarryNone(int status) throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(status));
            send.send(new HttpResponseBody(bytes("ignored body")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(status);
            assertThat(response.header("content-length")).isEmpty();
            assertThat(response.header("transfer-encoding")).isEmpty();
            RawResponse next = client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(next.status()).isEqualTo(status);
        }
    }

    @Test
    void sendBlocksWhileTheClientDoesNotRead() throws Exception {
        AtomicLong sent = new AtomicLong();
        byte[] chunk = new byte[64 * 1024];
        long total = 256L * chunk.length; // 16 MiB
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            for (int i = 0; i < 256; i++) {
                send.send(new HttpResponseBody(chunk, true));
                sent.addAndGet(chunk.length);
            }
            send.send(new HttpResponseBody(new byte[0], false));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.socket().setReceiveBufferSize(64 * 1024);
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            await().atMost(Duration.ofSeconds(10)).until(() -> {
                long before = sent.get();
                Thread.sleep(300);
                return before > 0 && sent.get() == before;
            });
            assertThat(sent.get()).isLessThan(total / 2);
            RawResponse response = client.read();
            assertThat(response.body()).hasSize((int) total);
            assertThat(sent.get()).isEqualTo(total);
        }
    }

    @Test
    void defaultHeadersAreServerAndDate() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("x"));
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.header("server")).contains("wharf");
            assertThat(response.header("date"))
                    .hasValueSatisfying(date -> assertThat(date).endsWith("GMT"));
        }
    }

    @Test
    void serverAndDateHeadersCanBeSwitchedOffAndExtraHeadersAdded() throws Exception {
        try (RunningServer server = RunningServer.start(
                        Apps.text("x"),
                        b -> b.serverHeader(false).dateHeader(false).header("x-env:dev"));
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.header("server")).isEmpty();
            assertThat(response.header("date")).isEmpty();
            assertThat(response.header("x-env")).contains("dev");
        }
    }

    @Test
    void headerSetByTheAppWinsOverTheDefault() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("server", "my-app"))));
            send.send(new HttpResponseBody(bytes("x")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.header("server")).contains("my-app");
            assertThat(response.count("server")).isEqualTo(1);
        }
    }
}
