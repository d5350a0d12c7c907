package dev.wharf.tls;

import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.tls.dev.DataFolder;
import dev.wharf.tls.dev.DevCertificates;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link SslContext} a worker serves with from the TLS settings: read once per
 * worker (building it per connection would re-read the files and re-make the key managers), with
 * the JDK's TLS provider ({@link JdkServerContext}), ALPN set on each connection's engine.
 */
public final class ServerTls {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    /** What ALPN offers with HTTP/2 on, in the server's order of preference; clients asking for neither get HTTP/1.1. */
    static final String[] ALPN = {ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1};

    private ServerTls() {}

    /**
     * What a worker serves with: {@code null} for plain HTTP, else its TLS context, the development
     * certificate made first when it is asked for, and one handshake made in memory so the first
     * client does not wait for the JDK to load its TLS classes.
     *
     * @throws TlsSetupException naming the setting and file at fault
     */
    public static SslContext forWorker(TlsSettings tls) throws TlsSetupException {
        if (!tls.enabled()) {
            return null;
        }
        Instant now = Instant.now();
        DevFiles devFiles = tls.usesDevCertificate() ? devFiles(tls.host(), now) : null;
        SslContext context = context(tls, devFiles, now);
        HandshakeWarmUp.run(context, tls.http2());
        return context;
    }

    /** Reads and checks what the TLS settings name (making the development certificate if asked), serving nothing. */
    public static void check(TlsSettings tls, Instant now) throws TlsSetupException {
        if (tls.enabled()) {
            context(tls, tls.usesDevCertificate() ? devFiles(tls.host(), now) : null, now);
        }
    }

    /** Makes or renews the development certificate, and says where it is. */
    public static DevFiles devFiles(String host, Instant now) throws TlsSetupException {
        DevCertificates dev = new DevCertificates(DataFolder.ofUser());
        try {
            if (dev.ensure(host, now)) {
                log.warn(
                        "Made a development certificate authority in {}: run `wharf trust` once so browsers trust it",
                        dev.authorityCertificate().getParent());
            }
        } catch (IOException e) {
            throw new TlsSetupException(
                    TlsOptions.SSL_DEV,
                    dev.authorityCertificate().getParent(),
                    "cannot make the development certificate: " + e.getMessage(),
                    e);
        }
        return new DevFiles(dev.serverKey(), dev.serverCertificate());
    }

    /**
     * The server's TLS context, the certificate's files read and checked.
     *
     * @param devFiles the development certificate's key and certificate files, when {@link
     *     TlsSettings#usesDevCertificate()}; {@code null} otherwise
     * @throws TlsSetupException naming the setting and file at fault
     */
    public static SslContext context(TlsSettings tls, DevFiles devFiles, Instant now) throws TlsSetupException {
        TlsSettings files = tls;
        if (tls.usesDevCertificate()) {
            files = new TlsSettings(
                    devFiles.keyfile(),
                    devFiles.certfile(),
                    null,
                    tls.version(),
                    tls.clientCerts(),
                    tls.caCerts(),
                    tls.ciphers(),
                    tls.dev(),
                    tls.host(),
                    tls.http2());
        }
        ServerCertificate certificate = ServerCertificate.read(files, now);
        List<String> ciphers = CipherSuites.parse(tls.ciphers());
        if (tls.clientCerts() != ClientCertificates.NONE && tls.caCerts() == null) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CA_CERTS,
                    null,
                    "is needed with --ssl-cert-reqs " + tls.clientCerts().name().toLowerCase(java.util.Locale.ROOT)
                            + ": the certificates client certificates must be signed by");
        }
        List<X509Certificate> authorities =
                tls.caCerts() == null ? null : PemFiles.certificates(TlsOptions.SSL_CA_CERTS, tls.caCerts());
        try {
            return JdkServerContext.build(
                    certificate, protocols(tls.version()), ciphers, clientAuth(tls.clientCerts()), authorities);
        } catch (GeneralSecurityException | IOException | RuntimeException e) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CERTFILE, files.certfile(), "cannot serve TLS with it: " + e.getMessage(), e);
        }
    }

    /**
     * A connection's TLS handler, offering h2 then HTTP/1.1 by ALPN when {@code http2}. ALPN is the
     * JDK engine's own ({@link SSLParameters#setApplicationProtocols}, the server's order wins), not
     * Netty's ALPN wrapper: that one looks for Bouncy Castle's TLS provider on every new engine, and
     * with Bouncy Castle on the classpath (for --ssl-dev) it instantiates its JCE provider for that,
     * which loaded some 500 classes and took seconds of a worker's start. {@code
     * engine().getApplicationProtocol()} says what was chosen once the handshake is done.
     */
    public static SslHandler newHandler(SslContext context, ByteBufAllocator alloc, boolean http2) {
        return new SslHandler(newEngine(context, alloc, http2));
    }

    static SSLEngine newEngine(SslContext context, ByteBufAllocator alloc, boolean http2) {
        SSLEngine engine = context.newEngine(alloc);
        if (http2) {
            SSLParameters parameters = engine.getSSLParameters();
            parameters.setApplicationProtocols(ALPN);
            engine.setSSLParameters(parameters);
        }
        return engine;
    }

    /** --ssl-version: Python's PROTOCOL_TLS_SERVER negotiates what both sides know, here 1.2 or 1.3. */
    static String[] protocols(String version) {
        return switch (version) {
            case "TLSv1.2" -> new String[] {"TLSv1.2"};
            case "TLSv1.3" -> new String[] {"TLSv1.3"};
            default -> new String[] {"TLSv1.3", "TLSv1.2"};
        };
    }

    private static ClientAuth clientAuth(ClientCertificates wanted) {
        return switch (wanted) {
            case NONE -> ClientAuth.NONE;
            case OPTIONAL -> ClientAuth.OPTIONAL;
            case REQUIRED -> ClientAuth.REQUIRE;
        };
    }

    /**
     * Where the development certificate's files are.
     *
     * @param keyfile  its private key, PEM
     * @param certfile the certificate, then the local authority's
     */
    public record DevFiles(Path keyfile, Path certfile) {}
}
