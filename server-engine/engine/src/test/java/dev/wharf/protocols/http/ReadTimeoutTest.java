package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.Message;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@code --timeout-read}: a request body that stops making progress ends its connection; one that trickles on does not. */
class ReadTimeoutTest {

    private static final Duration TIMEOUT = Duration.ofMillis(600);

    @Test
    void aBodyThatStallsGets408AndTheAppSeesTheDisconnect() throws Exception {
        CompletableFuture<Message> appSaw = new CompletableFuture<>();
        try (RunningServer server = RunningServer.start(
                        Apps.http((scope, receive, send) -> {
                            Message message;
                            do {
                                message = receive.receive();
                            } while (message instanceof HttpRequest request && request.moreBody());
                            appSaw.complete(message);
                        }),
                        b -> b.timeoutRead(TIMEOUT));
                RawHttpClient client = server.connect()) {
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nonly ten b");
            RawResponse response = client.read();
            assertThat(response.status()).isEqualTo(408);
            assertThat(client.isClosedByServer(2_000)).isTrue();
            assertThat(appSaw.get(5, TimeUnit.SECONDS)).isInstanceOf(HttpDisconnect.class);
        }
    }

    @Test
    void aSlowBodyThatKeepsMakingProgressIsNeverCut() throws Exception {
        try (RunningServer server = RunningServer.start(
                        Apps.http((scope, receive, send) ->
                                Apps.respond(send, 200, "got " + Apps.readBody(receive).length)),
                        b -> b.timeoutRead(TIMEOUT));
                RawHttpClient client = server.connect()) {
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 8\r\n\r\n");
            for (int i = 0; i < 8; i++) {
                Thread.sleep(TIMEOUT.toMillis() / 3); // slower in all than the timeout, never stalled that long
                client.send("x");
            }
            assertThat(client.read().bodyText()).isEqualTo("got 8");
        }
    }

    @Test
    void anAppThatTakesItsTimeReadingIsNotTheClientsFault() throws Exception {
        try (RunningServer server = RunningServer.start(
                        Apps.http((scope, receive, send) -> {
                            Thread.sleep(TIMEOUT.toMillis() * 3); // the body waits in the server meanwhile
                            Apps.respond(send, 200, "got " + Apps.readBody(receive).length);
                        }),
                        b -> b.timeoutRead(TIMEOUT));
                RawHttpClient client = server.connect()) {
            // Big enough that reading pauses at the server's high-water mark until the app reads.
            byte[] body = new byte[4 * HttpConnection.HIGH_WATER_LIMIT];
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n");
            client.send(body);
            assertThat(client.read().bodyText()).isEqualTo("got " + body.length);
        }
    }

    @Test
    void aClientWaitingFor100ContinueIsNotTimedOutBeforeTheAppAsks() throws Exception {
        try (RunningServer server = RunningServer.start(
                        Apps.http((scope, receive, send) -> {
                            Thread.sleep(TIMEOUT.toMillis() * 3);
                            Apps.respond(send, 200, "got " + Apps.readBody(receive).length);
                        }),
                        b -> b.timeoutRead(TIMEOUT));
                RawHttpClient client = server.connect()) {
            client.send("POST /upload HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 3\r\n\r\n");
            assertThat(client.readHead().status()).isEqualTo(100);
            client.send("abc");
            assertThat(client.read().bodyText()).isEqualTo("got 3");
        }
    }
}
