package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.WharfProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings as a user gives them to {@code wharf run}: flags, WHARF_* variables and wharf.json, and what each refuses. */
class RunCommandSettingsTest {

    private static final Duration STARTUP = Duration.ofSeconds(20);
    private static final String FIELD_APP = "dev.wharf.testapps.ImportTargets:app";
    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(int port) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aBadEnvironmentVariableIsNamedAndExits2() throws Exception {
        try (WharfProcess wharf = WharfProcess.start(null, Map.of("WHARF_PORT", "eighty"), "run", FIELD_APP)) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(String.join("\n", wharf.stderr()))
                    .contains(
                            "Invalid value for --port (from environment variable WHARF_PORT): 'eighty' is not a whole number; "
                                    + "use a whole number from 0 to 65535");
        }
    }

    @Test
    void aWorkerMaxHeapThatIsNotASizeIsNamedAndExits2() throws Exception {
        try (WharfProcess wharf = WharfProcess.start(null, Map.of(), "run", FIELD_APP, "--worker-max-heap", "512")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(String.join("\n", wharf.stderr()))
                    .contains("Invalid value for --worker-max-heap (from command line): '512' is not a size; "
                            + "use auto, or a size in megabytes or gigabytes such as 512m or 2g");
        }
    }

    @Test
    void theProfileInTheCurrentFolderIsReadAndFlagsBeatIt(@TempDir Path dir) throws Exception {
        Files.writeString(
                dir.resolve("wharf.json"),
                "{\"app\": \"" + FIELD_APP + "\", \"port\": 1, \"server_header\": false,"
                        + " \"headers\": [\"x-from:profile\"]}");
        try (WharfProcess wharf = WharfProcess.start(dir, Map.of(), "run", "--port", "0")) {
            // the flag's port 0 (any free port) beats the profile's port 1
            int port = wharf.awaitPort(STARTUP);
            assertThat(port).isNotEqualTo(1);
            HttpResponse<String> response = get(port);
            assertThat(response.headers().firstValue("x-from")).contains("profile");
            assertThat(response.headers().firstValue("server")).isEmpty();
            assertThat(wharf.stderr()).anyMatch(line -> line.contains("Reading settings from profile wharf.json"));
            wharf.terminate();
            assertThat(wharf.awaitExit(STARTUP)).isZero();
        }
    }

    @Test
    void aBadValueInTheProfileNamesTheFileAndKey(@TempDir Path dir) throws Exception {
        Path profile = dir.resolve("dev.json");
        Files.writeString(
                profile, "{\"app\": \"" + FIELD_APP + "\", \"limit_concurrency\": 0, \"timeout_keepalive\": 3}");
        try (WharfProcess wharf = WharfProcess.start(null, Map.of(), "run", "--profile", profile.toString())) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            String stderr = String.join("\n", wharf.stderr());
            assertThat(stderr)
                    .contains(
                            "Invalid value for --limit-concurrency (from " + profile + ", key \"limit_concurrency\"): "
                                    + "0 is out of range; use a whole number from 1 to 1000000, or none");
            assertThat(stderr)
                    .contains("unknown key \"timeout_keepalive\"")
                    .contains("did you mean \"timeout_keep_alive\"?");
        }
    }

    @Test
    void helpIsMadeFromTheModelAndGroupedBySection() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", "--help")) {
            assertThat(wharf.awaitExit(STARTUP)).isZero();
            String help = String.join("\n", wharf.stdout());
            assertThat(help)
                    .contains("Timeouts:", "Proxy:", "Limits:", "WebSocket:", "Workers:", "Reload:")
                    .contains("--timeout-keep-alive=SECONDS")
                    .contains("--[no-]proxy-headers")
                    .contains("--forwarded-allow-ips=IPS", "FORWARDED_ALLOW_IPS;")
                    .contains("Usage: wharf run [OPTIONS] [APP]")
                    .contains("Close a keep-alive connection that has been idle");
        }
    }

    @Test
    void lintWarningsArePrintedAtStart() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", FIELD_APP, "--port", "0", "--forwarded-allow-ips", "*")) {
            wharf.awaitPort(STARTUP);
            assertThat(wharf.stderr())
                    .anyMatch(line -> line.startsWith("WARNING:") && line.contains("--forwarded-allow-ips '*'"));
        }
    }

    @Test
    void theWorkerEndsCleanlyAfterItsMaximumRequests() throws Exception {
        try (WharfProcess wharf = WharfProcess.start("run", FIELD_APP, "--port", "0", "--limit-max-requests", "2")) {
            int port = wharf.awaitPort(STARTUP);
            assertThat(get(port).statusCode()).isEqualTo(200);
            assertThat(get(port).statusCode()).isEqualTo(200);
            assertThat(wharf.awaitExit(STARTUP)).isZero();
            assertThat(wharf.stderr())
                    .anyMatch(line -> line.contains("Maximum request limit of 2 exceeded. Terminating process."))
                    .anyMatch(line -> line.contains("Finished server process"));
        }
    }
}
