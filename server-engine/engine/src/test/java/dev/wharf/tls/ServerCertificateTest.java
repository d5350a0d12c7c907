package dev.wharf.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Config;
import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import dev.wharf.testing.TestCertificates.ServerFiles;
import dev.wharf.tls.dev.Certificates;
import io.netty.buffer.ByteBufAllocator;
import io.netty.handler.ssl.SslContext;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What --ssl-keyfile and --ssl-certfile accept, and how each bad file is named and explained. */
class ServerCertificateTest {

    @TempDir
    Path folder;

    private TlsSettings tls(Path keyfile, Path certfile, String password) {
        Config.Builder builder =
                Config.builder("test").set(TlsOptions.SSL_KEYFILE, keyfile).set(TlsOptions.SSL_CERTFILE, certfile);
        if (password != null) {
            builder.set(TlsOptions.SSL_KEYFILE_PASSWORD, password);
        }
        return builder.build().tls();
    }

    @ParameterizedTest
    @EnumSource(KeyForm.class)
    void readsEveryPemKeyFormOpenSslWrites(KeyForm form) throws Exception {
        KeyPair keys = TestCertificates.rsaKeyPair();
        ServerFiles files = new TestCertificates(folder).serverFiles(keys, form, "s3cret");

        ServerCertificate read = ServerCertificate.read(tls(files.key(), files.cert(), "s3cret"), Instant.now());

        assertThat(read.key().getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
    }

    @Test
    void readsTheWholeChainAndAKeyKeptInTheCertificateFile() throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        KeyPair keys = Certificates.newKeyPair();
        Path both = certificates.write(
                "both.pem",
                TestCertificates.pem(certificates.server(keys), certificates.authority())
                        + TestCertificates.keyPem(keys.getPrivate(), KeyForm.PKCS8, null));

        ServerCertificate read = ServerCertificate.read(tls(null, both, null), Instant.now());

        assertThat(read.chain()).hasSize(2);
        assertThat(read.chain().get(1)).isEqualTo(certificates.authority());
    }

    @Test
    void aWrongPasswordNamesTheKeyFileAndThePasswordSetting() throws Exception {
        ServerFiles files =
                new TestCertificates(folder).serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8_ENCRYPTED, "right");
        Path key = files.key();
        Path cert = files.cert();

        assertThatThrownBy(() -> ServerCertificate.read(tls(key, cert, "wrong"), Instant.now()))
                .isInstanceOf(TlsSetupException.class)
                .hasMessageStartingWith("--ssl-keyfile " + key + ": ")
                .hasMessageContaining("cannot decrypt the private key with --ssl-keyfile-password");
    }

    @Test
    void anEncryptedKeyWithoutAPasswordAsksForIt() throws Exception {
        ServerFiles files =
                new TestCertificates(folder).serverFiles(TestCertificates.rsaKeyPair(), KeyForm.PKCS1_ENCRYPTED, "pw");
        Path key = files.key();
        Path cert = files.cert();

        assertThatThrownBy(() -> ServerCertificate.read(tls(key, cert, null), Instant.now()))
                .hasMessage("--ssl-keyfile " + key
                        + ": the private key is encrypted: give its password with --ssl-keyfile-password");
    }

    @Test
    void aKeyOfAnotherCertificateIsRefused() throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        Path cert =
                certificates.write("cert.pem", TestCertificates.pem(certificates.server(Certificates.newKeyPair())));
        Path key = certificates.write(
                "other-key.pem",
                TestCertificates.keyPem(Certificates.newKeyPair().getPrivate(), KeyForm.PKCS8, null));

        assertThatThrownBy(() -> ServerCertificate.read(tls(key, cert, null), Instant.now()))
                .hasMessageStartingWith(
                        "--ssl-keyfile " + key + ": the private key does not match the certificate in " + cert);
    }

    @Test
    void anExpiredCertificateIsRefusedWithItsDate() throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        KeyPair keys = Certificates.newKeyPair();
        Instant issued = Instant.now().minus(Duration.ofDays(20));
        Path cert = certificates.write(
                "old.pem", TestCertificates.pem(certificates.server(keys, issued, Duration.ofDays(10))));
        Path key = certificates.write("key.pem", TestCertificates.keyPem(keys.getPrivate(), KeyForm.PKCS8, null));

        assertThatThrownBy(() -> ServerCertificate.read(tls(key, cert, null), Instant.now()))
                .hasMessageStartingWith("--ssl-certfile " + cert + ": the certificate expired on ");
    }

    @Test
    void aMissingFileIsNamedWithItsSetting() throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        KeyPair keys = Certificates.newKeyPair();
        Path cert = certificates.write("cert.pem", TestCertificates.pem(certificates.server(keys)));
        Path missing = folder.resolve("nope.pem");

        assertThatThrownBy(() -> ServerCertificate.read(tls(missing, cert, null), Instant.now()))
                .hasMessage("--ssl-keyfile " + missing + ": no such file");
        assertThatThrownBy(() -> ServerCertificate.read(tls(null, missing, null), Instant.now()))
                .hasMessage("--ssl-certfile " + missing + ": no such file");
    }

    @Test
    void aKeyWithoutACertificateAsksForTheCertificate() {
        assertThatThrownBy(() -> ServerCertificate.read(tls(folder.resolve("key.pem"), null, null), Instant.now()))
                .hasMessageStartingWith("--ssl-certfile: is needed with --ssl-keyfile ");
    }

    @Test
    void cipherNamesTheJdkLacksAreNamed() {
        assertThatThrownBy(() -> CipherSuites.parse("ECDHE-RSA-AES128-GCM-SHA256:NOT-A-CIPHER"))
                .hasMessageStartingWith("--ssl-ciphers: the JDK has no cipher suite named NOT-A-CIPHER");
    }

    @Test
    void openSslCipherNamesBecomeTheJdksAndTls13SuitesStayOffered() throws Exception {
        assertThat(CipherSuites.parse("ECDHE-RSA-AES128-GCM-SHA256"))
                .startsWith("TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256")
                .contains("TLS_AES_128_GCM_SHA256");
        assertThat(CipherSuites.parse("TLSv1")).isNull();
    }

    @Test
    void uvicornsDefaultCipherListOffersTheModernSuitesTheReadmeNames() throws Exception {
        ServerFiles files = new TestCertificates(folder).serverFiles(Certificates.newKeyPair(), KeyForm.PKCS8, null);
        SslContext context = ServerTls.context(tls(files.key(), files.cert(), null), null, Instant.now());

        List<String> offered = List.of(
                ServerTls.newEngine(context, ByteBufAllocator.DEFAULT, true).getEnabledCipherSuites());

        assertThat(offered)
                .contains(
                        "TLS_AES_128_GCM_SHA256",
                        "TLS_AES_256_GCM_SHA384",
                        "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
                        "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256",
                        "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA")
                .noneMatch(suite -> suite.contains("CHACHA20") || suite.contains("_DHE_"));
    }
}
