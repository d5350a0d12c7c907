package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.control.ControlMessage;
import dev.wharf.server.Transport;
import dev.wharf.worker.WorkerEnvironment;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A worker whose JVM cannot start leaves nothing listening for it. */
class WorkerStarterTest {

    private final Transport transport = Transport.best();
    private final EventLoopGroup netty = new MultiThreadIoEventLoopGroup(1, transport.ioHandlerFactory());
    private WorkerStarter starter;

    @AfterEach
    void stop() {
        if (starter != null) {
            starter.close();
        }
        netty.shutdownGracefully().syncUninterruptibly();
    }

    @Test
    void aWorkerWhoseJvmCannotStartLeavesNoControlSocketBehind(@TempDir Path cache) throws IOException {
        starter = starter(cache);
        starter.open(Map.of());
        WorkerHandle handle = starter.handle(0, 1, 0, null, Settings.defaults());

        assertThatThrownBy(() -> starter.launch(handle, List.of()))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-java");

        assertThat(starter.controlSocket(handle.id)).doesNotExist();
        assertThat(Files.exists(starter.controlSocket(handle.id).getParent())).isTrue();
    }

    @Test
    void aWorkerServesTlsAsItsSettingsSayAndASpareAsTheServerItWarmsUpFor(@TempDir Path cache) throws IOException {
        starter = starter(cache);
        starter.open(Map.of());
        Settings plain = Settings.defaults();
        Settings https = plain.with(TlsOptions.SSL_DEV, true);
        WorkerEnvironment.AppHint tlsServer =
                new WorkerEnvironment.AppHint("hello", "", "AUTO", WorkerEnvironment.TlsHint.HTTP2);
        WorkerEnvironment.AppHint plainServer = new WorkerEnvironment.AppHint("hello", "", "AUTO");

        assertThat(WorkerStarter.servesTls(starter.handle(0, 1, 0, null, https), null))
                .isTrue();
        assertThat(WorkerStarter.servesTls(starter.handle(0, 1, 0, null, plain), tlsServer))
                .isFalse();
        assertThat(WorkerStarter.servesTls(starter.handle(-1, 0, 0, null, null), tlsServer))
                .isTrue();
        assertThat(WorkerStarter.servesTls(starter.handle(-1, 0, 0, null, null), plainServer))
                .isFalse();
        assertThat(WorkerStarter.servesTls(starter.handle(-1, 0, 0, null, null), null))
                .isFalse();
    }

    /** A starter whose launcher's java does not exist: no worker JVM ever runs. */
    private WorkerStarter starter(Path cache) {
        SupervisorLoop loop = new SupervisorLoop();
        WorkerLauncher launcher = new WorkerLauncher(
                cache.resolve("no-such-java").toString(), System.getProperty("java.class.path"), cache);
        return new WorkerStarter(
                launcher,
                transport,
                netty,
                loop,
                new WorkerOutput(new LogBuffer(100, 4), false, loop, line -> {}),
                new WorkerStarter.Listener() {
                    @Override
                    public void onMessage(WorkerHandle handle, ControlMessage message) {}

                    @Override
                    public void onControlClosed(WorkerHandle handle) {}

                    @Override
                    public void onExit(WorkerHandle handle) {}
                });
    }
}
