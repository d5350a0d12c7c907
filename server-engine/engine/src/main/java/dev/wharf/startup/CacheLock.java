package dev.wharf.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may write a cache now: a file made only if there is none, holding the owning process's id
 * and the time it started. A process records, then hands the lock to the one that assembles, which
 * removes it when the cache is in place. So two programs never record one cache at once, no run
 * maps a cache half made, and a lock whose owner has gone (killed, or a process of the same id
 * started since) is taken over.
 */
final class CacheLock {

    /** A lock that names no start time is taken for stale after this, as its id may be reused. */
    private static final Duration STALE_AFTER = Duration.ofMinutes(30);
    /** An empty lock is one being written, unless it has been empty this long. */
    private static final Duration WRITING = Duration.ofSeconds(10);

    private final Path file;

    CacheLock(Path file) {
        this.file = file;
    }

    /** Takes the lock for process {@code owner}, over a stale one; false when a live run holds it. */
    boolean take(long owner) {
        try {
            Files.writeString(
                    file,
                    describe(owner),
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (heldByALiveRun()) {
                return false;
            }
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                return false;
            }
            return take(owner);
        } catch (IOException e) {
            return false;
        }
    }

    /** The lock passes to process {@code owner}, which releases it. */
    void handTo(long owner) throws IOException {
        Files.writeString(file, describe(owner), StandardCharsets.UTF_8);
    }

    void release() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Whether the lock exists and its owner still runs. */
    boolean heldByALiveRun() {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8).strip();
            Instant written = Files.getLastModifiedTime(file).toInstant();
            if (text.isEmpty()) {
                return written.isAfter(Instant.now().minus(WRITING));
            }
            String[] parts = text.split(" ");
            Optional<ProcessHandle> owner = ProcessHandle.of(Long.parseLong(parts[0]));
            if (owner.isEmpty() || !owner.get().isAlive()) {
                return false;
            }
            if (parts.length < 2) {
                return written.isAfter(Instant.now().minus(STALE_AFTER));
            }
            Optional<Instant> started = owner.get().info().startInstant();
            return started.isEmpty() || started.get().toEpochMilli() == Long.parseLong(parts[1]);
        } catch (IOException | RuntimeException e) {
            // None, or not one this code wrote: nobody holds it.
            return false;
        }
    }

    private static String describe(long owner) {
        Optional<ProcessHandle> process = ProcessHandle.of(owner);
        Optional<Instant> started = process.isPresent() ? process.get().info().startInstant() : Optional.empty();
        return started.isPresent() ? owner + " " + started.get().toEpochMilli() : Long.toString(owner);
    }
}
