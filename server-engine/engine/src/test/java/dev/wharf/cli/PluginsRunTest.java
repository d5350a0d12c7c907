package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.ShoutPlugin;
import dev.wharf.testing.SupervisedServer;
import dev.wharf.testing.WharfProcess;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugins enabled from the command line and in worker processes, from a plugins folder. */
class PluginsRunTest {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final String APP = "dev.wharf.testapps.ImportTargets:app";

    @Test
    void aPluginFromThePluginsFolderWrapsTheAppWithItsOptions(@TempDir Path plugins) throws Exception {
        ShoutPlugin.build(plugins);
        try (WharfProcess wharf = WharfProcess.start(
                "run",
                APP,
                "--port",
                "0",
                "--plugins-dir",
                plugins.toString(),
                "--plugin",
                "shout",
                "--plugin-option",
                "shout.value=quiet")) {
            int port = wharf.awaitPort(STARTUP);
            try (RawHttpClient client = RawHttpClient.connect(port)) {
                assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .header("x-shout"))
                        .contains("quiet");
            }
            assertThat(wharf.stderr()).anyMatch(line -> line.contains("Plugins: shout 1.2.3"));
        }
    }

    @Test
    void aMissingPluginOrABadOptionStopsTheStartAndNamesThePlugin(@TempDir Path plugins) throws Exception {
        ShoutPlugin.build(plugins);
        try (WharfProcess wharf = WharfProcess.start(
                "run",
                APP,
                "--port",
                "0",
                "--plugins-dir",
                plugins.toString(),
                "--plugin",
                "shout",
                "--plugin",
                "nope",
                "--plugin-option",
                "shout.volume=11")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            String stderr = String.join("\n", wharf.stderr());
            assertThat(stderr).contains("nope").contains("volume");
        }
        try (WharfProcess wharf = WharfProcess.start("run", APP, "--port", "0", "--plugin-option", "gzip.level=3")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(String.join("\n", wharf.stderr())).contains("which is not enabled; add --plugin gzip");
        }
    }

    @Test
    void aPluginsFolderOtherUsersCanWriteToIsRefusedAndTheStartSaysHowToFixIt(@TempDir Path plugins) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        ShoutPlugin.build(plugins);
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (WharfProcess wharf = WharfProcess.start(
                "run", APP, "--port", "0", "--plugins-dir", plugins.toString(), "--plugin", "shout")) {
            assertThat(wharf.awaitExit(STARTUP)).isEqualTo(2);
            assertThat(String.join("\n", wharf.stderr()))
                    .contains("The plugins folder " + plugins + " is world-writable")
                    .contains("chmod go-w " + plugins);
        }
    }

    @Test
    void workersRunThePluginsAndTheirTelemetryReachesTheSupervisor(@TempDir Path plugins) throws Exception {
        ShoutPlugin.build(plugins);
        try (SupervisedServer server = SupervisedServer.start(
                        1, b -> b.set(PluginOptions.PLUGINS_DIR, plugins).set(PluginOptions.PLUGINS, List.of("shout")))
                .awaitStarted(1)) {
            try (RawHttpClient client = RawHttpClient.connect(server.port())) {
                assertThat(client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n")
                                .read()
                                .header("x-shout"))
                        .contains("loud");
            }
            SupervisorEvent.WorkerPluginData data = server.awaitEvent(
                    SupervisorEvent.WorkerPluginData.class,
                    e -> e.key().equals("shout.wrapped"),
                    Duration.ofSeconds(10));
            assertThat(data.data().get("value").asText()).isEqualTo("loud");
            assertThat(server.started().get(0).plugins()).containsKey("shout.wrapped");
        }
    }
}
