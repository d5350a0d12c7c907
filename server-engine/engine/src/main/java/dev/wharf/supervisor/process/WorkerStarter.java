package dev.wharf.supervisor.process;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.control.ControlMessage;
import dev.wharf.server.Transport;
import dev.wharf.worker.WorkerEnvironment;
import io.netty.channel.Channel;
import io.netty.channel.EventLoopGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Makes worker processes for one run of the server: numbers them, gives each a secret token and a
 * private control socket, starts its JVM with the env file's variables, follows its output and
 * tells the supervisor's thread when it exits. Owned by the supervisor's thread.
 */
final class WorkerStarter {

    private static final Duration OUTPUT_GRACE = Duration.ofSeconds(2);

    /** What the supervisor's thread is told about a worker. */
    interface Listener {
        void onMessage(WorkerHandle handle, ControlMessage message);

        void onControlClosed(WorkerHandle handle);

        void onExit(WorkerHandle handle);
    }

    private final WorkerLauncher launcher;
    private final Transport transport;
    private final EventLoopGroup netty;
    private final SupervisorLoop loop;
    private final WorkerOutput output;
    private final Listener listener;
    private final SecureRandom random = new SecureRandom();
    private int nextId = 1;
    private ControlFolder folder;
    private Map<String, String> envFile = Map.of();

    WorkerStarter(
            WorkerLauncher launcher,
            Transport transport,
            EventLoopGroup netty,
            SupervisorLoop loop,
            WorkerOutput output,
            Listener listener) {
        this.launcher = launcher;
        this.transport = transport;
        this.netty = netty;
        this.loop = loop;
        this.output = output;
        this.listener = listener;
    }

    /** A new run of the server: its control sockets in a new folder, its workers with these variables. */
    void open(Map<String, String> envFile) throws IOException {
        this.envFile = Map.copyOf(envFile);
        this.folder = ControlFolder.create();
    }

    /** The run has ended: its control sockets go. */
    void close() {
        if (folder != null) {
            folder.delete();
            folder = null;
        }
    }

    /** The id the next worker gets. */
    int nextId() {
        return nextId;
    }

    /** A handle for a worker not started yet. {@code settings} is null for a spare. */
    WorkerHandle handle(int slot, int generation, int restarts, Integer previousExitCode, Settings settings) {
        byte[] secret = new byte[16];
        random.nextBytes(secret);
        return new WorkerHandle(
                nextId++,
                slot,
                generation,
                HexFormat.of().formatHex(secret),
                restarts,
                previousExitCode,
                settings,
                loop,
                listener::onMessage,
                listener::onControlClosed);
    }

    /** Where worker {@code workerId} of this run is listened for. */
    Path controlSocket(int workerId) {
        return folder.socketOf(workerId);
    }

    /** Whether the worker will serve TLS: its settings say so, or, for a spare, the app it warms up for. */
    static boolean servesTls(WorkerHandle handle, WorkerEnvironment.AppHint warmUp) {
        if (handle.settings() != null) {
            return new Config(handle.settings()).tls().enabled();
        }
        return warmUp != null && warmUp.tls() != WorkerEnvironment.TlsHint.NONE;
    }

    /** Starts the handle's process, listening first on its control socket. */
    void launch(WorkerHandle handle, List<String> jvmOptions) throws IOException, InterruptedException {
        launch(handle, jvmOptions, null);
    }

    /** The same, for a spare that may warm up for {@code warmUp}'s app. */
    void launch(WorkerHandle handle, List<String> jvmOptions, WorkerEnvironment.AppHint warmUp)
            throws IOException, InterruptedException {
        Path controlSocket = controlSocket(handle.id);
        Channel controlServer = ControlServer.listen(controlSocket, transport, netty, handle);
        WorkerLauncher.Launched launched;
        try {
            launched = launcher.start(
                    new WorkerEnvironment(
                            controlSocket,
                            handle.token,
                            handle.id,
                            handle.generation(),
                            handle.state().spare(),
                            warmUp),
                    jvmOptions,
                    envFile,
                    servesTls(handle, warmUp));
        } catch (IOException | RuntimeException e) {
            // No process will ever connect: its socket and file must not outlive the failed start.
            controlServer.close().syncUninterruptibly();
            Files.deleteIfExists(controlSocket);
            throw e;
        }
        handle.launched(controlServer, jvmOptions, launched.process());
        // Its exit is handled once its last lines are read too, so a crash report quotes them; a
        // child process it left holding its output does not hold that up for long.
        CompletableFuture<Void> outputRead = output.follow(handle);
        launched.exited()
                .thenCompose(
                        exited -> outputRead.completeOnTimeout(null, OUTPUT_GRACE.toMillis(), TimeUnit.MILLISECONDS))
                .thenRun(() -> loop.execute(() -> listener.onExit(handle)));
    }
}
