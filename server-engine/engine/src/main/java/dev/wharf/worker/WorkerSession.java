package dev.wharf.worker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.setting.Setting;
import dev.wharf.control.ControlMessage;
import dev.wharf.control.ControlMessage.BindMode;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.SettingsJson;
import dev.wharf.importer.AppImportException;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.LoadedApp;
import dev.wharf.logging.LogLevels;
import dev.wharf.plugins.AppPlugins;
import dev.wharf.plugins.LatestTelemetry;
import dev.wharf.plugins.PluginException;
import dev.wharf.plugins.ServedCode;
import dev.wharf.server.AppliedSettings;
import dev.wharf.server.InheritedSocket;
import dev.wharf.server.ListenSocket;
import dev.wharf.server.Server;
import dev.wharf.server.ServerStartupException;
import dev.wharf.server.Transport;
import dev.wharf.tls.TlsPreparation;
import dev.wharf.tls.TlsRehearsal;
import dev.wharf.worker.WorkerControl.Command;
import dev.wharf.worker.hotswap.HotSwap;
import io.netty.channel.unix.FileDescriptor;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import sun.misc.Signal;

/**
 * One worker's life, from its hello to its exit: receive the socket and the settings, load the
 * app, run lifespan startup, serve, report telemetry, and stop when the supervisor says so (or
 * goes away). Runs on the process's main thread; the control channel's callbacks hand it commands.
 */
final class WorkerSession {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private static final long ADOPTION_GRACE_MILLIS = 100;

    private final WorkerEnvironment env;
    private final Transport transport = Transport.best();

    WorkerSession(WorkerEnvironment env) {
        this.env = env;
    }

    /** @return the process's exit code */
    int run() throws InterruptedException {
        // CTRL+C in a terminal reaches every process of the group: the supervisor alone decides what the workers do.
        ignore("INT");
        WorkerControl control;
        try {
            control = WorkerControl.connect(env, transport);
        } catch (Exception e) {
            System.err.println(
                    "Worker " + env.workerId() + " cannot reach its supervisor at " + env.controlSocket() + ": " + e);
            return 1;
        }
        try {
            return serve(control);
        } finally {
            control.close();
        }
    }

    private int serve(WorkerControl control) throws InterruptedException {
        // A spare adopted as it starts gets its socket at once (a reload was waiting for it): no time to warm up then.
        if (env.spare() && !control.awaitConfigure(ADOPTION_GRACE_MILLIS)) {
            SpareWarmUp.run(control::configureArrived);
            rehearseTls(env.warmUp(), control::configureArrived);
            FrameworkWarmUp.run(env.warmUp(), control::configureArrived);
        }
        ControlMessage.Configure configure = control.awaitConfigure();
        if (configure == null) {
            return 1; // the supervisor went away before configuring us
        }
        Settings settings = decode(configure.settings());
        Config config = new Config(settings);
        LogLevels.apply(config.logLevel());
        control.send(new ControlMessage.Phase(LifespanPhase.STARTING, null));
        TlsPreparation tls = TlsPreparation.start(config.tls());
        LoadedApp app;
        try {
            app = new AppImporter().load(config.importRequest());
        } catch (AppImportException e) {
            log.error(e.getMessage());
            failed(control, e.getMessage());
            return e.exitCode();
        }
        LatestTelemetry pluginTelemetry = new LatestTelemetry();
        ServedCode code = ServedCode.of(config.app(), config.importRequest().appDir());
        try {
            app = AppPlugins.apply(config, app, pluginTelemetry, code);
        } catch (PluginException e) {
            log.error(e.getMessage());
            failed(control, e.getMessage());
            return 2;
        }
        ListenSocket listen = listenSocket(configure.bindMode(), control.descriptor(), config);
        Server server = new Server(config, app, transport, listen, tls);
        try {
            server.start();
        } catch (ServerStartupException e) {
            String message = server.lifespan().failureMessage() != null
                    ? server.lifespan().failureMessage()
                    : e.getMessage() != null ? e.getMessage() : "startup failed";
            if (e.getMessage() != null) {
                log.error(e.getMessage());
            }
            failed(control, message);
            return e.exitCode();
        }
        control.send(new ControlMessage.Phase(LifespanPhase.STARTED, null));
        server.onExitRequested(() -> control.commands().offer(new Command.Drain()));
        Signal.handle(new Signal("TERM"), signal -> control.commands().offer(new Command.Drain()));
        TelemetryReporter telemetry = new TelemetryReporter(
                control.connection(), server.state(), server.lifespan().state(), pluginTelemetry, app.sessions());
        telemetry.start();
        HotSwap hotSwap = new HotSwap(app.classLoader());
        boolean forced = false;
        while (true) {
            Command command = control.commands().take();
            if (command instanceof Command.Ping ping) {
                server.runOnEventLoop(() -> control.send(new ControlMessage.Pong(ping.seq())));
            } else if (command instanceof Command.Apply apply) {
                AppliedSettings applied = server.applySettings(decode(apply.settings()));
                control.send(new ControlMessage.SettingsApplied(keys(applied.applied()), keys(applied.needRestart())));
            } else if (command instanceof Command.Redefine redefine) {
                HotSwap.Result swapped = hotSwap.apply(redefine.classes());
                control.send(new ControlMessage.Redefined(
                        redefine.seq(),
                        swapped.redefined(),
                        swapped.pending().size(),
                        swapped.refusal(),
                        swapped.nanos() / 1_000));
                if (swapped.refusal() == null) {
                    code.swapped(redefine.classes()); // after the answer: a plugin's news never delays the swap
                }
            } else if (command instanceof Command.Drain) {
                break;
            } else if (command instanceof Command.Shutdown) {
                forced = true;
                break;
            }
        }
        control.send(new ControlMessage.Phase(LifespanPhase.SHUTTING_DOWN, null));
        code.draining();
        if (forced) {
            server.forceExit();
        } else {
            // A second word from the supervisor while draining cuts what remains.
            Thread.ofVirtual().start(() -> awaitForce(control, server));
        }
        boolean clean = server.shutdown();
        telemetry.stop();
        telemetry.flush();
        control.send(new ControlMessage.Phase(LifespanPhase.STOPPED, null));
        control.flush(1, TimeUnit.SECONDS);
        return clean ? 0 : 1;
    }

    /**
     * A spare of a TLS server builds a throwaway TLS context while it waits, so that once adopted it
     * builds the real one on warm code. Not once adopted: the real context is then being built
     * beside the app's import, and a rehearsal first would only delay it.
     */
    private static void rehearseTls(WorkerEnvironment.AppHint hint, BooleanSupplier adopted) {
        if (hint != null && hint.tls() != WorkerEnvironment.TlsHint.NONE && !adopted.getAsBoolean()) {
            TlsRehearsal.run(hint.tls() == WorkerEnvironment.TlsHint.HTTP2);
        }
    }

    /** Reports the failure and makes sure it is written before the process exits. */
    private static void failed(WorkerControl control, String message) throws InterruptedException {
        control.send(new ControlMessage.Phase(LifespanPhase.FAILED, message));
        control.flush(1, TimeUnit.SECONDS);
    }

    private static void awaitForce(WorkerControl control, Server server) {
        try {
            while (true) {
                Command command = control.commands().take();
                if (command instanceof Command.Shutdown) {
                    server.forceExit();
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private ListenSocket listenSocket(BindMode mode, FileDescriptor fd, Config config) {
        if (mode == BindMode.SHARED_SOCKET) {
            // Socket activation can hand over a Unix socket without --uds: the kernel says which kind it is.
            return config.fd() != null
                    ? InheritedSocket.check(fd.intValue())
                    : new ListenSocket.Inherited(fd.intValue(), config.uds() != null);
        }
        return new ListenSocket.ReusePort();
    }

    private static Settings decode(JsonNode json) {
        return SettingsJson.decode(json);
    }

    private static List<String> keys(List<Setting<?>> settings) {
        return settings.stream().map(Setting::key).toList();
    }

    private static void ignore(String signal) {
        try {
            Signal.handle(new Signal(signal), s -> {});
        } catch (IllegalArgumentException e) {
            // not a signal on this platform
        }
    }
}
