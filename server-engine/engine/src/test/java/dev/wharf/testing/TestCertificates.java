package dev.wharf.testing;

import dev.wharf.tls.dev.Certificates;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMEncryptorBuilder;

/**
 * Certificates and keys in each PEM shape a user may bring to --ssl-keyfile, made for a test in
 * its own folder: a test authority, and server certificates signed by it.
 */
public final class TestCertificates {

    /** The key forms OpenSSL writes, as Python's ssl reads them. */
    public enum KeyForm {
        PKCS8,
        PKCS1,
        PKCS8_ENCRYPTED,
        PKCS1_ENCRYPTED
    }

    private final Path folder;
    private final KeyPair authorityKeys = Certificates.newKeyPair();
    private final X509Certificate authority;

    public TestCertificates(Path folder) {
        this.folder = folder;
        this.authority = Certificates.authority(
                "Wharf test CA", authorityKeys, Instant.now().minus(Duration.ofDays(1)), Duration.ofDays(30));
    }

    public X509Certificate authority() {
        return authority;
    }

    /** The authority's certificate as a PEM file, for --ssl-ca-certs and for curl's --cacert. */
    public Path authorityFile() throws IOException {
        return write("ca.pem", pem(authority));
    }

    /** An RSA key pair (PKCS#1 needs RSA: EC keys in PKCS#1 form are another block). */
    public static KeyPair rsaKeyPair() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    /** A localhost certificate valid from {@code from} for {@code validity}, signed by the test authority. */
    public X509Certificate server(KeyPair keys, Instant from, Duration validity) {
        return Certificates.server(
                List.of("localhost", "127.0.0.1", "::1"), keys, authority, authorityKeys.getPrivate(), from, validity);
    }

    public X509Certificate server(KeyPair keys) {
        return server(keys, Instant.now().minus(Duration.ofHours(1)), Duration.ofDays(10));
    }

    /** A server certificate (cert.pem) and its key (key.pem) in {@code form}, written to the folder. */
    public ServerFiles serverFiles(KeyPair keys, KeyForm form, String password) throws Exception {
        return new ServerFiles(
                write("cert.pem", pem(server(keys))), write("key.pem", keyPem(keys.getPrivate(), form, password)));
    }

    /** The files --ssl-certfile and --ssl-keyfile name. */
    public record ServerFiles(Path cert, Path key) {}

    public Path write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return file;
    }

    public static String pem(Object... objects) throws IOException {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            for (Object object : objects) {
                writer.writeObject(object);
            }
        }
        return text.toString();
    }

    /** The key as PEM in {@code form}; the encrypted forms use {@code password}. */
    public static String keyPem(PrivateKey key, KeyForm form, String password) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            switch (form) {
                case PKCS8 -> writer.writeObject(new JcaPKCS8Generator(key, null));
                case PKCS1 -> writer.writeObject(key);
                case PKCS8_ENCRYPTED ->
                    writer.writeObject(new JcaPKCS8Generator(
                            key,
                            new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
                                    .setProvider(new BouncyCastleProvider())
                                    .setPassword(password.toCharArray())
                                    .build()));
                case PKCS1_ENCRYPTED ->
                    writer.writeObject(
                            key,
                            new JcePEMEncryptorBuilder("AES-128-CBC")
                                    .setProvider(new BouncyCastleProvider())
                                    .build(password.toCharArray()));
            }
        }
        return text.toString();
    }

    /** A client TLS context that trusts the test authority, showing {@code clientKey}'s certificate if given. */
    public SSLContext clientContext(KeyPair clientKey, X509Certificate clientCertificate) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("ca", authority);
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trust);
        KeyManagerFactory keyManagers = null;
        if (clientKey != null) {
            KeyStore keys = KeyStore.getInstance("PKCS12");
            keys.load(null, null);
            keys.setKeyEntry("client", clientKey.getPrivate(), "x".toCharArray(), new X509Certificate[] {
                clientCertificate, authority
            });
            keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keys, "x".toCharArray());
        }
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers == null ? null : keyManagers.getKeyManagers(), trustManagers.getTrustManagers(), null);
        return context;
    }

    /** A certificate for a client, signed by the test authority. */
    public X509Certificate client(KeyPair keys) {
        return Certificates.server(
                List.of("client.test"),
                keys,
                authority,
                authorityKeys.getPrivate(),
                Instant.now().minus(Duration.ofHours(1)),
                Duration.ofDays(10));
    }
}
