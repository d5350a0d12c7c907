package dev.wharf.tls;

import java.io.ByteArrayInputStream;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The PEM forms the JDK reads by itself: certificates, unencrypted PKCS#8 keys ({@code BEGIN PRIVATE
 * KEY}, what {@code --ssl-dev}, mkcert and OpenSSL 3's {@code req -newkey} write) and PKCS#1 RSA keys
 * ({@code BEGIN RSA PRIVATE KEY}) put into PKCS#8. Read here first because Bouncy Castle's PEM reader,
 * a signed jar of hundreds of classes, costs a worker's cold start a few hundred milliseconds; what
 * this declines (encrypted keys, SEC1 EC keys, anything odd) {@link PemFiles} reads with Bouncy Castle.
 */
final class JdkPem {

    /** One {@code -----BEGIN label-----} block: its label and its bytes. */
    record Block(String label, byte[] der) {}

    /** The key algorithms a PKCS#8 key may be in, the commonest first. */
    private static final List<String> KEY_ALGORITHMS = List.of("EC", "RSA", "Ed25519", "Ed448", "RSASSA-PSS");

    /** DER of PKCS#8's {@code AlgorithmIdentifier} for rsaEncryption (1.2.840.113549.1.1.1) with NULL parameters. */
    private static final byte[] RSA_ALGORITHM = {
        0x30, 0x0d, 0x06, 0x09, 0x2a, (byte) 0x86, 0x48, (byte) 0x86, (byte) 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00
    };

    private JdkPem() {}

    /** The blocks of {@code text}, or empty when a block has headers (an encrypted legacy key) or is not base64. */
    static Optional<List<Block>> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        int at = 0;
        while (true) {
            int begin = text.indexOf("-----BEGIN ", at);
            if (begin < 0) {
                return Optional.of(blocks);
            }
            int labelEnd = text.indexOf("-----", begin + 11);
            if (labelEnd < 0) {
                return Optional.empty();
            }
            String label = text.substring(begin + 11, labelEnd);
            String end = "-----END " + label + "-----";
            int endAt = text.indexOf(end, labelEnd + 5);
            if (endAt < 0) {
                return Optional.empty();
            }
            String body = text.substring(labelEnd + 5, endAt);
            if (body.indexOf(':') >= 0) {
                return Optional.empty();
            }
            try {
                blocks.add(new Block(label, Base64.getMimeDecoder().decode(body.strip())));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
            at = endAt + end.length();
        }
    }

    /** The certificates among {@code blocks}, in order, or empty when the JDK cannot read one of them. */
    static Optional<List<X509Certificate>> certificates(List<Block> blocks) {
        List<X509Certificate> certificates = new ArrayList<>();
        try {
            CertificateFactory factory = null;
            for (Block block : blocks) {
                if (block.label().equals("CERTIFICATE")) {
                    if (factory == null) {
                        factory = CertificateFactory.getInstance("X.509");
                    }
                    certificates.add(
                            (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(block.der())));
                }
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            return Optional.empty();
        }
        return Optional.of(certificates);
    }

    /**
     * The first private key among {@code blocks} when it is in a form this reads, else empty (also
     * when another form of key comes first: Bouncy Castle then reads the file as before).
     */
    static Optional<PrivateKey> privateKey(List<Block> blocks) {
        for (Block block : blocks) {
            switch (block.label()) {
                case "PRIVATE KEY" -> {
                    return pkcs8(block.der());
                }
                case "RSA PRIVATE KEY" -> {
                    return pkcs8(rsaInPkcs8(block.der()));
                }
                default -> {
                    if (block.label().endsWith("PRIVATE KEY")) {
                        return Optional.empty();
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a private key block of any form is among {@code blocks}. */
    static boolean hasPrivateKey(List<Block> blocks) {
        return blocks.stream().anyMatch(block -> block.label().endsWith("PRIVATE KEY"));
    }

    private static Optional<PrivateKey> pkcs8(byte[] der) {
        PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(der);
        for (String algorithm : KEY_ALGORITHMS) {
            try {
                return Optional.of(KeyFactory.getInstance(algorithm).generatePrivate(spec));
            } catch (GeneralSecurityException | RuntimeException e) {
                // Not this algorithm's key: try the next.
            }
        }
        return Optional.empty();
    }

    /** {@code PrivateKeyInfo ::= SEQUENCE { version 0, rsaEncryption, OCTET STRING pkcs1 }}, in DER. */
    static byte[] rsaInPkcs8(byte[] pkcs1) {
        byte[] version = {0x02, 0x01, 0x00};
        byte[] octets = tagged(0x04, pkcs1);
        byte[] content = new byte[version.length + RSA_ALGORITHM.length + octets.length];
        System.arraycopy(version, 0, content, 0, version.length);
        System.arraycopy(RSA_ALGORITHM, 0, content, version.length, RSA_ALGORITHM.length);
        System.arraycopy(octets, 0, content, version.length + RSA_ALGORITHM.length, octets.length);
        return tagged(0x30, content);
    }

    /** A DER element: its tag, its length (short or long form), its content. */
    private static byte[] tagged(int tag, byte[] content) {
        int length = content.length;
        int lengthBytes = length < 0x80 ? 0 : (32 - Integer.numberOfLeadingZeros(length) + 7) / 8;
        byte[] out = new byte[2 + lengthBytes + length];
        out[0] = (byte) tag;
        if (lengthBytes == 0) {
            out[1] = (byte) length;
        } else {
            out[1] = (byte) (0x80 | lengthBytes);
            for (int i = 0; i < lengthBytes; i++) {
                out[2 + i] = (byte) (length >>> (8 * (lengthBytes - 1 - i)));
            }
        }
        System.arraycopy(content, 0, out, 2 + lengthBytes, length);
        return out;
    }
}
