package dev.wharf.protocols.http;

import dev.wharf.protocols.ByteCounter;
import dev.wharf.protocols.ProtocolContext;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;

/**
 * Builds each connection's pipeline, which reads as the request's path through the worker:
 * TLS, when on, is taken off the bytes; they are decoded into a request, the {@link HttpConnection} runs the ASGI cycle, and the
 * response is encoded back into bytes.
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
            pipeline.addLast("tls", protocol.tls().newHandler(channel.alloc()));
        }
        pipeline.addLast("http-decoder", new RequestDecoder(protocol.maxIncompleteEventSize()));
        pipeline.addLast("http-encoder", new HttpResponseEncoder());
        pipeline.addLast("asgi-http", new HttpConnection(protocol));
    }
}
