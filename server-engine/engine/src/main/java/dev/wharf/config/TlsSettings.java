package dev.wharf.config;

import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.ClientCertificates;
import java.nio.file.Path;

/**
 * The TLS settings as {@code dev.wharf.tls} reads them, built by {@link Config#tls()}.
 *
 * @param keyfile        --ssl-keyfile, or {@code null}
 * @param certfile       --ssl-certfile, or {@code null}
 * @param keyPassword    --ssl-keyfile-password, or {@code null}
 * @param version        --ssl-version: {@link TlsOptions#ANY_VERSION}, TLSv1.2 or TLSv1.3
 * @param clientCerts    --ssl-cert-reqs
 * @param caCerts        --ssl-ca-certs, or {@code null}
 * @param ciphers        --ssl-ciphers
 * @param dev            --ssl-dev
 * @param host           --host, which the development certificate names besides localhost
 * @param http2          --http2: offer h2 by ALPN
 */
public record TlsSettings(
        Path keyfile,
        Path certfile,
        String keyPassword,
        String version,
        ClientCertificates clientCerts,
        Path caCerts,
        String ciphers,
        boolean dev,
        String host,
        boolean http2) {

    /** Whether the server speaks TLS: Uvicorn's {@code is_ssl}, or the development certificate. */
    public boolean enabled() {
        return keyfile != null || certfile != null || dev;
    }

    /** Whether the development certificate is served: asked for, and no certificate of one's own given. */
    public boolean usesDevCertificate() {
        return dev && keyfile == null && certfile == null;
    }
}
