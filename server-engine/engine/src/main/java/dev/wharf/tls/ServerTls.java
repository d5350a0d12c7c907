package dev.wharf.tls;

import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.tls.dev.DataFolder;
import dev.wharf.tls.dev.DevCertificates;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.ClientAuth;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.io.IOException;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one {@link SslContext} a worker serves with from the TLS settings: read once per
 * worker (building it per connection would re-read the files and re-make the key managers), with
 * the JDK's TLS provider.
 */
public final class ServerTls {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

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
        HandshakeWarmUp.run(context);
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
        SslContextBuilder builder = SslContextBuilder.forServer(
                        certificate.key(), certificate.chain().toArray(X509Certificate[]::new))
                .sslProvider(SslProvider.JDK)
                .protocols(protocols(tls.version()))
                .clientAuth(clientAuth(tls.clientCerts()));
        if (tls.http2()) {
            // ALPN: h2 for clients that ask for it, HTTP/1.1 for the rest (and for clients that send no ALPN).
            builder.applicationProtocolConfig(new ApplicationProtocolConfig(
                    ApplicationProtocolConfig.Protocol.ALPN,
                    ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                    ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                    ApplicationProtocolNames.HTTP_2,
                    ApplicationProtocolNames.HTTP_1_1));
        }
        if (ciphers != null) {
            builder.ciphers(ciphers);
        }
        if (tls.clientCerts() != ClientCertificates.NONE && tls.caCerts() == null) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CA_CERTS,
                    null,
                    "is needed with --ssl-cert-reqs " + tls.clientCerts().name().toLowerCase(java.util.Locale.ROOT)
                            + ": the certificates client certificates must be signed by");
        }
        if (tls.caCerts() != null) {
            List<X509Certificate> authorities = PemFiles.certificates(TlsOptions.SSL_CA_CERTS, tls.caCerts());
            builder.trustManager(authorities.toArray(X509Certificate[]::new));
        }
        try {
            return builder.build();
        } catch (SSLException | RuntimeException e) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CERTFILE, files.certfile(), "cannot serve TLS with it: " + e.getMessage(), e);
        }
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
