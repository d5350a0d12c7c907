package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Preset;
import dev.wharf.testing.WharfProcess;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wharf profile new --preset ...} as a user runs it. */
class ProfileCommandTest {

    private static final Duration EXIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void containerPresetWritesTheProfileAndSaysWhyForEachValue() throws Exception {
        Path file = folder.resolve("prod.json");
        try (WharfProcess wharf = WharfProcess.start(
                "profile",
                "new",
                "--preset",
                "container",
                "--app",
                "lifecycle-lab",
                "--forwarded-allow-ips",
                "10.0.0.0/8",
                "--db-pool-size",
                "10",
                "--db-connection-budget",
                "20",
                file.toString())) {
            assertThat(wharf.awaitExit(EXIT)).isZero();
            assertThat(wharf.stdout())
                    .anyMatch(line ->
                            line.matches("\\s+workers\\s+2\\s+from the DB budget: 20 / 10 = 2 workers' pools fit.*"))
                    .anyMatch(line -> line.contains("forwarded_allow_ips") && line.contains("never '*'"));
        }
        Settings settings = ProfileFile.read(file).settings();
        assertThat(settings.get(AppOptions.PRESET)).isEqualTo(Preset.CONTAINER);
        assertThat(settings.get(AppOptions.APP)).isEqualTo("lifecycle-lab");
        assertThat(settings.get(WorkerOptions.WORKERS)).isLessThanOrEqualTo(2);
    }

    @Test
    void anUnknownPresetExitsWith2() throws Exception {
        try (WharfProcess wharf = WharfProcess.start(
                "profile", "new", "--preset", "huge", folder.resolve("x.json").toString())) {
            assertThat(wharf.awaitExit(EXIT)).isEqualTo(2);
            assertThat(wharf.stderr())
                    .anyMatch(line -> line.contains("Unknown preset 'huge': choose local, container or streaming."));
        }
    }

    @Test
    void aBudgetBelowOneWorkersPoolExitsWith2() throws Exception {
        try (WharfProcess wharf =
                WharfProcess.start("run", "hello", "--db-pool-size", "10", "--db-connection-budget", "5")) {
            assertThat(wharf.awaitExit(EXIT)).isEqualTo(2);
            assertThat(wharf.stderr())
                    .anyMatch(
                            line -> line.contains(
                                    "Invalid value for --db-connection-budget: 5 is below one worker's pool (db_pool_size 10)"));
        }
    }
}
