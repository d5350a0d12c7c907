package dev.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** --limit-max-requests: the worker asks to end after that many requests, once. */
class MaxRequestsTest {

    @Test
    void theWorkerAsksToEndWhenItsRequestLimitIsReached() throws Exception {
        CountDownLatch exitRequested = new CountDownLatch(1);
        try (LogCapture log = LogCapture.of("wharf.error");
                RunningServer server = RunningServer.start(Apps.text("ok"), b -> b.limitMaxRequests(3));
                RawHttpClient client = server.connect()) {
            server.server().onExitRequested(exitRequested::countDown);
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
            assertThat(exitRequested.getCount()).isEqualTo(1);
            // the request that reaches the limit is still answered
            assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
            assertThat(exitRequested.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(log.messages()).contains("Maximum request limit of 3 exceeded. Terminating process.");
        }
    }
}
