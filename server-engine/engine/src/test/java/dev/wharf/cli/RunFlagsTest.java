package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.sources.ProfileValues;
import dev.wharf.config.sources.RunFlags;
import dev.wharf.config.sources.SettingsResolver;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Settings written as {@code wharf run} flags are read back by {@code wharf run} as the same settings. */
class RunFlagsTest {

    @Test
    void flagsReadBackByWharfRunGiveTheSameSettings() {
        Settings settings = Settings.defaults()
                .with(AppOptions.APP, "com.example.Main:app")
                .with(AppOptions.ROOT_PATH, "/my app")
                .with(WorkerOptions.WORKERS, 3)
                .with(ServerOptions.SERVER_HEADER, false)
                .with(ServerOptions.HEADERS, List.of("x-team: it's ours", "x-env:dev"))
                .with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofMillis(2500))
                .with(PluginOptions.PLUGINS, List.of("gzip"))
                .with(PluginOptions.PLUGIN_OPTIONS, List.of("gzip.minimum_size=1024"));

        List<String> words = RunFlags.of(settings, Set.of());
        CommandLine commandLine = RunCommand.commandLine();
        commandLine.parseArgs(words.toArray(String[]::new));
        RunCommand run = commandLine.getCommand();
        Settings readBack = SettingsResolver.resolve(run.options.given(), Map.of(), ProfileValues.NONE);

        assertThat(words).startsWith("com.example.Main:app").contains("--no-server-header", "--workers", "3");
        assertThat(readBack).isEqualTo(settings);
    }

    @Test
    void theDefaultsAreLeftOut() {
        Settings settings = Settings.defaults().with(AppOptions.APP, "hello");
        assertThat(RunFlags.shellCommand(settings)).isEqualTo("wharf run hello");
        assertThat(RunFlags.shellCommand(settings.with(ServerOptions.HEADERS, List.of("x-a: b"))))
                .isEqualTo("wharf run hello --header 'x-a: b'");
    }
}
