package dev.wharf.worker;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.control.ControlConnection;
import dev.wharf.control.ControlMessage;
import dev.wharf.server.Transport;
import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.unix.DomainSocketReadMode;
import io.netty.channel.unix.FileDescriptor;
import io.netty.channel.unix.UnixChannelOption;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The worker's end of its control channel: says hello, receives the listening socket and the
 * settings, and turns the supervisor's messages into {@link Command}s for the worker's main thread.
 * If the supervisor goes away, that is a drain: a worker never outlives its supervisor.
 */
final class WorkerControl implements ControlConnection.Listener {

    /** What the supervisor asks of the worker, in the order it asked. */
    sealed interface Command {
        record Ping(long seq) implements Command {}

        record Apply(JsonNode settings) implements Command {}

        record Redefine(long seq, Map<String, byte[]> classes) implements Command {}

        record Drain() implements Command {}

        record Shutdown() implements Command {}
    }

    private final BlockingQueue<Command> commands = new LinkedBlockingQueue<>();
    private final CompletableFuture<ControlMessage.Configure> configure = new CompletableFuture<>();
    /** Completed by the first of: the socket, the settings, the supervisor going away. */
    private final CompletableFuture<Void> handedOver = new CompletableFuture<>();

    private final EventLoopGroup group;
    private ControlConnection connection;
    private volatile FileDescriptor descriptor;

    private WorkerControl(EventLoopGroup group) {
        this.group = group;
    }

    static WorkerControl connect(WorkerEnvironment env, Transport transport) throws InterruptedException {
        EventLoopGroup group = new MultiThreadIoEventLoopGroup(
                1, new DefaultThreadFactory("wharf-control", true), transport.ioHandlerFactory());
        WorkerControl control = new WorkerControl(group);
        Bootstrap bootstrap = new Bootstrap()
                .group(group)
                .channel(transport.domainClientChannel())
                .handler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        control.connection = ControlConnection.install(channel, control);
                    }
                });
        if (transport.passesSockets()) {
            // Until the socket arrives, the channel reads descriptors; then it switches to bytes.
            bootstrap.option(transport.readModeOption(), DomainSocketReadMode.FILE_DESCRIPTORS);
        }
        try {
            bootstrap.connect(transport.domainAddress(env.controlSocket())).sync();
        } catch (RuntimeException e) {
            group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
            throw e;
        }
        Runtime.Version version = Runtime.version();
        control.send(new ControlMessage.Hello(
                env.workerId(),
                env.token(),
                ProcessHandle.current().pid(),
                env.generation(),
                "Java " + version.feature() + " (" + System.getProperty("java.vm.name") + " " + version + ")"));
        return control;
    }

    /** Waits for the settings; {@code null} if the supervisor went away first. */
    ControlMessage.Configure awaitConfigure() throws InterruptedException {
        try {
            return configure.get();
        } catch (ExecutionException e) {
            return null;
        }
    }

    /** Whether the socket, the settings or the supervisor's going away have arrived: a spare's warm-up then stops early. */
    boolean configureArrived() {
        return handedOver.isDone();
    }

    /** Waits up to {@code millis} for what {@link #configureArrived()} looks for; whether it came. */
    boolean awaitConfigure(long millis) throws InterruptedException {
        try {
            handedOver.get(millis, TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return handedOver.isDone();
        }
    }

    /** The listening socket the supervisor passed, or {@code null} in reuse-port mode. */
    FileDescriptor descriptor() {
        return descriptor;
    }

    BlockingQueue<Command> commands() {
        return commands;
    }

    ControlConnection connection() {
        return connection;
    }

    void send(ControlMessage message) {
        connection.send(message);
    }

    /** Waits until what was sent so far has been written, so the last messages are not lost at exit. */
    void flush(long timeout, TimeUnit unit) throws InterruptedException {
        connection.channel().eventLoop().submit(() -> {}).await(timeout, unit);
    }

    void close() {
        connection.close();
        group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
    }

    @Override
    public void onMessage(ControlMessage message) {
        switch (message) {
            case ControlMessage.Configure c -> {
                configure.complete(c);
                handedOver.complete(null);
            }
            case ControlMessage.Ping ping -> commands.offer(new Command.Ping(ping.seq()));
            case ControlMessage.ApplySettings apply -> commands.offer(new Command.Apply(apply.settings()));
            case ControlMessage.Redefine redefine ->
                commands.offer(new Command.Redefine(redefine.seq(), redefine.classes()));
            case ControlMessage.Drain ignored -> commands.offer(new Command.Drain());
            case ControlMessage.Shutdown ignored -> commands.offer(new Command.Shutdown());
            default ->
                throw new IllegalStateException(
                        "a worker does not expect '" + message.getClass().getSimpleName() + "'");
        }
    }

    @Override
    public void onDescriptor(FileDescriptor fd) {
        descriptor = fd;
        handedOver.complete(null);
        connection.channel().config().setOption(UnixChannelOption.DOMAIN_SOCKET_READ_MODE, DomainSocketReadMode.BYTES);
        send(new ControlMessage.SocketReceived());
    }

    @Override
    public void onClosed() {
        configure.completeExceptionally(new IllegalStateException("the supervisor went away"));
        handedOver.complete(null);
        commands.offer(new Command.Drain());
    }
}
