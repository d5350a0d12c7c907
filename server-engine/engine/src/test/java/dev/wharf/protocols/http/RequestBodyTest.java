package dev.wharf.protocols.http;

import static dev.wharf.testing.Apps.http;
import static dev.wharf.testing.Apps.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.Message;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RequestBodyTest {

    private static final App ECHO_LENGTH =
            http((scope, receive, send) -> respond(send, 200, String.valueOf(Apps.readBody(receive).length)));

    @Test
    void contentLengthBodyArrivesWhole() throws Exception {
        List<Message> received = new CopyOnWriteArrayList<>();
        var app = http((scope, receive, send) -> {
            Message message;
            do {
                message = receive.receive();
                received.add(message);
            } while (message instanceof HttpRequest r && r.moreBody());
            respond(send, 200, "ok");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\n\r\nhello world")
                    .read();
        }
        HttpRequest last = (HttpRequest) received.get(received.size() - 1);
        assertThat(last.moreBody()).isFalse();
        String body =
                received.stream().map(m -> new String(((HttpRequest) m).body())).reduce("", String::concat);
        assertThat(body).isEqualTo("hello world");
    }

    @Test
    void requestWithoutBodyGivesOneEmptyMessage() throws Exception {
        CompletableFuture<Message> first = new CompletableFuture<>();
        var app = http((scope, receive, send) -> {
            first.complete(receive.receive());
            respond(send, 200, "ok");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
        }
        HttpRequest request = (HttpRequest) first.get(5, TimeUnit.SECONDS);
        assertThat(request.body()).isEmpty();
        assertThat(request.moreBody()).isFalse();
    }

    @Test
    void chunkedBodyArrivesAsMoreBodyMessages() throws Exception {
        List<HttpRequest> received = new CopyOnWriteArrayList<>();
        CountDownLatch firstSeen = new CountDownLatch(1);
        var app = http((scope, receive, send) -> {
            while (true) {
                HttpRequest request = (HttpRequest) receive.receive();
                received.add(request);
                firstSeen.countDown();
                if (!request.moreBody()) {
                    break;
                }
            }
            respond(send, 200, "ok");
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n");
            assertThat(firstSeen.await(5, TimeUnit.SECONDS)).isTrue();
            client.send("6\r\n world\r\n0\r\n\r\n");
            assertThat(client.read().status()).isEqualTo(200);
        }
        assertThat(received.get(0).moreBody()).isTrue();
        assertThat(new String(received.get(0).body())).isEqualTo("hello");
        assertThat(received.get(received.size() - 1).moreBody()).isFalse();
        String body = received.stream().map(r -> new String(r.body())).reduce("", String::concat);
        assertThat(body).isEqualTo("hello world");
    }

    @Test
    void slowAppMakesTheServerStopReadingTheUpload() throws Exception {
        CountDownLatch appMayRead = new CountDownLatch(1);
        var app = http((scope, receive, send) -> {
            appMayRead.await();
            respond(send, 200, String.valueOf(Apps.readBody(receive).length));
        });
        long total = 64L * 1024 * 1024;
        AtomicLong written = new AtomicLong();
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.socket().setSendBufferSize(64 * 1024);
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + total + "\r\n\r\n");
            CompletableFuture<Void> upload = CompletableFuture.runAsync(() -> write(client.output(), total, written));
            // The client's writes stall once socket buffers and the server's high-water mark are full.
            await().atMost(Duration.ofSeconds(10)).until(() -> stalled(written));
            assertThat(written.get()).isLessThan(16L * 1024 * 1024);
            appMayRead.countDown();
            upload.get(30, TimeUnit.SECONDS);
            RawResponse response = client.read();
            assertThat(response.bodyText()).isEqualTo(String.valueOf(total));
        }
    }

    private static boolean stalled(AtomicLong written) throws InterruptedException {
        long before = written.get();
        Thread.sleep(300);
        return before > 0 && written.get() == before;
    }

    private static void write(OutputStream out, long total, AtomicLong written) {
        byte[] block = new byte[16 * 1024];
        try {
            while (written.get() < total) {
                int n = (int) Math.min(block.length, total - written.get());
                out.write(block, 0, n);
                written.addAndGet(n);
            }
            out.flush();
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    @Test
    void continueIsSentOnlyWhenTheAppFirstReceives() throws Exception {
        CountDownLatch appMayReceive = new CountDownLatch(1);
        try (RunningServer server = RunningServer.start(http((scope, receive, send) -> {
                    appMayReceive.await();
                    respond(send, 200, new String(Apps.readBody(receive)));
                }));
                RawHttpClient client = server.connect()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nExpect: 100-continue\r\n\r\n");
            assertThat(client.isClosedByServer(300)).isFalse(); // and nothing arrived: read() timed out
            appMayReceive.countDown();
            RawResponse interim = client.readHeaders();
            assertThat(interim.status()).isEqualTo(100);
            client.send("body");
            RawResponse response = client.read();
            assertThat(response.status()).isEqualTo(200);
            assertThat(response.bodyText()).isEqualTo("body");
        }
    }

    @Test
    void appAnsweringWithoutReadingTheBodyGetsNoContinueAndTheConnectionCloses() throws Exception {
        try (RunningServer server = RunningServer.start(http((scope, receive, send) -> respond(send, 413, "too big")));
                RawHttpClient client = server.connect()) {
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\nExpect: 100-continue\r\n\r\n");
            RawResponse response = client.read();
            assertThat(response.status()).isEqualTo(413);
            assertThat(response.header("connection")).contains("close");
            assertThat(client.isClosedByServer(2_000)).isTrue();
        }
    }

    @Test
    void clientGoingAwayMidRequestReachesReceiveAsDisconnect() throws Exception {
        CompletableFuture<Message> afterBody = new CompletableFuture<>();
        CountDownLatch gotBody = new CountDownLatch(1);
        var app = http((scope, receive, send) -> {
            receive.receive();
            gotBody.countDown();
            afterBody.complete(receive.receive());
        });
        try (RunningServer server = RunningServer.start(app)) {
            try (RawHttpClient client = server.connect()) {
                client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
                assertThat(gotBody.await(5, TimeUnit.SECONDS)).isTrue();
            }
            assertThat(afterBody.get(5, TimeUnit.SECONDS)).isInstanceOf(HttpDisconnect.class);
        }
    }

    @Test
    void receiveAfterTheResponseReturnsDisconnect() throws Exception {
        CompletableFuture<Message> afterResponse = new CompletableFuture<>();
        var app = http((scope, receive, send) -> {
            receive.receive();
            respond(send, 200, "done");
            afterResponse.complete(receive.receive());
        });
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(afterResponse.get(5, TimeUnit.SECONDS)).isInstanceOf(HttpDisconnect.class);
        }
    }

    @Test
    void largeBodyIsDeliveredIntactOverKeepAlive() throws Exception {
        try (RunningServer server = RunningServer.start(ECHO_LENGTH);
                RawHttpClient client = server.connect()) {
            byte[] body = new byte[3 * 1024 * 1024 + 7];
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: " + body.length + "\r\n\r\n")
                    .send(body);
            assertThat(client.read().bodyText()).isEqualTo(String.valueOf(body.length));
            client.send("POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc");
            assertThat(client.read().bodyText()).isEqualTo("3");
        }
    }
}
