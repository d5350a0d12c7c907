package dev.wharf.protocols.http;

import static dev.wharf.testing.Apps.http;
import static dev.wharf.testing.Apps.respond;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Bytes;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeepAliveTest {

    @Test
    void http11ConnectionServesSeveralRequests() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                RawHttpClient client = server.connect()) {
            for (int i = 0; i < 3; i++) {
                RawResponse response =
                        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.bodyText()).isEqualTo("hi");
                assertThat(response.header("connection")).isEmpty();
            }
        }
    }

    @Test
    void http11ConnectionCloseIsHonoured() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"));
                RawHttpClient client = server.connect()) {
            RawResponse response = client.send("GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .read();
            assertThat(response.header("connection")).contains("close");
            assertThat(client.isClosedByServer(2_000)).isTrue();
        }
    }

    @Test
    void http10ClosesUnlessKeepAliveIsAsked() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("hi"))) {
            try (RawHttpClient client = server.connect()) {
                RawResponse response = client.send("GET / HTTP/1.0\r\n\r\n").read();
                assertThat(response.bodyText()).isEqualTo("hi");
                assertThat(response.header("connection")).contains("close");
                assertThat(client.isClosedByServer(2_000)).isTrue();
            }
            try (RawHttpClient client = server.connect()) {
                RawResponse first = client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                        .read();
                assertThat(first.header("connection")).contains("keep-alive");
                RawResponse second = client.send("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")
                        .read();
                assertThat(second.bodyText()).isEqualTo("hi");
            }
        }
    }

    @Test
    void appAskingToCloseEndsTheConnectionAfterItsResponse() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("connection", "close"))));
            send.send(new HttpResponseBody(Bytes.bytes("bye")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.bodyText()).isEqualTo("bye");
            assertThat(response.count("connection")).isEqualTo(1);
            assertThat(client.isClosedByServer(2_000)).isTrue();
        }
    }

    @Test
    void pipelinedRequestsAreAnsweredInOrder() throws Exception {
        // The first request is the slowest: answers must still come back in request order.
        var app = http((scope, receive, send) -> {
            receive.receive();
            String path = scope.path();
            if (path.equals("/1")) {
                Thread.sleep(300);
            } else if (path.equals("/2")) {
                Thread.sleep(100);
            }
            respond(send, 200, path);
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET /1 HTTP/1.1\r\nHost: x\r\n\r\n"
                    + "POST /2 HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello"
                    + "GET /3 HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.read().bodyText()).isEqualTo("/1");
            assertThat(client.read().bodyText()).isEqualTo("/2");
            assertThat(client.read().bodyText()).isEqualTo("/3");
        }
    }

    @Test
    void idleKeepAliveConnectionIsClosedAfterTimeout() throws Exception {
        try (RunningServer server =
                        RunningServer.start(Apps.text("hi"), b -> b.timeoutKeepAlive(Duration.ofMillis(300)));
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            long start = System.nanoTime();
            assertThat(client.isClosedByServer(5_000)).isTrue();
            long waitedMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(waitedMillis).isBetween(200L, 3_000L);
        }
    }

    @Test
    void busyConnectionIsNotClosedByTheKeepAliveTimeout() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            Thread.sleep(700);
            respond(send, 200, "slow");
        });
        try (RunningServer server = RunningServer.start(app, b -> b.timeoutKeepAlive(Duration.ofMillis(300)));
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.bodyText()).isEqualTo("slow");
        }
    }
}
