package dev.wharf.tls;

import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import java.nio.ByteBuffer;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One TLS handshake between the server's own context and a throwaway client, in memory, before the
 * worker serves: the JDK loads and initialises most of its TLS classes on the first handshake,
 * which would otherwise cost the first client of every new worker a few hundred milliseconds.
 * Its outcome does not matter (a server that requires client certificates refuses it).
 */
final class HandshakeWarmUp {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private HandshakeWarmUp() {}

    static void run(SslContext server) {
        try {
            SSLEngine serverEngine = server.newEngine(ByteBufAllocator.DEFAULT);
            SSLContext trustingAll = SSLContext.getInstance("TLS");
            trustingAll.init(null, new TrustManager[] {new AcceptAnything()}, null);
            SSLEngine clientEngine = trustingAll.createSSLEngine("localhost", 443);
            clientEngine.setUseClientMode(true);
            handshake(clientEngine, serverEngine);
        } catch (Exception e) {
            log.debug("TLS warm-up handshake: {}", e.toString());
        }
    }

    private static void handshake(SSLEngine client, SSLEngine server) throws SSLException {
        int size = Math.max(
                client.getSession().getPacketBufferSize(), server.getSession().getPacketBufferSize());
        ByteBuffer toServer = ByteBuffer.allocate(size * 4);
        ByteBuffer toClient = ByteBuffer.allocate(size * 4);
        ByteBuffer empty = ByteBuffer.allocate(0);
        ByteBuffer sink = ByteBuffer.allocate(client.getSession().getApplicationBufferSize() * 2);
        client.beginHandshake();
        server.beginHandshake();
        for (int step = 0; step < 100 && !(done(client) && done(server)); step++) {
            client.wrap(empty, toServer);
            runTasks(client);
            toServer.flip();
            server.unwrap(toServer, sink.clear());
            toServer.compact();
            runTasks(server);
            server.wrap(empty, toClient);
            runTasks(server);
            toClient.flip();
            client.unwrap(toClient, sink.clear());
            toClient.compact();
            runTasks(client);
        }
    }

    private static boolean done(SSLEngine engine) {
        HandshakeStatus status = engine.getHandshakeStatus();
        return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
    }

    private static void runTasks(SSLEngine engine) {
        Runnable task;
        while ((task = engine.getDelegatedTask()) != null) {
            task.run();
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
