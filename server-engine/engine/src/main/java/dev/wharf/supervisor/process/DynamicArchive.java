package dev.wharf.supervisor.process;

import java.nio.file.Path;
import java.util.List;

/**
 * A dynamic class-data archive (JDK 19+): the first worker to exit writes it, every later one maps
 * it, and the JVM checks it against the classpath and writes it again when it is stale.
 */
final class DynamicArchive implements StartupCache {

    private final List<String> flags;

    DynamicArchive(Path archive) {
        // The archive's own notes (classes it skips) are of no use to a user reading the worker's log.
        this.flags = List.of("-XX:+AutoCreateSharedArchive", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
    }

    @Override
    public List<String> flagsForNextWorker() {
        return flags;
    }

    @Override
    public void workerExited(List<String> flags) {
        // The JVM itself wrote what it had to as it exited.
    }
}
