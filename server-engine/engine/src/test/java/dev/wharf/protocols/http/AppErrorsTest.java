package dev.wharf.protocols.http;

import static dev.wharf.asgi.Bytes.bytes;
import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.io.EOFException;
import java.time.Duration;
import java.util.List;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

class AppErrorsTest {

    @Test
    void appRaisingBeforeTheResponseGets500AndItsTraceLogged() throws Exception {
        var app = http((scope, receive, send) -> {
            throw new IllegalStateException("boom before start");
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.header("content-type")).contains("text/plain; charset=utf-8");
            assertThat(response.bodyText()).isEqualTo("Internal Server Error");
            assertThat(client.isClosedByServer(2_000)).isTrue();
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> log.events().stream()
                            .anyMatch(e -> e.getFormattedMessage().equals("Exception in ASGI application")
                                    && e.getThrowableProxy() != null
                                    && e.getThrowableProxy().getMessage().equals("boom before start")));
        }
    }

    @Test
    void appReturningWithoutRespondingGets500() throws Exception {
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(http((scope, receive, send) -> {}));
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> log.messages().contains("ASGI callable returned without starting response."));
        }
    }

    @Test
    void appRaisingAfterTheStartGetsItsConnectionClosed() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            throw new IllegalStateException("boom after start");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.readToEnd()).isEmpty();
        }
    }

    @Test
    void appRaisingMidStreamGetsItsConnectionClosedWithAnIncompleteBody() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            send.send(new HttpResponseBody(bytes("partial"), true));
            throw new IllegalStateException("boom mid-stream");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.readHeaders().status()).isEqualTo(200);
            assertThat(new String(client.readChunk())).isEqualTo("partial");
            Assertions.assertThatThrownBy(client::readChunk).isInstanceOf(EOFException.class);
        }
    }

    @Test
    void bodyBeforeStartIsAnInvalidSequenceThatIsLoggedAndClosed() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseBody(bytes("no start")));
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            assertThat(client.isClosedByServer(2_000)).isTrue();
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> log.events().stream()
                            .anyMatch(e -> e.getThrowableProxy() != null
                                    && e.getThrowableProxy()
                                            .getMessage()
                                            .contains("Expected ASGI message 'http.response.start'")));
        }
    }

    @Test
    void secondStartIsAnInvalidSequenceThatClosesTheConnection() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200));
            send.send(new HttpResponseStart(200));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.readToEnd()).isEmpty();
        }
    }

    @Test
    void bodyLongerThanItsContentLengthIsRefused() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("content-length", "2"))));
            send.send(new HttpResponseBody(bytes("too long")));
        });
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            assertThat(client.readToEnd()).isEmpty();
            await().atMost(Duration.ofSeconds(2))
                    .until(() -> log.events().stream()
                            .anyMatch(e -> e.getThrowableProxy() != null
                                    && e.getThrowableProxy()
                                            .getMessage()
                                            .startsWith("Response content longer than Content-Length")));
        }
    }

    @Test
    void headerValueWithLineBreakCannotSplitTheResponse() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            send.send(new HttpResponseStart(200, List.of(Header.of("x-evil", "a\r\nset-cookie: stolen=1"))));
            send.send(new HttpResponseBody(bytes("x")));
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            RawResponse response =
                    client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(response.status()).isEqualTo(500);
            assertThat(response.header("set-cookie")).isEmpty();
        }
    }

    @Test
    void workerKeepsServingAfterAppErrors() throws Exception {
        var app = http((scope, receive, send) -> {
            receive.receive();
            if (scope.path().equals("/boom")) {
                throw new IllegalStateException("boom");
            }
            Apps.respond(send, 200, "fine");
        });
        try (RunningServer server = RunningServer.start(app)) {
            for (int i = 0; i < 20; i++) {
                try (RawHttpClient client = server.connect()) {
                    assertThat(client.send("GET /boom HTTP/1.1\r\nHost: x\r\n\r\n")
                                    .read()
                                    .status())
                            .isEqualTo(500);
                }
            }
            try (RawHttpClient client = server.connect()) {
                assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .bodyText())
                        .isEqualTo("fine");
            }
        }
    }
}
