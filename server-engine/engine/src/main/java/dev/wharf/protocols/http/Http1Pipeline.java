package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpResponseEncoder;

/** HTTP/1.1 on a connection: bytes decoded into requests, the ASGI cycle, responses encoded back. */
final class Http1Pipeline {

    private Http1Pipeline() {}

    static void install(ChannelPipeline pipeline, ProtocolContext protocol) {
        pipeline.addLast("http-decoder", new RequestDecoder(protocol.maxIncompleteEventSize()));
        pipeline.addLast("http-encoder", new HttpResponseEncoder());
        pipeline.addLast("asgi-http", new HttpConnection(protocol));
    }
}
