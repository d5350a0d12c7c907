package dev.wharf.tls.dev;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The files of --ssl-dev in {@code <data folder>/dev-tls}: the local authority ({@code ca.pem},
 * {@code ca-key.pem}, 0600) made once, and the server certificate ({@code server.pem},
 * {@code server-key.pem}) made again when it nears its end, when the authority changed, or when it
 * does not name the host asked for. Workers starting together take turns by a file lock, so one
 * makes the files and the others read them.
 */
public final class DevCertificates {

    /** What browsers accept from a trusted authority at most is 398 days; a year keeps well within. */
    static final Duration SERVER_VALIDITY = Duration.ofDays(365);

    static final Duration AUTHORITY_VALIDITY = Duration.ofDays(10 * 365);

    /** Renewed this long before it expires, so that a running server never crosses the end. */
    static final Duration RENEW_BEFORE = Duration.ofDays(30);

    private final Path folder;

    public DevCertificates(Path dataFolder) {
        this.folder = dataFolder.resolve("dev-tls");
    }

    /** The name the authority is installed under in a trust store: its subject's common name. */
    public String authorityName() throws IOException {
        try {
            String subject = readCertificate(authorityCertificate())
                    .getSubjectX500Principal()
                    .getName();
            return subject.replaceFirst("^CN=", "").replaceFirst(",O=.*$", "");
        } catch (GeneralSecurityException e) {
            throw new IOException(authorityCertificate() + ": " + e.getMessage(), e);
        }
    }

    /** The authority's certificate: what `wharf trust` installs. */
    public Path authorityCertificate() {
        return folder.resolve("ca.pem");
    }

    public Path authorityKey() {
        return folder.resolve("ca-key.pem");
    }

    public Path serverCertificate() {
        return folder.resolve("server.pem");
    }

    public Path serverKey() {
        return folder.resolve("server-key.pem");
    }

    /**
     * Makes whatever is missing or due for renewal, then gives the server certificate's files.
     *
     * @param host the bound host, named besides localhost, 127.0.0.1 and ::1 (unless a wildcard)
     * @return whether the authority was made (or renewed) now: browsers trust it only after `wharf trust`
     */
    public boolean ensure(String host, Instant now) throws IOException {
        // The file lock keeps processes apart; a JVM may hold it once only, so its threads queue here.
        synchronized (DevCertificates.class) {
            return ensureLocked(host, now);
        }
    }

    private boolean ensureLocked(String host, Instant now) throws IOException {
        Files.createDirectories(folder);
        try (FileChannel lockFile =
                        FileChannel.open(folder.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock ignored = lockFile.lock()) {
            boolean madeAuthority = false;
            if (!usable(authorityCertificate(), authorityKey(), now, RENEW_BEFORE)) {
                KeyPair keys = Certificates.newKeyPair();
                String owner = System.getProperty("user.name", "user");
                X509Certificate ca = Certificates.authority(
                        "Wharf development CA (" + owner + ")",
                        keys,
                        now.minus(Duration.ofHours(1)),
                        AUTHORITY_VALIDITY);
                PemWriting.writeKey(authorityKey(), keys.getPrivate());
                PemWriting.writeCertificate(authorityCertificate(), ca);
                madeAuthority = true;
            }
            X509Certificate ca = readCertificate(authorityCertificate());
            if (madeAuthority || !serverUsable(ca, names(host), now)) {
                KeyPair keys = Certificates.newKeyPair();
                X509Certificate server = Certificates.server(
                        names(host),
                        keys,
                        ca,
                        readKey(authorityKey()),
                        now.minus(Duration.ofHours(1)),
                        SERVER_VALIDITY);
                PemWriting.writeKey(serverKey(), keys.getPrivate());
                PemWriting.writeCertificate(serverCertificate(), server);
            }
            return madeAuthority;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the development certificates in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** The names the certificate is for: the loopback names browsers use, and the host when it names one. */
    static List<String> names(String host) {
        List<String> names = new ArrayList<>(List.of("localhost", "127.0.0.1", "::1"));
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!Certificates.isWildcard(bare) && names.stream().noneMatch(bare::equalsIgnoreCase)) {
            names.add(bare);
        }
        return names;
    }

    private boolean serverUsable(X509Certificate ca, List<String> names, Instant now)
            throws IOException, GeneralSecurityException {
        if (!usable(serverCertificate(), serverKey(), now, RENEW_BEFORE)) {
            return false;
        }
        X509Certificate server = readCertificate(serverCertificate());
        try {
            server.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return false; // signed by an authority since replaced
        }
        Collection<List<?>> alternative = server.getSubjectAlternativeNames();
        List<String> present = new ArrayList<>();
        if (alternative != null) {
            alternative.forEach(entry -> present.add(String.valueOf(entry.get(1))));
        }
        return names.stream().allMatch(name -> present.stream().anyMatch(p -> sameName(p, name)));
    }

    private static boolean sameName(String present, String wanted) {
        if (present.equalsIgnoreCase(wanted)) {
            return true;
        }
        // The JDK writes IPv6 addresses in full (0:0:0:0:0:0:0:1).
        try {
            return Certificates.isAddress(wanted)
                    && Certificates.isAddress(present)
                    && Objects.equals(java.net.InetAddress.getByName(present), java.net.InetAddress.getByName(wanted));
        } catch (java.net.UnknownHostException e) {
            return false;
        }
    }

    private static boolean usable(Path certificate, Path key, Instant now, Duration margin) throws IOException {
        if (!Files.isRegularFile(certificate) || !Files.isRegularFile(key)) {
            return false;
        }
        try {
            X509Certificate read = readCertificate(certificate);
            return read.getNotAfter().toInstant().isAfter(now.plus(margin))
                    && !read.getNotBefore().toInstant().isAfter(now);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    static X509Certificate readCertificate(Path file) throws IOException, GeneralSecurityException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
    }

    /** Reads back a key {@link PemWriting} wrote: unencrypted PKCS#8, which the JDK reads itself. */
    static PrivateKey readKey(Path file) throws IOException, GeneralSecurityException {
        String pem = Files.readString(file);
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("EC")
                .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }
}
