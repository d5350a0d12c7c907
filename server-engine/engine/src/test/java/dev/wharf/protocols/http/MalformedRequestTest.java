package dev.wharf.protocols.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.Apps;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input no well-behaved client sends: each gets a 4xx and a closed connection, never a crash or a hang. */
class MalformedRequestTest {

    /**
     * The client ports the app was called for, in order: a refused request's port must not show up
     * while it is refused. Only the calls since count, since loopback ports are reused once an earlier
     * test's connection has closed.
     */
    private static final List<Integer> appCalledFor = new CopyOnWriteArrayList<>();

    private static RunningServer server;

    @BeforeAll
    static void start() throws Exception {
        server = RunningServer.start(
                Apps.http((scope, receive, send) -> {
                    appCalledFor.add(scope.client().port());
                    Apps.readBody(receive);
                    Apps.respond(send, 200, "ok");
                }),
                b -> b.h11MaxIncompleteEventSize(4096));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private RawResponse refused(String request) throws Exception {
        int callsBefore = appCalledFor.size();
        try (RawHttpClient client = server.connect()) {
            RawResponse response = client.send(request).read();
            assertThat(response.header("connection")).contains("close");
            assertThat(client.isClosedByServer(2_000)).isTrue();
            assertThat(appCalledFor.subList(callsBefore, appCalledFor.size()))
                    .doesNotContain(client.socket().getLocalPort());
            return response;
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "GARBAGE\r\n\r\n",
                "GET / HTTP/1.1 extra\r\nHost: x\r\n\r\n",
                "GET / HTTP/1.1\r\nBad Header Name: x\r\n\r\n",
                "GET / HTTP/1.1\r\nHost: x\r\nNo-Colon-Here\r\n\r\n",
                "GET / HTTP/1.1\r\n Host: folded-first-line\r\n\r\n",
            })
    void malformedRequestLineOrHeaderGets400(String request) throws Exception {
        assertThat(refused(request).status()).isEqualTo(400);
    }

    @ParameterizedTest
    @ValueSource(strings = {"HTTP/9.9", "HTTP/2.0", "HTTP/1.2"})
    void unsupportedHttpVersionGets505(String version) throws Exception {
        assertThat(refused("GET / " + version + "\r\nHost: x\r\n\r\n").status()).isEqualTo(505);
    }

    @Test
    void headerSectionOverTheLimitGets431() throws Exception {
        String big = "x".repeat(8000);
        assertThat(refused("GET / HTTP/1.1\r\nHost: x\r\nX-Big: " + big + "\r\n\r\n")
                        .status())
                .isEqualTo(431);
    }

    @Test
    void requestLineOverTheLimitGets414() throws Exception {
        assertThat(refused("GET /" + "a".repeat(8000) + " HTTP/1.1\r\nHost: x\r\n\r\n")
                        .status())
                .isEqualTo(414);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // CL.TE and TE.CL smuggling: both framings at once
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nContent-Length: 4\r\n\r\n0\r\n\r\n",
                // two different lengths
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nContent-Length: 5\r\n\r\nabcde",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 4, 5\r\n\r\nabcde",
                // lengths that are not plain numbers
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: +4\r\n\r\nabcd",
                "POST / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n",
                // chunked that is not the final encoding
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked, gzip\r\n\r\n0\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: gzip\r\n\r\n",
                "POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n",
            })
    void ambiguousBodyFramingGets400(String request) throws Exception {
        assertThat(refused(request).status()).isEqualTo(400);
    }

    @Test
    void badChunkSizeGets400() throws Exception {
        assertThat(refused("POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n")
                        .status())
                .isEqualTo(400);
    }

    @Test
    void workerStillServesAfterMalformedInput() throws Exception {
        refused("GARBAGE\r\n\r\n");
        try (RawHttpClient client = server.connect()) {
            assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().bodyText())
                    .isEqualTo("ok");
        }
    }

    @Test
    void malformedRequestAfterAGoodOneOnTheSameConnectionIsRefused() throws Exception {
        try (RawHttpClient client = server.connect()) {
            assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().status())
                    .isEqualTo(200);
            assertThat(client.send("NOT HTTP AT ALL\r\n\r\n").read().status()).isEqualTo(400);
            assertThat(client.isClosedByServer(2_000)).isTrue();
        }
    }
}
