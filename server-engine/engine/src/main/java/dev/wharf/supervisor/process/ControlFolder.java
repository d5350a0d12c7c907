package dev.wharf.supervisor.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private temporary folder that holds the workers' control sockets for one run of the server,
 * removed with them when it stops.
 */
final class ControlFolder {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final Path folder;

    private ControlFolder(Path folder) {
        this.folder = folder;
    }

    static ControlFolder create() throws IOException {
        return new ControlFolder(Files.createTempDirectory("wharf-"));
    }

    /** Where worker {@code workerId}'s control socket listens. */
    Path socketOf(int workerId) {
        return folder.resolve("w" + workerId + ".sock");
    }

    void delete() {
        try (var files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            log.debug("Could not remove {}: {}", folder, e.toString());
        }
    }
}
