package dev.wharf.tls;

import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.TlsOptions;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/**
 * The server's private key and certificate chain, read from --ssl-keyfile and --ssl-certfile and
 * checked the way a client would find out otherwise: the key signs what the certificate's public
 * key verifies, and the certificate is valid today.
 *
 * @param key   the private key
 * @param chain the server's certificate first, then its intermediates
 */
public record ServerCertificate(PrivateKey key, List<X509Certificate> chain) {

    public ServerCertificate {
        chain = List.copyOf(chain);
    }

    /**
     * Reads and checks the files the settings name; the key may be in the certificate file.
     *
     * @throws TlsSetupException naming the setting and the file at fault
     */
    public static ServerCertificate read(TlsSettings tls, Instant now) throws TlsSetupException {
        Path certfile = tls.certfile();
        Path keyfile = tls.keyfile();
        if (certfile == null) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CERTFILE,
                    null,
                    "is needed with --ssl-keyfile " + keyfile + " (the key's certificate)");
        }
        List<X509Certificate> chain = PemFiles.certificates(TlsOptions.SSL_CERTFILE, certfile);
        PrivateKey key;
        if (keyfile != null) {
            key = PemFiles.privateKey(
                    TlsOptions.SSL_KEYFILE, keyfile, TlsOptions.SSL_KEYFILE_PASSWORD, tls.keyPassword());
        } else if (PemFiles.hasPrivateKey(TlsOptions.SSL_CERTFILE, certfile)) {
            key = PemFiles.privateKey(
                    TlsOptions.SSL_CERTFILE, certfile, TlsOptions.SSL_KEYFILE_PASSWORD, tls.keyPassword());
        } else {
            throw new TlsSetupException(
                    TlsOptions.SSL_KEYFILE, null, "is needed: " + certfile + " holds no private key");
        }
        X509Certificate leaf = chain.getFirst();
        checkValid(leaf, certfile, now);
        if (!matches(key, leaf.getPublicKey())) {
            throw new TlsSetupException(
                    TlsOptions.SSL_KEYFILE,
                    keyfile != null ? keyfile : certfile,
                    "the private key does not match the certificate in " + certfile + " ("
                            + leaf.getSubjectX500Principal().getName() + ")");
        }
        return new ServerCertificate(key, chain);
    }

    private static void checkValid(X509Certificate leaf, Path certfile, Instant now) throws TlsSetupException {
        try {
            leaf.checkValidity(Date.from(now));
        } catch (CertificateExpiredException e) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CERTFILE,
                    certfile,
                    "the certificate expired on " + leaf.getNotAfter().toInstant()
                            + "; make a new one (or use --ssl-dev, which renews its own)");
        } catch (CertificateNotYetValidException e) {
            throw new TlsSetupException(
                    TlsOptions.SSL_CERTFILE,
                    certfile,
                    "the certificate is not valid before " + leaf.getNotBefore().toInstant()
                            + " (is the clock right?)");
        }
    }

    /** Whether the private key belongs to the public key: it signs a few bytes the public key verifies. */
    static boolean matches(PrivateKey key, PublicKey publicKey) {
        if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
                && !(key.getAlgorithm().startsWith("EC")
                        && publicKey.getAlgorithm().startsWith("EC"))) {
            return false;
        }
        String algorithm = switch (publicKey.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "EC", "ECDSA" -> "SHA256withECDSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            case "Ed448" -> "Ed448";
            default -> null;
        };
        if (algorithm == null) {
            // A key type the check does not know: the handshake will tell.
            return true;
        }
        byte[] probe = "wharf: does this key belong to this certificate?".getBytes();
        try {
            Signature signer = Signature.getInstance(algorithm);
            signer.initSign(key);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(algorithm);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }
}
