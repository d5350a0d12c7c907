package dev.wharf.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * TLS handshakes between the server's own context and a throwaway client, in memory, through
 * Netty's {@link SslHandler} on both sides as a connection has it, before the worker serves: the
 * JDK loads and initialises most of its TLS classes on the first handshake and runs its code
 * interpreted until it has run a few times, which would otherwise cost the first client of every
 * new worker a few hundred milliseconds. The client asks for h2 by ALPN as browsers do. The outcome
 * does not matter (a server that requires client certificates refuses it).
 */
final class HandshakeWarmUp {

    /** The first loads the classes, the second runs the same code again (the first client's handshake is then its third). */
    static final int HANDSHAKES = 2;

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private HandshakeWarmUp() {}

    static void run(SslContext server, boolean http2) {
        try {
            SSLContext trustingAll = SSLContext.getInstance("TLS");
            trustingAll.init(null, new TrustManager[] {new AcceptAnything()}, null);
            for (int i = 0; i < HANDSHAKES; i++) {
                SSLEngine client = trustingAll.createSSLEngine("localhost", 443);
                client.setUseClientMode(true);
                if (http2) {
                    SSLParameters parameters = client.getSSLParameters();
                    parameters.setApplicationProtocols(ServerTls.ALPN);
                    client.setSSLParameters(parameters);
                }
                handshake(new SslHandler(client), ServerTls.newHandler(server, ByteBufAllocator.DEFAULT, http2));
            }
        } catch (Exception e) {
            log.debug("TLS warm-up handshake: {}", e.toString());
        }
    }

    /** Carries bytes between the two sides until both have finished their handshake (or 20 steps have passed). */
    static void handshake(SslHandler client, SslHandler server) {
        EmbeddedChannel serverSide = new EmbeddedChannel(server);
        EmbeddedChannel clientSide = new EmbeddedChannel(client);
        try {
            for (int step = 0;
                    step < 20
                            && !(client.handshakeFuture().isDone()
                                    && server.handshakeFuture().isDone());
                    step++) {
                carry(clientSide, serverSide);
                carry(serverSide, clientSide);
            }
            // TLS 1.3's session ticket comes after the handshake: the client reads it, as a browser does.
            carry(serverSide, clientSide);
        } finally {
            clientSide.finishAndReleaseAll();
            serverSide.finishAndReleaseAll();
        }
    }

    private static void carry(EmbeddedChannel from, EmbeddedChannel to) {
        for (Object bytes = from.readOutbound(); bytes != null; bytes = from.readOutbound()) {
            if (to.isOpen()) {
                to.writeInbound(bytes);
            } else {
                ReferenceCountUtil.release(bytes);
            }
        }
    }

    /** Trusts any certificate: it only ever talks to this worker's own context, in memory. */
    private static final class AcceptAnything implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
