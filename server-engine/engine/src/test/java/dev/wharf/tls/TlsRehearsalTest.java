package dev.wharf.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Config;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import dev.wharf.testing.TestCertificates.ServerFiles;
import dev.wharf.tls.dev.Certificates;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.stream.Stream;
import javax.net.ssl.SSLEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A spare's TLS rehearsal: a throwaway key that leaves nothing behind and nothing in what is served next. */
class TlsRehearsalTest {

    @TempDir
    Path folder;

    @Test
    void theRehearsalLeavesNoThrowawayKeyBehind() throws IOException {
        List<Path> before = rehearsalFolders();

        TlsRehearsal.run(true);
        TlsRehearsal.run(false);

        assertThat(rehearsalFolders()).containsExactlyInAnyOrderElementsOf(before);
    }

    @Test
    void afterARehearsalTheWorkerServesTheCertificateItsSettingsName() throws Exception {
        TlsRehearsal.run(true);
        TestCertificates certificates = new TestCertificates(folder);
        ServerFiles files = certificates.serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8, null);
        SslContext served = ServerTls.forWorker(Config.builder("test")
                .set(TlsOptions.SSL_KEYFILE, files.key())
                .set(TlsOptions.SSL_CERTFILE, files.cert())
                .build()
                .tls());

        SSLEngine client = certificates.clientContext(null, null).createSSLEngine("localhost", 443);
        client.setUseClientMode(true);
        SslHandler clientSide = new SslHandler(client);
        HandshakeWarmUp.handshake(clientSide, ServerTls.newHandler(served, ByteBufAllocator.DEFAULT, true));

        assertThat(clientSide.handshakeFuture().isSuccess()).isTrue();
        X509Certificate seen = (X509Certificate) client.getSession().getPeerCertificates()[0];
        assertThat(seen.getEncoded())
                .isEqualTo(PemFiles.certificates(TlsOptions.SSL_CERTFILE, files.cert())
                        .getFirst()
                        .getEncoded());
    }

    private static List<Path> rehearsalFolders() throws IOException {
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return files.filter(p -> p.getFileName().toString().startsWith("wharf-tls-rehearsal"))
                    .toList();
        }
    }
}
