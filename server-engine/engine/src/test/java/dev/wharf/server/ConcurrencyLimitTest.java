package dev.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.asgi.App;
import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import org.junit.jupiter.api.Test;

/** --limit-concurrency over real sockets: past the limit, 503 and a closed connection, counted for telemetry. */
class ConcurrencyLimitTest {

    /** Holds each request until released; {@code entered} counts requests inside the app. */
    private static App holding(Semaphore entered, CountDownLatch release) {
        return Apps.http((scope, receive, send) -> {
            receive.receive();
            entered.release();
            release.await();
            Apps.respond(send, 200, "done");
        });
    }

    @Test
    void pastTheLimitRequestsGet503AndAreCounted() throws Exception {
        Semaphore entered = new Semaphore(0);
        CountDownLatch release = new CountDownLatch(1);
        try (RunningServer server = RunningServer.start(holding(entered, release), b -> b.limitConcurrency(2));
                RawHttpClient first = server.connect();
                RawHttpClient second = server.connect()) {
            first.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            second.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            entered.acquire(2);

            try (RawHttpClient third = server.connect()) {
                RawResponse refused =
                        third.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertThat(refused.status()).isEqualTo(503);
                assertThat(refused.bodyText()).isEqualTo("Service Unavailable");
                assertThat(refused.header("connection")).contains("close");
                assertThat(third.isClosedByServer(2_000)).isTrue();
            }
            assertThat(server.server().state().rejectedRequests()).isEqualTo(1);

            release.countDown();
            assertThat(first.read().status()).isEqualTo(200);
            assertThat(second.read().status()).isEqualTo(200);
        }
    }

    @Test
    void underTheLimitEveryRequestIsServed() throws Exception {
        try (RunningServer server = RunningServer.start(Apps.text("ok"), b -> b.limitConcurrency(1));
                RawHttpClient client = server.connect()) {
            // Back to back on one connection: the next request may arrive before the app's thread has
            // returned from the last one, whose answer the client already has; it must not count.
            for (int i = 0; i < 300; i++) {
                assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .status())
                        .isEqualTo(200);
            }
            assertThat(server.server().state().rejectedRequests()).isZero();
        }
    }
}
