package dev.wharf.tls.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --ssl-dev's files: made once, kept while good, renewed before they end or when the host changes. */
class DevCertificatesTest {

    @TempDir
    Path data;

    @Test
    void makesAnAuthorityWithAPrivateKeyAndAServerCertificateItSigns() throws Exception {
        DevCertificates dev = new DevCertificates(data);

        assertThat(dev.ensure("127.0.0.1", Instant.now()))
                .as("made the authority")
                .isTrue();

        X509Certificate ca = DevCertificates.readCertificate(dev.authorityCertificate());
        X509Certificate server = DevCertificates.readCertificate(dev.serverCertificate());
        server.verify(ca.getPublicKey());
        assertThat(ca.getBasicConstraints()).isZero();
        assertThat(server.getSubjectAlternativeNames())
                .extracting(entry -> String.valueOf(entry.get(1)))
                .contains("localhost", "127.0.0.1", "0:0:0:0:0:0:0:1");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dev.authorityKey())))
                .isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dev.serverKey())))
                .isEqualTo("rw-------");
    }

    @Test
    void keepsGoodFilesAndRenewsTheServerCertificateNearItsEndOrForANewHost() throws Exception {
        DevCertificates dev = new DevCertificates(data);
        Instant now = Instant.now();
        dev.ensure("localhost", now);
        byte[] first = Files.readAllBytes(dev.serverCertificate());
        byte[] authority = Files.readAllBytes(dev.authorityCertificate());

        assertThat(dev.ensure("localhost", now.plus(Duration.ofDays(10)))).isFalse();
        assertThat(Files.readAllBytes(dev.serverCertificate()))
                .as("kept while good")
                .isEqualTo(first);

        dev.ensure("localhost", now.plus(DevCertificates.SERVER_VALIDITY).minus(Duration.ofDays(5)));
        byte[] renewed = Files.readAllBytes(dev.serverCertificate());
        assertThat(renewed).as("renewed near its end").isNotEqualTo(first);
        assertThat(Files.readAllBytes(dev.authorityCertificate()))
                .as("same authority")
                .isEqualTo(authority);

        dev.ensure("wharf.test", now);
        assertThat(DevCertificates.readCertificate(dev.serverCertificate()).getSubjectAlternativeNames())
                .extracting(entry -> String.valueOf(entry.get(1)))
                .contains("wharf.test", "localhost");
    }

    @Test
    void aWildcardHostIsNotNamed() {
        assertThat(DevCertificates.names("0.0.0.0")).containsExactly("localhost", "127.0.0.1", "::1");
        assertThat(DevCertificates.names("[::]")).containsExactly("localhost", "127.0.0.1", "::1");
        assertThat(DevCertificates.names("192.168.1.5")).endsWith("192.168.1.5");
    }
}
