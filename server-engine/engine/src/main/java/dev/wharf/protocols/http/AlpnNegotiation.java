package dev.wharf.protocols.http;

import dev.wharf.protocols.ProtocolContext;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ApplicationProtocolNegotiationHandler;
import io.netty.handler.ssl.SslHandler;

/** After the TLS handshake: HTTP/2 for a client that chose h2 by ALPN, HTTP/1.1 for any other. */
final class AlpnNegotiation extends ApplicationProtocolNegotiationHandler {

    private final ProtocolContext protocol;

    AlpnNegotiation(ProtocolContext protocol) {
        super(ApplicationProtocolNames.HTTP_1_1);
        this.protocol = protocol;
    }

    @Override
    protected void configurePipeline(ChannelHandlerContext ctx, String fallback) {
        // ALPN is the JDK engine's own (see ServerTls.newHandler), which Netty's handler cannot read: the engine says.
        SslHandler tls = ctx.pipeline().get(SslHandler.class);
        String chosen = tls == null ? fallback : tls.engine().getApplicationProtocol();
        if (ApplicationProtocolNames.HTTP_2.equals(chosen)) {
            Http2Pipeline.install(ctx.pipeline(), protocol);
        } else {
            Http1Pipeline.install(ctx.pipeline(), protocol);
        }
        PendingConnection.chosen(ctx.pipeline());
    }

    @Override
    protected void handshakeFailure(ChannelHandlerContext ctx, Throwable cause) {
        // A client that does not trust the certificate, or speaks plain HTTP to the TLS port: its own business.
        ctx.close();
    }
}
