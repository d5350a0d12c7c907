package dev.wharf.tls;

import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.IdentityCipherSuiteFilter;
import io.netty.handler.ssl.JdkSslContext;
import io.netty.handler.ssl.SslContext;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/**
 * The server's TLS context: the JDK's own {@link SSLContext}, built here from the key and its chain
 * ({@link OneKeyManager}) and the authorities client certificates must chain to, in Netty's {@link
 * JdkSslContext}. Not through
 * {@code SslContextBuilder}: its JDK server context, when first loaded, reads a certificate and key
 * of its own to probe the JDK, and with Bouncy Castle on the classpath (for --ssl-dev) that makes a
 * Bouncy Castle provider, some 600 classes: seconds of every worker's start on a busy machine.
 */
final class JdkServerContext {

    private JdkServerContext() {}

    /**
     * @param ciphers     the suites to enable, or {@code null} for the JDK's
     * @param authorities what client certificates must chain to, or {@code null} when none are asked for
     */
    static SslContext build(
            ServerCertificate certificate,
            String[] protocols,
            List<String> ciphers,
            ClientAuth clientAuth,
            List<X509Certificate> authorities)
            throws GeneralSecurityException, IOException {
        KeyManager[] keys = {new OneKeyManager(certificate.key(), certificate.chain())};
        TrustManager[] trust = null;
        if (authorities != null) {
            KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
            trusted.load(null, null);
            for (int i = 0; i < authorities.size(); i++) {
                trusted.setCertificateEntry("authority-" + i, authorities.get(i));
            }
            TrustManagerFactory trustManagers =
                    TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trustManagers.init(trusted);
            trust = trustManagers.getTrustManagers();
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys, trust, null);
        return new JdkSslContext(
                context,
                false,
                ciphers,
                IdentityCipherSuiteFilter.INSTANCE,
                // ALPN is set on each engine (ServerTls.newHandler), not through Netty's wrapper.
                ApplicationProtocolConfig.DISABLED,
                clientAuth,
                protocols,
                false);
    }
}
