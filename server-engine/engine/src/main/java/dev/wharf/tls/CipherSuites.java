package dev.wharf.tls;

import dev.wharf.config.catalog.TlsOptions;
import io.netty.handler.ssl.CipherSuiteConverter;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.net.ssl.SSLContext;

/**
 * --ssl-ciphers as the JDK takes it. Uvicorn hands the text to OpenSSL, whose names
 * ({@code ECDHE-RSA-AES128-GCM-SHA256}) the JDK does not know, so each is turned into the IANA
 * name the JDK uses; IANA names pass as they are. OpenSSL's cipher-list keywords ({@code HIGH},
 * {@code !aNULL}) have no JDK meaning and are refused by name, except Uvicorn's default
 * {@code TLSv1}, which keeps the list Netty's JDK context enables by default (its modern suites that
 * the JDK has: ECDHE with AES-GCM, and with AES-CBC for RSA keys; TLS 1.3's AES-GCM).
 */
final class CipherSuites {

    private CipherSuites() {}

    /** The suites to enable, or {@code null} for the default list. */
    static List<String> parse(String ciphers) throws TlsSetupException {
        if (ciphers.strip().equalsIgnoreCase(TlsOptions.DEFAULT_CIPHERS)) {
            return null;
        }
        Set<String> supported = supported();
        Set<String> enabled = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : ciphers.split("[:,\\s]+")) {
            if (name.isEmpty()) {
                continue;
            }
            String java = supported.contains(name) ? name : CipherSuiteConverter.toJava(name, "TLS");
            if (java == null || !supported.contains(java)) {
                unknown.add(name);
            } else {
                enabled.add(java);
            }
        }
        if (!unknown.isEmpty()) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CIPHERS,
                    null,
                    "the JDK has no cipher suite named " + String.join(", ", unknown)
                            + " (give suites by OpenSSL or IANA name, or TLSv1 for the default list)");
        }
        // TLS 1.3's suites are not chosen by OpenSSL's cipher list either: keep them offered.
        for (String suite : supported) {
            if (suite.startsWith("TLS_AES_") || suite.startsWith("TLS_CHACHA20_")) {
                enabled.add(suite);
            }
        }
        return List.copyOf(enabled);
    }

    private static Set<String> supported() {
        try {
            return new LinkedHashSet<>(Arrays.asList(
                    SSLContext.getDefault().getSupportedSSLParameters().getCipherSuites()));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no default TLS context", e);
        }
    }
}
