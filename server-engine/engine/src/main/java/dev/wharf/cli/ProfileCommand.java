package dev.wharf.cli;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import dev.wharf.config.profile.PresetValue;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Preset;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wharf profile}: profile files from the command line, as the window's profile list makes them. */
@Command(
        name = "profile",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        description = "Make profile files (wharf.json).",
        subcommands = ProfileCommand.New.class)
final class ProfileCommand extends CommandGroup {

    /** {@code wharf profile new --preset local|container|streaming FILE}. */
    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            versionProvider = WharfVersion.class,
            sortOptions = false,
            description = {
                "Write a new profile from one of the seed's environment profiles, showing why each value is set:",
                "  local      development: reload, one worker (don't trust performance numbers measured here)",
                "  container  a simple container deployment: no reload, production, workers sized with the DB "
                        + "budget, proxy trust given explicitly",
                "  streaming  WebSocket/streaming-heavy services: longer keep-alive and drain, pings, "
                        + "--limit-concurrency counted in connections"
            })
    static final class New implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(
                names = "--preset",
                required = true,
                paramLabel = "PRESET",
                description = "local, container or streaming")
        String preset;

        @Option(names = "--app", paramLabel = "APP", description = "The app the profile serves.")
        String app;

        @Option(names = "--name", paramLabel = "NAME", description = "The profile's name. Default: the file's name.")
        String name;

        @Option(
                names = "--forwarded-allow-ips",
                paramLabel = "IPS",
                description = "The proxy's or ingress's addresses to trust (container and streaming presets).")
        String forwardedAllowIps;

        @Option(names = "--db-pool-size", paramLabel = "N", description = "The app's pool size in one worker.")
        Integer dbPoolSize;

        @Option(
                names = "--db-connection-budget",
                paramLabel = "N",
                description = "The connections the database allows this service; sizes the workers.")
        Integer dbConnectionBudget;

        @Option(names = "--force", description = "Replace FILE when it exists.")
        boolean force;

        @Parameters(paramLabel = "FILE", description = "The profile file to write, e.g. wharf.json.")
        Path file;

        @Override
        public Integer call() throws IOException {
            Preset chosen;
            Presets.Inputs inputs;
            try {
                chosen = Presets.named(preset);
                inputs = new Presets.Inputs(
                        forwardedAllowIps,
                        dbPoolSize,
                        dbConnectionBudget,
                        Runtime.getRuntime().availableProcessors());
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            if (Files.exists(file) && !force) {
                throw new ParameterException(
                        spec.commandLine(),
                        file + " exists already: choose another file, or give --force to replace it.");
            }
            Settings settings;
            try {
                settings = Presets.settings(chosen, inputs);
                if (app != null) {
                    settings =
                            settings.with(AppOptions.APP, AppOptions.APP.type().parse(app));
                }
            } catch (RuntimeException e) {
                throw new ParameterException(spec.commandLine(), e.getMessage());
            }
            String profileName =
                    name != null ? name : file.getFileName().toString().replaceFirst("\\.json$", "");
            ProfileFile.write(file, profileName, settings, null, Presets.stated(chosen, inputs));
            PrintWriter out = spec.commandLine().getOut();
            out.println(
                    "Wrote " + file + " from the " + preset.strip().toLowerCase(java.util.Locale.ROOT) + " preset:");
            for (PresetValue<?> value : Presets.values(chosen, inputs)) {
                out.printf("  %-26s %-12s %s%n", value.setting().key(), value.shown(), value.why());
            }
            for (LintWarning warning :
                    SettingsLint.check(settings, Runtime.getRuntime().availableProcessors())) {
                out.println("warning: " + warning.message());
            }
            out.flush();
            return 0;
        }
    }
}
