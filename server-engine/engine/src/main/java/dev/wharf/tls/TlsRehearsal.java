package dev.wharf.tls;

import dev.wharf.config.TlsSettings;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.tls.dev.Certificates;
import dev.wharf.tls.dev.PemWriting;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spare worker's run through everything a TLS worker does before it serves, with a throwaway key
 * and certificate of its own: PEM files read and checked, the context built, the warm-up handshakes
 * made. On a cold JVM that is a second of CPU (the JDK's TLS and crypto classes loaded and their
 * code interpreted), which a spare spends while it waits; adopted, it builds the real context on
 * warm code in tens of milliseconds. The user's files are never read here: a spare does not know
 * them, and the throwaway key never leaves a folder only this user can read, deleted at once.
 */
public final class TlsRehearsal {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private TlsRehearsal() {}

    /**
     * Rehearses serving TLS, offering h2 by ALPN when {@code http2}. Quiet: a failure only costs the
     * head start.
     */
    public static void run(boolean http2) {
        Path folder = null;
        try {
            folder = privateFolder();
            Instant now = Instant.now();
            KeyPair keys = Certificates.newKeyPair();
            Path key = folder.resolve("key.pem");
            Path certificate = folder.resolve("cert.pem");
            PemWriting.writeKey(key, keys.getPrivate());
            PemWriting.writeCertificate(
                    certificate,
                    Certificates.server(
                            List.of("localhost", "127.0.0.1"),
                            keys,
                            null,
                            keys.getPrivate(),
                            now.minus(Duration.ofMinutes(1)),
                            Duration.ofDays(1)));
            ServerTls.forWorker(new TlsSettings(
                    key, certificate, null, "TLS", ClientCertificates.NONE, null, "TLSv1", false, "127.0.0.1", http2));
        } catch (TlsSetupException | IOException | RuntimeException e) {
            log.debug("A spare worker's TLS rehearsal failed: {}", e.toString());
        } finally {
            delete(folder);
        }
    }

    private static Path privateFolder() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempDirectory(
                    "wharf-tls-rehearsal",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return Files.createTempDirectory("wharf-tls-rehearsal");
    }

    private static void delete(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            for (String name : List.of("key.pem", "cert.pem")) {
                Files.deleteIfExists(folder.resolve(name));
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("Could not delete the TLS rehearsal's folder {}: {}", folder, e.toString());
        }
    }
}
