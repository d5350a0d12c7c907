package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.wharf.testing.WharfProcess;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code wharf run} as a user runs it: a real process, its log lines, signals and exit codes. */
class RunCommandTest {

    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final String FIELD_APP = "dev.wharf.testapps.ImportTargets:app";
    private static final String SLOW_APP = "dev.wharf.testapps.SlowApp:app";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesTheAppAndPrintsUvicornsStartupLinesAndAnAccessLog() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", FIELD_APP, "--port", "0")) {
            int port = wharf.awaitPort(STARTUP);
            HttpResponse<String> response = get(port, "/items?id=7");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("from field");
            assertThat(wharf.stderr())
                    .startsWith(
                            "INFO:     Started server process [" + wharf.pid() + "]",
                            "INFO:     Waiting for application startup.",
                            "INFO:     Application startup complete.",
                            "INFO:     Wharf running on http://127.0.0.1:" + port + " (Press CTRL+C to quit)");
            String access = wharf.awaitStdout("GET /items", Duration.ofSeconds(5));
            assertThat(access).matches("INFO: {5}127\\.0\\.0\\.1:\\d+ - \"GET /items\\?id=7 HTTP/1\\.1\" 200");
        }
    }

    @Test
    void sigtermFinishesRequestsInFlightThenRunsLifespanShutdown() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", SLOW_APP, "--port", "0")) {
            int port = wharf.awaitPort(STARTUP);
            CompletableFuture<HttpResponse<String>> slow = CompletableFuture.supplyAsync(() -> {
                try {
                    return get(port, "/?1500");
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            });
            wharf.awaitStdout("SlowApp: answering in 1500 ms", Duration.ofSeconds(5)); // the request is in flight
            wharf.terminate();
            assertThat(slow.get().body()).isEqualTo("slept 1500");
            int code = wharf.awaitExit(Duration.ofSeconds(15));
            assertThat(code).isZero();
            assertThat(wharf.stderr())
                    .containsSubsequence(
                            "INFO:     Shutting down",
                            "INFO:     Waiting for connections to close. (CTRL+C to force quit)",
                            "INFO:     Waiting for application shutdown.",
                            "INFO:     Application shutdown complete.",
                            "INFO:     Finished server process [" + wharf.pid() + "]");
        }
    }

    @Test
    void appThatDoesNotResolveNamesWhatWasLookedForAndExits1() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", "com.example.Nowhere:app")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(1);
            assertThat(String.join("\n", wharf.stderr()))
                    .contains("ERROR:    Error loading ASGI app. Could not find class \"com.example.Nowhere\"");
        }
    }

    @Test
    void failedStartupExits3WithTheAppsMessage() throws Exception {
        try (WharfProcess wharf =
                WharfProcess.start("run", "dev.wharf.testapps.SlowApp:failingStartup", "--port", "0")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(3);
            assertThat(wharf.stderr())
                    .contains("ERROR:    cannot reach the database", "ERROR:    Application startup failed. Exiting.");
        }
    }

    @Test
    void portInUseIsReportedPlainly() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
                WharfProcess wharf =
                        WharfProcess.start("run", FIELD_APP, "--port", String.valueOf(taken.getLocalPort()))) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(1);
            assertThat(wharf.stderr())
                    .anyMatch(line -> line.contains("address already in use")
                            && line.contains("127.0.0.1:" + taken.getLocalPort()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            --lifespan  | sometimes | Invalid value for --lifespan (from command line): 'sometimes' is not one of the choices; use one of auto, on, off
            --root-path | api/      | Invalid value for --root-path (from command line): 'api/' does not start with '/'
            --header    | novalue   | Invalid value for --header (from command line): 'novalue' is not NAME:VALUE; use NAME:VALUE
            """)
    void badOptionValuesAreNamed(String flag, String value, String message) throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", FIELD_APP, flag, value)) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(String.join("\n", wharf.stderr())).contains(message);
        }
    }

    @Test
    void quietLogLevelAndNoAccessLogKeepTheConsoleQuiet() throws Exception {
        // At warning level Wharf prints nothing, its startup line with the port included, so this test
        // picks a free port itself and passes it with --port (another process may take it in between).
        int port = freePort();
        try (WharfProcess wharf = WharfProcess.start(
                "run",
                FIELD_APP,
                "--port",
                String.valueOf(port),
                "--log-level",
                "warning",
                "--no-access-log",
                "--header",
                "x-env:dev")) {
            HttpResponse<String> response = awaitResponse(port);
            assertThat(response.headers().firstValue("x-env")).contains("dev");
            Thread.sleep(200); // a quiet period: time for any line about the request to be printed
            assertThat(wharf.stdout()).isEmpty();
            assertThat(wharf.stderr()).isEmpty();
        }
    }

    /** Nothing is printed at warning level, so readiness is the first answer. */
    private HttpResponse<String> awaitResponse(int port) {
        return await().atMost(STARTUP)
                .pollInterval(Duration.ofMillis(50))
                .ignoreExceptionsInstanceOf(ConnectException.class)
                .until(() -> get(port, "/"), response -> true);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Test
    void unixDomainSocketIsServedAndRemovedOnExit(@TempDir Path dir) throws Exception {
        Path socket = dir.resolve("wharf.sock");
        try (WharfProcess wharf = WharfProcess.start("run", FIELD_APP, "--uds", socket.toString())) {
            wharf.awaitStderr("Wharf running on unix socket " + socket, STARTUP);
            try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
                channel.connect(UnixDomainSocketAddress.of(socket));
                channel.write(ByteBuffer.wrap(
                        "GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII)));
                ByteBuffer buffer = ByteBuffer.allocate(4096);
                StringBuilder response = new StringBuilder();
                while (channel.read(buffer) > 0) {
                    buffer.flip();
                    response.append(StandardCharsets.US_ASCII.decode(buffer));
                    buffer.clear();
                }
                assertThat(response).startsWith("HTTP/1.1 200 OK").endsWith("from field");
            }
            wharf.terminate();
            assertThat(wharf.awaitExit(Duration.ofSeconds(15))).isZero();
            assertThat(socket).doesNotExist();
        }
    }
}
