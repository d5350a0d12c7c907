package dev.wharf.supervisor.process;

import dev.wharf.control.ControlConnection;
import dev.wharf.server.Transport;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import java.nio.file.Path;

/**
 * One worker's private control socket: bound in a folder only this user can enter, it accepts one
 * connection (the worker's) and then stops listening, so nobody else can connect afterwards.
 */
final class ControlServer {

    /** The supervisor's end of one worker's channel: told its connection before any message arrives. */
    interface Endpoint extends ControlConnection.Listener {
        void attach(ControlConnection connection);
    }

    private ControlServer() {}

    /** @return the listening channel, to close if the worker never connects */
    static Channel listen(Path socket, Transport transport, EventLoopGroup group, Endpoint endpoint)
            throws InterruptedException {
        Channel[] server = new Channel[1];
        server[0] = new ServerBootstrap()
                .group(group)
                .channel(transport.domainSocketChannel())
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel channel) {
                        server[0].close();
                        endpoint.attach(ControlConnection.install(channel, endpoint));
                    }
                })
                .bind(transport.domainAddress(socket))
                .sync()
                .channel();
        return server[0];
    }
}
