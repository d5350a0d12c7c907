package dev.wharf.supervisor.process;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JDK's AOT cache for workers (JEP 483, 514, 515; JDK 25+). Once it exists every worker maps it
 * ({@code -XX:AOTCache}) and starts with its classes already loaded and linked. Until then one
 * worker at a time records what it loads ({@code -XX:AOTMode=record}); when it exits, as it does at
 * a stop, a restart or a reload, a low-priority background JVM assembles the cache from the
 * recording and it is renamed into place whole, so no worker ever maps half a cache. A lock file
 * (holding the recording supervisor's pid) keeps two supervisors from recording at once; one left
 * by a supervisor that died, or older than {@link #STALE_AFTER}, is taken over. The other workers
 * meanwhile start as they would without a cache. Thread-safe: launches come from the supervisor's
 * thread, exits and the assembly's end from the threads that watch those processes.
 */
final class AotCache implements StartupCache {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final Duration STALE_AFTER = Duration.ofMinutes(30);
    /** A cache the JVM cannot use it ignores; its notes about that are of no use in a worker's log. */
    private static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");

    private final String java;
    private final String classPath;
    private final List<String> createFlags;
    private final Path cache;
    private final Path recording;
    private final Path lock;
    private final String recordFlag;
    private boolean recordingHere;

    AotCache(String java, String classPath, List<String> createFlags, Path base) {
        this.java = java;
        this.classPath = classPath;
        this.createFlags = List.copyOf(createFlags);
        this.cache = Path.of(base + ".aot");
        this.recording = Path.of(base + ".aotconf");
        this.lock = Path.of(base + ".lock");
        this.recordFlag = "-XX:AOTConfiguration=" + recording;
    }

    @Override
    public synchronized List<String> flagsForNextWorker() {
        if (Files.isRegularFile(cache)) {
            return with("-XX:AOTCache=" + cache);
        }
        if (recordingHere || !takeLock()) {
            return QUIET;
        }
        recordingHere = true;
        return with("-XX:AOTMode=record", recordFlag);
    }

    @Override
    public synchronized void workerExited(List<String> flags) {
        if (!flags.contains(recordFlag)) {
            return;
        }
        if (Files.isRegularFile(recording)) {
            assemble();
        } else {
            // Killed before it could write what it loaded: the next worker records instead.
            release();
        }
    }

    private void assemble() {
        Path partial = Path.of(cache + ".tmp");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(createFlags);
        command.addAll(with("-XX:AOTMode=create", recordFlag, "-XX:AOTCache=" + partial));
        command.add("-cp");
        command.add(classPath);
        try {
            Process create = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            lowerPriority(create);
            create.onExit().thenRun(() -> finish(create, partial));
        } catch (IOException e) {
            log.debug("Could not assemble the workers' AOT cache: {}", e.toString());
            release();
        }
    }

    private synchronized void finish(Process create, Path partial) {
        try {
            if (create.exitValue() == 0 && Files.isRegularFile(partial)) {
                Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(partial);
            Files.deleteIfExists(recording);
        } catch (IOException e) {
            log.debug("Could not put the workers' AOT cache in place: {}", e.toString());
        }
        release();
    }

    /** Assembling is the cache's business, not the serving workers': it waits for idle CPU. */
    private static void lowerPriority(Process process) {
        try {
            new ProcessBuilder("renice", "-n", "19", "-p", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // No renice here: the assembly runs at normal priority, once.
        }
    }

    private boolean takeLock() {
        try {
            Files.writeString(
                    lock,
                    Long.toString(ProcessHandle.current().pid()),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (stale()) {
                try {
                    Files.deleteIfExists(lock);
                } catch (IOException ignored) {
                    return false;
                }
                return takeLock();
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private boolean stale() {
        try {
            FileTime written = Files.getLastModifiedTime(lock);
            if (written.toInstant().isBefore(Instant.now().minus(STALE_AFTER))) {
                return true;
            }
            long owner = Long.parseLong(Files.readString(lock).strip());
            return owner != ProcessHandle.current().pid()
                    && ProcessHandle.of(owner).map(p -> !p.isAlive()).orElse(true);
        } catch (IOException | NumberFormatException e) {
            return true;
        }
    }

    private void release() {
        recordingHere = false;
        try {
            Files.deleteIfExists(lock);
        } catch (IOException e) {
            log.debug("Could not remove {}: {}", lock, e.toString());
        }
    }

    private static List<String> with(String... flags) {
        List<String> all = new ArrayList<>(List.of(flags));
        all.addAll(QUIET);
        return all;
    }
}
