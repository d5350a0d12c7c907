package dev.wharf.tls;

import dev.wharf.config.setting.Setting;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.openssl.jcajce.JcePEMDecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;

/**
 * Reads PEM files as OpenSSL writes them, which is what Python's {@code ssl} (and so Uvicorn)
 * reads: private keys in PKCS#1 ({@code BEGIN RSA PRIVATE KEY}, {@code BEGIN EC PRIVATE KEY}),
 * PKCS#8 ({@code BEGIN PRIVATE KEY}) or encrypted in either form, and certificates one after the
 * other. What the JDK reads by itself ({@link JdkPem}) is read so; the other key forms (encrypted,
 * SEC1) with Bouncy Castle.
 */
final class PemFiles {

    private PemFiles() {}

    /** The first private key in {@code file}, decrypted with {@code password} when it is encrypted. */
    static PrivateKey privateKey(Setting<?> setting, Path file, Setting<?> passwordSetting, String password)
            throws TlsSetupException {
        String text = text(setting, file);
        Optional<PrivateKey> read = JdkPem.blocks(text).flatMap(JdkPem::privateKey);
        if (read.isPresent()) {
            return read.get();
        }
        JcaPEMKeyConverter keys = new JcaPEMKeyConverter();
        for (Object block : blocks(setting, file, text)) {
            try {
                if (block instanceof PrivateKeyInfo info) {
                    return keys.getPrivateKey(info);
                }
                if (block instanceof PEMKeyPair pair) {
                    return keys.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (block instanceof PEMEncryptedKeyPair encrypted) {
                    needPassword(setting, file, passwordSetting, password);
                    PEMKeyPair pair = encrypted.decryptKeyPair(new JcePEMDecryptorProviderBuilder()
                            .setProvider(new BouncyCastleProvider())
                            .build(password.toCharArray()));
                    return keys.getPrivateKey(pair.getPrivateKeyInfo());
                }
                if (block instanceof PKCS8EncryptedPrivateKeyInfo encrypted) {
                    needPassword(setting, file, passwordSetting, password);
                    InputDecryptorProvider decryptor = new JceOpenSSLPKCS8DecryptorProviderBuilder()
                            .setProvider(new BouncyCastleProvider())
                            .build(password.toCharArray());
                    return keys.getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
                }
            } catch (TlsSetupException e) {
                throw e;
            } catch (Exception e) {
                // A wrong password shows as a bad padding or a bad structure, depending on the cipher.
                throw new TlsSetupException(
                        setting,
                        file,
                        "cannot decrypt the private key with " + passwordSetting.flag() + " (a wrong password?): "
                                + e.getMessage(),
                        e);
            }
        }
        throw new TlsSetupException(setting, file, "holds no PEM private key (BEGIN ... PRIVATE KEY)");
    }

    /** Every certificate in {@code file}, in order: the server's first, then its chain. */
    static List<X509Certificate> certificates(Setting<?> setting, Path file) throws TlsSetupException {
        String text = text(setting, file);
        Optional<List<X509Certificate>> read = JdkPem.blocks(text).flatMap(JdkPem::certificates);
        if (read.isPresent() && !read.get().isEmpty()) {
            return read.get();
        }
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        List<X509Certificate> certificates = new ArrayList<>();
        for (Object block : blocks(setting, file, text)) {
            if (block instanceof X509CertificateHolder holder) {
                try {
                    certificates.add(converter.getCertificate(holder));
                } catch (CertificateException e) {
                    throw new TlsSetupException(setting, file, "holds a certificate the JDK cannot read: " + e, e);
                }
            }
        }
        if (certificates.isEmpty()) {
            throw new TlsSetupException(setting, file, "holds no PEM certificate (BEGIN CERTIFICATE)");
        }
        return certificates;
    }

    /** Whether {@code file} holds a private key as well (a certificate file with its key in it). */
    static boolean hasPrivateKey(Setting<?> setting, Path file) throws TlsSetupException {
        String text = text(setting, file);
        Optional<List<JdkPem.Block>> read = JdkPem.blocks(text);
        if (read.isPresent()) {
            return JdkPem.hasPrivateKey(read.get());
        }
        return blocks(setting, file, text).stream()
                .anyMatch(block -> block instanceof PrivateKeyInfo
                        || block instanceof PEMKeyPair
                        || block instanceof PEMEncryptedKeyPair
                        || block instanceof PKCS8EncryptedPrivateKeyInfo);
    }

    private static void needPassword(Setting<?> setting, Path file, Setting<?> passwordSetting, String password)
            throws TlsSetupException {
        if (password == null) {
            throw new TlsSetupException(
                    setting, file, "the private key is encrypted: give its password with " + passwordSetting.flag());
        }
    }

    /** The file's text, each byte one character: PEM is ASCII, and anything else is for the parsers to refuse. */
    private static String text(Setting<?> setting, Path file) throws TlsSetupException {
        try {
            return Files.readString(file, StandardCharsets.ISO_8859_1);
        } catch (NoSuchFileException e) {
            throw new TlsSetupException(setting, file, "no such file");
        } catch (AccessDeniedException e) {
            throw new TlsSetupException(setting, file, "cannot be read (permission denied)");
        } catch (IOException e) {
            if (Files.isDirectory(file)) {
                throw new TlsSetupException(setting, file, "is a folder, not a PEM file");
            }
            throw new TlsSetupException(setting, file, "cannot be read: " + e.getMessage(), e);
        }
    }

    /** Bouncy Castle's reading of {@code file}'s {@code text}: keys and certificates of every form it knows. */
    private static List<Object> blocks(Setting<?> setting, Path file, String text) throws TlsSetupException {
        List<Object> blocks = new ArrayList<>();
        try (PEMParser parser = new PEMParser(new StringReader(text))) {
            Object block;
            while ((block = parser.readObject()) != null) {
                blocks.add(block);
            }
        } catch (IOException | RuntimeException e) {
            throw new TlsSetupException(setting, file, "is not a PEM file: " + e.getMessage(), e);
        }
        return blocks;
    }
}
