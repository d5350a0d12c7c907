package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Preset;
import dev.wharf.testing.WharfProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code wharf export systemd} as a user runs it, and the units it writes checked by systemd's own
 * {@code systemd-analyze verify} (Debian's systemd package: {@code scripts/install-tools.sh systemd}).
 */
class ExportSystemdTest {

    private static final Duration EXIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void aContainerProfileBecomesUnitsThatSystemdVerifies() throws Exception {
        Path profile = profile(Presets.settings(Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", 10, 40, 4))
                .with(ServerOptions.PORT, 8080));
        Path out = folder.resolve("units");
        // systemd-analyze checks that ExecStart's program exists: a real executable stands in for wharf.
        String wharf = Path.of("/bin/sh").toRealPath().toString();

        try (WharfProcess export = WharfProcess.start(
                "export", "systemd", "--profile", profile.toString(), "-o", out.toString(), "--wharf", wharf)) {
            assertThat(export.awaitExit(EXIT)).isZero();
        }

        String service = Files.readString(out.resolve("shop.service"));
        assertThat(service)
                .contains("ExecStart=" + wharf + " run lifecycle-lab --environment production")
                .contains("--forwarded-allow-ips 10.0.0.0/8")
                .contains("--timeout-graceful-shutdown 25")
                .contains(" --fd 3\n")
                .contains("KillSignal=SIGTERM\n")
                .contains("TimeoutStopSec=35\n")
                .contains("Restart=on-failure\n")
                .contains("DynamicUser=yes\n")
                .doesNotContain("--port")
                .doesNotContain("--reload");
        assertThat(Files.readString(out.resolve("shop.socket"))).contains("ListenStream=0.0.0.0:8080\n");

        assumeThat(System.getProperty("os.name"))
                .as("systemd runs on Linux only")
                .isEqualTo("Linux");
        Process verify = new ProcessBuilder(
                        "systemd-analyze",
                        "verify",
                        out.resolve("shop.socket").toString(),
                        out.resolve("shop.service").toString())
                .redirectErrorStream(true)
                .start();
        String said = new String(verify.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(verify.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(verify.exitValue()).as(said).isZero();
        assertThat(said).doesNotContain("shop.");
    }

    @Test
    void aProfileWithReloadOnIsRefusedWithTheReasonAndNothingIsWritten() throws Exception {
        Path profile = profile(
                Settings.defaults().with(AppOptions.APP, "lifecycle-lab").with(ReloadOptions.RELOAD, true));
        Path out = folder.resolve("units");

        try (WharfProcess export =
                WharfProcess.start("export", "systemd", "--profile", profile.toString(), "-o", out.toString())) {
            assertThat(export.awaitExit(EXIT)).isEqualTo(2);
            assertThat(export.stderr())
                    .contains("refused: --reload is on: a deployed service must not restart when a file changes. "
                            + "Turn reload off.");
        }
        assertThat(out).doesNotExist();
    }

    private Path profile(Settings settings) throws IOException {
        Path file = folder.resolve("shop.json");
        ProfileFile.write(file, "shop", settings.with(AppOptions.APP, "lifecycle-lab"), null);
        return file;
    }
}
