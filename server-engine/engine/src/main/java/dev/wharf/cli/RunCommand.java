package dev.wharf.cli;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import dev.wharf.config.profile.ProfileDocument;
import dev.wharf.config.profile.ProfileException;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.sources.ProfileValues;
import dev.wharf.config.sources.SettingsResolver;
import dev.wharf.config.sources.SocketActivation;
import dev.wharf.importer.AppImportException;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.LoadedApp;
import dev.wharf.logging.LogLevels;
import dev.wharf.plugins.AppPlugins;
import dev.wharf.plugins.LatestTelemetry;
import dev.wharf.plugins.PluginException;
import dev.wharf.server.InheritedSocket;
import dev.wharf.server.ListenSocket;
import dev.wharf.server.Server;
import dev.wharf.server.ServerStartupException;
import dev.wharf.server.Transport;
import dev.wharf.tls.ServerTls;
import dev.wharf.tls.TlsPreparation;
import dev.wharf.tls.TlsSetupException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wharf run APP}: serve one app headless, with Uvicorn's option names. Its options are made
 * from the settings model ({@link ModelOptions}); settings come from the flags, then
 * {@code WHARF_*} environment variables, then the profile file, then the defaults.
 */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        sortOptions = false,
        abbreviateSynopsis = true,
        description = {
            "Serve an ASGI app headless, as `uvicorn APP` does.",
            "Every option can also be set with its WHARF_* environment variable or in a profile file (wharf.json);",
            "a flag beats the environment, which beats the file, which beats the default."
        })
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    @Spec
    CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "FILE",
            order = -1,
            description = "A profile file (JSON) to read settings from. Default: " + ProfileFile.DEFAULT_NAME
                    + " in the current folder, when there is one.")
    Path profile;

    ModelOptions options;

    /** The {@code run} command with one option per setting of the model. */
    static CommandLine commandLine() {
        RunCommand command = new RunCommand();
        CommandLine commandLine = new CommandLine(command);
        command.options = ModelOptions.addTo(commandLine.getCommandSpec());
        return commandLine;
    }

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = settings();
        Config config = new Config(settings);
        LogLevels.apply(config.logLevel());
        for (LintWarning warning :
                SettingsLint.check(settings, Runtime.getRuntime().availableProcessors())) {
            log.warn(warning.message());
        }
        ListenSocket listenSocket = new ListenSocket.Bind();
        if (config.fd() != null) {
            try {
                listenSocket = InheritedSocket.check(config.fd());
            } catch (IllegalArgumentException e) {
                log.error(e.getMessage());
                return 2;
            }
        }
        if (needsWorkerProcesses(settings)) {
            try {
                // Checked once here, so a bad key is one message and exit 2 rather than every worker failing;
                // the development certificate is made here too, before workers race to make it.
                ServerTls.check(config.tls(), Instant.now());
            } catch (TlsSetupException e) {
                log.error(e.getMessage());
                return 2;
            }
            SettingsLint.developmentJit(settings).ifPresent(note -> log.warn(note.message()));
            return SupervisedRun.run(settings);
        }
        TlsPreparation tls = TlsPreparation.start(config.tls());
        LoadedApp loaded;
        try {
            loaded = new AppImporter().load(config.importRequest());
        } catch (AppImportException e) {
            log.error(e.getMessage());
            return e.exitCode();
        }
        try {
            loaded = AppPlugins.apply(config, loaded, new LatestTelemetry());
        } catch (PluginException e) {
            log.error(e.getMessage());
            return 2;
        }
        Server server = new Server(config, loaded, Transport.best(), listenSocket, tls);
        ShutdownSignals signals = ShutdownSignals.install(server::forceExit);
        server.onExitRequested(signals::requestShutdown);
        try {
            server.start();
        } catch (ServerStartupException e) {
            if (e.getMessage() != null) {
                log.error(e.getMessage());
            }
            return e.exitCode();
        }
        if (config.fd() != null) {
            log.info("Wharf running on {} (Press CTRL+C to quit)", server.address());
        }
        signals.awaitShutdownRequest();
        return server.shutdown() ? 0 : 1;
    }

    /**
     * One worker serves in this process, as Uvicorn does; several workers, metrics, an env file for the app's
     * environment, or reload (which rolls new worker generations) need worker processes and a supervisor.
     */
    private static boolean needsWorkerProcesses(Settings settings) {
        return settings.get(WorkerOptions.WORKERS) > 1
                || settings.get(ServerOptions.METRICS_PORT) != null
                || settings.get(AppOptions.ENV_FILE) != null
                || settings.get(ReloadOptions.RELOAD);
    }

    private Settings settings() {
        ProfileValues fromFile = profileValues();
        Settings settings;
        try {
            settings = SettingsResolver.resolve(options.given(), System.getenv(), fromFile);
            settings = SocketActivation.apply(
                    settings, System.getenv(), ProcessHandle.current().pid());
        } catch (InvalidSettingsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (settings.get(AppOptions.APP) == null) {
            throw new ParameterException(
                    spec.commandLine(),
                    "Missing the app to serve: give APP (for example: wharf run lifecycle-lab), "
                            + "set WHARF_APP, or put \"app\" in " + ProfileFile.DEFAULT_NAME + ".");
        }
        return settings;
    }

    private ProfileValues profileValues() {
        Path file = profile;
        if (file == null) {
            Path here = Path.of(ProfileFile.DEFAULT_NAME);
            if (!Files.isRegularFile(here)) {
                return ProfileValues.NONE;
            }
            file = here;
        }
        try {
            ProfileDocument document = ProfileFile.read(file);
            log.info("Reading settings from profile {}", file);
            document.warnings().forEach(log::warn);
            return document.toValues();
        } catch (ProfileException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
