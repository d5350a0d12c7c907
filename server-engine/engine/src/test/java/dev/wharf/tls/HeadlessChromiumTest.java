package dev.wharf.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.supervisor.DevTrust;
import dev.wharf.supervisor.process.DevTrustStores;
import dev.wharf.testing.WharfProcess;
import dev.wharf.tls.dev.TrustStores;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "done when", in a real browser: headless Chromium loads https://localhost from a
 * worker serving {@code --ssl-dev}, with no certificate flag, because {@code wharf trust} put the
 * development authority into its NSS database (in a throwaway home: the machine's own is never
 * touched), and speaks HTTP/2 to it. The same page from a home without the authority is refused.
 * Chromium comes from {@code scripts/install-tools.sh browser}.
 */
class HeadlessChromiumTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String FIELD_APP = "dev.wharf.testapps.ImportTargets:app";

    @TempDir
    Path folder;

    @Test
    void chromiumLoadsTheDevCertificatesPageOverHttp2OnceWharfTrustInstalledItsAuthority() throws Exception {
        Path data = folder.resolve("data");
        try (WharfProcess wharf = WharfProcess.start(
                null, Map.of("XDG_DATA_HOME", data.toString()), "run", FIELD_APP, "--port", "0", "--ssl-dev")) {
            int port = wharf.awaitPort(STARTUP);
            String page = "https://localhost:" + port + "/";
            Path trusting = folder.resolve("trusting-home");
            DevTrust.Outcome trusted = new DevTrustStores(
                            data.resolve("wharf"), new TrustStores(trusting, folder.resolve("anchors"), false, false))
                    .install();
            assertThat(trusted.failures()).isEmpty();
            assertThat(trusted.done()).containsExactly("Trusted in the NSS database " + trusting.resolve(".pki/nssdb"));

            String dom = chromiumDumpDom(trusting, page);

            assertThat(dom).contains("from field");
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> logged(wharf).stream().anyMatch(line -> line.contains("\"GET / HTTP/2\" 200")));

            Path stranger = folder.resolve("stranger-home");
            Files.createDirectories(stranger);
            assertThat(chromiumDumpDom(stranger, page))
                    .as("the same page for a browser that does not trust the authority")
                    .doesNotContain("from field");
        }
    }

    /** Both of the run's streams: where the access log goes is the logging setup's choice. */
    private static List<String> logged(WharfProcess wharf) {
        List<String> lines = new ArrayList<>(wharf.stderr());
        lines.addAll(wharf.stdout());
        return lines;
    }

    /** Chromium's DOM of {@code url} once loaded, with {@code home} as its home (so its NSS database). */
    private String chromiumDumpDom(Path home, String url) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                "chromium",
                "--headless=new",
                "--disable-gpu",
                "--no-first-run",
                "--no-default-browser-check",
                "--user-data-dir=" + Files.createTempDirectory(folder, "chromium-profile"),
                "--dump-dom"));
        if ("root".equals(System.getProperty("user.name"))) {
            command.add("--no-sandbox"); // Chromium refuses to run as root with its sandbox
        }
        command.add(url);
        Path dom = Files.createTempFile(folder, "dom", ".html");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        builder.environment().put("HOME", home.toString());
        Process chromium = builder.start();
        try {
            assertThat(chromium.waitFor(90, TimeUnit.SECONDS))
                    .as("chromium ends")
                    .isTrue();
            return Files.readString(dom, StandardCharsets.UTF_8);
        } finally {
            // Its zygote and helpers too, should it hang.
            chromium.descendants().forEach(ProcessHandle::destroyForcibly);
            chromium.destroyForcibly();
        }
    }
}
