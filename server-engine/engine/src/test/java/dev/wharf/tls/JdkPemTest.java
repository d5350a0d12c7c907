package dev.wharf.tls;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.testing.TestCertificates;
import dev.wharf.testing.TestCertificates.KeyForm;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PEM forms read without Bouncy Castle, and the ones left to it. */
class JdkPemTest {

    @TempDir
    java.nio.file.Path folder;

    private static Optional<PrivateKey> read(String pem) {
        return JdkPem.blocks(pem).flatMap(JdkPem::privateKey);
    }

    @Test
    void readsPkcs8AndPkcs1RsaKeysAsTheJdkEncodesThem() throws Exception {
        KeyPair keys = TestCertificates.rsaKeyPair();

        for (KeyForm form : List.of(KeyForm.PKCS8, KeyForm.PKCS1)) {
            Optional<PrivateKey> key = read(TestCertificates.keyPem(keys.getPrivate(), form, null));
            assertThat(key)
                    .as(form.name())
                    .hasValueSatisfying(read -> assertThat(read.getEncoded())
                            .isEqualTo(keys.getPrivate().getEncoded()));
        }
    }

    @Test
    void readsPkcs8EcKeysAsDevelopmentCertificatesHaveThem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair keys = generator.generateKeyPair();

        Optional<PrivateKey> key = read(TestCertificates.keyPem(keys.getPrivate(), KeyForm.PKCS8, null));

        assertThat(key).hasValueSatisfying(read -> {
            assertThat(read.getAlgorithm()).isEqualTo("EC");
            assertThat(read.getEncoded()).isEqualTo(keys.getPrivate().getEncoded());
        });
    }

    @Test
    void leavesEncryptedKeysToBouncyCastle() throws Exception {
        KeyPair keys = TestCertificates.rsaKeyPair();

        assertThat(read(TestCertificates.keyPem(keys.getPrivate(), KeyForm.PKCS8_ENCRYPTED, "pw")))
                .isEmpty();
        assertThat(read(TestCertificates.keyPem(keys.getPrivate(), KeyForm.PKCS1_ENCRYPTED, "pw")))
                .isEmpty();
    }

    @Test
    void readsEveryCertificateOfAChainInOrder() throws Exception {
        TestCertificates certificates = new TestCertificates(folder);
        KeyPair keys = TestCertificates.rsaKeyPair();
        var server = certificates.server(keys);
        String chain = TestCertificates.pem(server) + TestCertificates.pem(keys.getPrivate()) + "\n"
                + java.nio.file.Files.readString(certificates.authorityFile());

        var read = JdkPem.blocks(chain).flatMap(JdkPem::certificates).orElseThrow();

        assertThat(read).hasSize(2);
        assertThat(read.get(0)).isEqualTo(server);
        assertThat(JdkPem.hasPrivateKey(JdkPem.blocks(chain).orElseThrow())).isTrue();
    }

    @Test
    void theKeyManagerOffersTheKeyOnlyForWhatItCanSign() throws Exception {
        OneKeyManager rsa = new OneKeyManager(TestCertificates.rsaKeyPair().getPrivate(), List.of());

        assertThat(rsa.signsFor("RSA")).isTrue();
        assertThat(rsa.signsFor("RSA_EC")).isTrue();
        assertThat(rsa.signsFor("EC")).isFalse();
        assertThat(rsa.signsFor("RSASSA-PSS")).isFalse();
        assertThat(rsa.chooseEngineServerAlias("EC", null, null)).isNull();
        assertThat(rsa.chooseEngineServerAlias("RSA", null, null)).isEqualTo(OneKeyManager.ALIAS);
        assertThat(rsa.getPrivateKey("another")).isNull();
    }
}
