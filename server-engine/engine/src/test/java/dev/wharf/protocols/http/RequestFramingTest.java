package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * RFC 9112's framing rules for requests no proxy may read two ways, and what the app may not put
 * in a response: each refused request gets 400 and a closed connection, and never reaches the app.
 */
class RequestFramingTest {

    private static final AtomicInteger appCalls = new AtomicInteger();
    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(Apps.http((scope, receive, send) -> {
            appCalls.incrementAndGet();
            Apps.readBody(receive);
            String host = scope.headers().stream()
                    .filter(h -> h.nameText().equals("host"))
                    .map(Header::valueText)
                    .findFirst()
                    .orElse("-");
            Apps.respond(send, 200, "host=" + host);
        }));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private static RawResponse refused(byte[] request) throws Exception {
        int before = appCalls.get();
        try (RawHttpClient client = server.connect()) {
            RawResponse response = client.send(request).read();
            assertThat(response.status()).isEqualTo(400);
            assertThat(client.isClosedByServer(2_000)).isTrue();
            assertThat(appCalls.get()).isEqualTo(before);
            return response;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "POST / HTTP/1.0\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
                "POST / HTTP/1.0\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nContent-Length: 5\r\n\r\nabcde",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3, 3\r\n\r\nabc",
                "POST / HTTP/1.0\r\nContent-Length: 3\r\nContent-Length: 3\r\n\r\nabc",
            })
    void requestsWhoseBodyCouldBeReadTwoWaysGet400(String request) throws Exception {
        refused(request.getBytes(StandardCharsets.ISO_8859_1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/\u001b[31mred", "/tab\there", "/caf\u00e9", "/del\u007f", "/nul\u0000"})
    void requestTargetsOutsideVisibleAsciiGet400(String target) throws Exception {
        refused(("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anHttp11RequestWithoutHostGets400() throws Exception {
        refused("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void aRequestWithTwoHostsGets400() throws Exception {
        refused("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    }

    @Test
    void anHttp10RequestWithoutHostIsServed() throws Exception {
        try (RawHttpClient client = server.connect()) {
            RawResponse response = client.send("GET / HTTP/1.0\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("host=-");
        }
    }

    @Test
    void anAbsoluteFormTargetsAuthorityWinsOverHost() throws Exception {
        try (RawHttpClient client = server.connect()) {
            RawResponse response = client.send("GET http://real.example:8080/p?q=1 HTTP/1.1\r\nHost: other\r\n\r\n")
                    .read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("host=real.example:8080");
        }
    }

    @Test
    void anInterimStatusAsTheFinalOneIsAnAppErrorAndTheConnectionCloses() throws Exception {
        try (LogCapture errors = LogCapture.of("wharf.error");
                RunningServer interim = RunningServer.start(Apps.http((scope, receive, send) -> {
                    receive.receive();
                    send.send(new HttpResponseStart(103, List.of()));
                    send.send(new HttpResponseBody(new byte[0], false));
                }));
                RawHttpClient client = interim.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            assertThat(client.isClosedByServer(2_000)).isTrue();
            assertThat(errors.messages()).contains("Exception in ASGI application");
        }
    }

    @Test
    void aTransferEncodingOtherThanChunkedFromTheAppIsAnAppError() throws Exception {
        try (LogCapture errors = LogCapture.of("wharf.error");
                RunningServer gzip = RunningServer.start(Apps.http((scope, receive, send) -> {
                    receive.receive();
                    send.send(new HttpResponseStart(200, List.of(Header.of("transfer-encoding", "gzip"))));
                    send.send(new HttpResponseBody(new byte[] {1, 2, 3}, false));
                }));
                RawHttpClient client = gzip.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            assertThat(client.isClosedByServer(2_000)).isTrue();
            assertThat(errors.events())
                    .anySatisfy(event -> assertThat(event.getThrowableProxy())
                            .isNotNull()
                            .extracting(proxy -> proxy.getMessage())
                            .asString()
                            .contains("Invalid Transfer-Encoding 'gzip'"));
        }
    }

    @Test
    void anHttp10ClientGetsTheAppsChunkedBodyWithoutChunking() throws Exception {
        try (RunningServer chunked = RunningServer.start(Apps.http((scope, receive, send) -> {
                    receive.receive();
                    send.send(new HttpResponseStart(200, List.of(Header.of("transfer-encoding", "chunked"))));
                    send.send(new HttpResponseBody("one,".getBytes(StandardCharsets.UTF_8), true));
                    send.send(new HttpResponseBody("two".getBytes(StandardCharsets.UTF_8), false));
                }));
                RawHttpClient client = chunked.connect()) {
            client.send("GET / HTTP/1.0\r\n\r\n");
            String raw = new String(client.readToEnd(), StandardCharsets.ISO_8859_1);
            assertThat(raw.toLowerCase()).doesNotContain("transfer-encoding");
            assertThat(raw).endsWith("\r\n\r\none,two");
        }
    }
}
