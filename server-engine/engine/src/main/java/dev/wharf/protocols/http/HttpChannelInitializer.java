package dev.wharf.protocols.http;

import dev.wharf.protocols.ByteCounter;
import dev.wharf.protocols.ProtocolContext;
import dev.wharf.tls.ServerTls;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;

/**
 * Builds each connection's pipeline, which reads as the request's path through the worker: TLS,
 * when on, is taken off the bytes and chooses the HTTP version by ALPN; in clear text the first
 * bytes do (HTTP/2's preface, or an HTTP/1.1 request line). Then {@link Http1Pipeline} or
 * {@link Http2Pipeline} decodes requests, runs the ASGI cycle and encodes the responses.
 */
public final class HttpChannelInitializer extends ChannelInitializer<Channel> {

    private final ProtocolContext protocol;

    public HttpChannelInitializer(ProtocolContext protocol) {
        this.protocol = protocol;
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("byte-counter", new ByteCounter(protocol.serverState()));
        if (protocol.tls() != null) {
            pipeline.addLast("tls", ServerTls.newHandler(protocol.tls(), channel.alloc(), protocol.http2()));
            if (protocol.http2()) {
                pipeline.addFirst("pending", new PendingConnection(protocol));
                pipeline.addLast("alpn", new AlpnNegotiation(protocol));
                return;
            }
        } else if (protocol.http2()) {
            pipeline.addFirst("pending", new PendingConnection(protocol));
            pipeline.addLast("prior-knowledge", new PriorKnowledge(protocol));
            return;
        }
        Http1Pipeline.install(pipeline, protocol);
    }
}
