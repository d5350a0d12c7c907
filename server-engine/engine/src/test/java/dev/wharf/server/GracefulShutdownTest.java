package dev.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.asgi.App;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Shutdown as Uvicorn does it: requests in flight finish, up to --timeout-graceful-shutdown, then they are cut. */
class GracefulShutdownTest {

    @Test
    void aSlowRequestInFlightFinishesBeforeTheWorkerStopsWhileIdleConnectionsCloseAtOnce() throws Exception {
        CountDownLatch inApp = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        App app = Apps.http((scope, receive, send) -> {
            receive.receive();
            if (scope.path().equals("/slow")) {
                inApp.countDown();
                release.await();
            }
            Apps.respond(send, 200, "finished " + scope.path());
        });
        RunningServer server = RunningServer.start(app, b -> b.timeoutKeepAlive(Duration.ofMinutes(5)));
        try (RawHttpClient slow = server.connect();
                RawHttpClient idle = server.connect()) {
            idle.send("GET /quick HTTP/1.1\r\nHost: x\r\n\r\n").read();
            slow.send("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
            inApp.await();

            CompletableFuture<Boolean> stopped;
            try (LogCapture log = LogCapture.of("wharf.error")) {
                stopped = CompletableFuture.supplyAsync(() -> stop(server));
                assertThat(idle.isClosedByServer(5_000)).isTrue();
                // every connection has been told by now: the shutdown is waiting for the one in flight
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> log.messages().stream().anyMatch(m -> m.startsWith("Waiting for connections")));
            }
            assertThat(stopped).isNotDone();
            release.countDown();
            RawResponse response = slow.read();
            assertThat(response.bodyText()).isEqualTo("finished /slow");
            assertThat(response.header("connection")).contains("close");
            assertThat(stopped.get(20, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void pastTheTimeoutWhatRemainsIsCancelledAndCounted() throws Exception {
        CountDownLatch inApp = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        App app = Apps.http((scope, receive, send) -> {
            receive.receive();
            inApp.countDown();
            try {
                // a request that would outlast any graceful-shutdown timeout: the one to cancel
                Thread.sleep(Duration.ofMinutes(5));
            } catch (InterruptedException e) {
                interrupted.set(true);
                throw e;
            }
        });
        RunningServer server = RunningServer.start(app, b -> b.timeoutGracefulShutdown(Duration.ofMillis(300)));
        try (LogCapture log = LogCapture.of("wharf.error");
                RawHttpClient client = server.connect()) {
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
            inApp.await();

            assertThat(server.stop()).isTrue();

            assertThat(log.messages()).contains("Cancel 1 running task(s), timeout graceful shutdown exceeded");
            assertThat(client.isClosedByServer(5_000)).isTrue();
            await().atMost(Duration.ofSeconds(5)).untilTrue(interrupted);
        }
    }

    @Test
    void aConnectionAcceptedBeforeItsFirstBytesStillHasItsRequestServedWhenTheShutdownBeginsMeanwhile()
            throws Exception {
        // With HTTP/2 on (the default), a clear-text connection's first bytes choose its protocol; until
        // they come it is no HTTP connection yet, and the shutdown once closed it with the worker.
        for (boolean http2 : new boolean[] {true, false}) {
            RunningServer server = RunningServer.start(Apps.text("hello"), b -> b.set(ServerOptions.HTTP2, http2));
            try (RawHttpClient client = server.connect()) {
                await().atMost(Duration.ofSeconds(5))
                        .until(() -> server.server().state().activeConnections() == 1);
                CompletableFuture<Boolean> stopped = CompletableFuture.supplyAsync(() -> stop(server));
                Thread.sleep(200); // the request leaves after the listener has closed
                assertThat(stopped)
                        .as("waiting for the connection's first request")
                        .isNotDone();

                RawResponse response =
                        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();

                assertThat(response.status()).as("http2 %s", http2).isEqualTo(200);
                assertThat(response.header("connection")).contains("close");
                assertThat(stopped.get(20, TimeUnit.SECONDS)).isTrue();
            }
        }
    }

    private static boolean stop(RunningServer server) {
        try {
            return server.stop();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
