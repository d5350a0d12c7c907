package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.testing.Apps;
import dev.wharf.testing.NonReadingPeer;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Uvicorn's flow control over real sockets: a client that sends and never reads gets its responses
 * held back and its requests no longer read, so it cannot grow a worker's memory.
 */
class FlowControlTest {

    private static final int BODY = 64 * 1024;
    /** The kernel's buffers on both sides of loopback hold a few MiB; past this the server never pushed back. */
    private static final long BOUND = 48L * 1024 * 1024;

    private static byte[] echoRequest() {
        ByteArrayOutputStream request = new ByteArrayOutputStream(BODY + 100);
        request.writeBytes(("POST /echo HTTP/1.1\r\nHost: x\r\nContent-Length: " + BODY + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        request.writeBytes(new byte[BODY]);
        return request.toByteArray();
    }

    @Test
    void aClientThatPipelinesAndNeverReadsIsNoLongerReadOnceItsResponsesBackUp() throws Exception {
        AtomicInteger answered = new AtomicInteger();
        try (RunningServer server = RunningServer.start(Apps.http((scope, receive, send) -> {
                    byte[] body = Apps.readBody(receive);
                    send.send(
                            new HttpResponseStart(200, List.of(Header.of("content-type", "application/octet-stream"))));
                    send.send(new HttpResponseBody(body, false));
                    answered.incrementAndGet();
                }));
                RawHttpClient client = server.connect()) {
            client.socket().setReceiveBufferSize(64 * 1024);
            byte[] request = echoRequest();
            try (NonReadingPeer peer = new NonReadingPeer(client.output(), n -> request)) {
                long sent = peer.bytesWhenStalled(Duration.ofSeconds(1), BOUND);
                assertThat(sent).isLessThan(BOUND);
                // Held back, not dropped: responses queue no further than the socket's buffers.
                assertThat(answered.get()).isLessThan((int) (BOUND / BODY));
            }
        }
    }

    @Test
    void aStreamingAppWaitsForTheClientToReadEachPart() throws Exception {
        AtomicInteger partsSent = new AtomicInteger();
        byte[] part = new byte[BODY];
        try (RunningServer server = RunningServer.start(Apps.http((scope, receive, send) -> {
                    receive.receive();
                    send.send(new HttpResponseStart(200, List.of()));
                    for (int i = 0; i < 10_000; i++) {
                        send.send(new HttpResponseBody(part, true));
                        partsSent.incrementAndGet();
                    }
                    send.send(new HttpResponseBody(new byte[0], false));
                }));
                RawHttpClient client = server.connect()) {
            client.socket().setReceiveBufferSize(64 * 1024);
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            long stalledAt = waitForStall(partsSent);
            assertThat(stalledAt * BODY).isLessThan(BOUND);
            // Reading some lets the app go on.
            client.readHeaders();
            for (int i = 0; i < 64; i++) {
                client.readChunk();
            }
            assertThat(waitForStall(partsSent)).isGreaterThan(stalledAt);
        }
    }

    @Test
    void pipelinedRequestsStillGetTheirAnswersInOrderOnceTheClientReads() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.http((scope, receive, send) -> {
                    HttpRequest request = (HttpRequest) receive.receive();
                    Apps.respond(send, 200, scope.path() + ":" + request.body().length);
                }));
                RawHttpClient client = server.connect()) {
            StringBuilder pipeline = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                pipeline.append("GET /").append(i).append(" HTTP/1.1\r\nHost: x\r\n\r\n");
            }
            client.send(pipeline.toString());
            for (int i = 0; i < 50; i++) {
                assertThat(client.read().bodyText()).isEqualTo("/" + i + ":0");
            }
        }
    }

    private static long waitForStall(AtomicInteger counter) throws InterruptedException {
        long last = -1;
        while (true) {
            Thread.sleep(500);
            long now = counter.get();
            if (now == last) {
                return now;
            }
            last = now;
        }
    }
}
