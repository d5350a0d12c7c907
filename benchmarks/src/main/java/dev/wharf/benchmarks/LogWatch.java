package dev.wharf.benchmarks;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.LockSupport;

/**
 * Follows a server's console output in a file, as {@code tail -f} does, and notes when each reload
 * report line appears ({@code Hot-swapped …}, {@code Reloaded in …}, {@code Reload failed…}), by the
 * probe's own clock. Polls every half millisecond: the file is the server's stdout, written a line at a time.
 */
final class LogWatch {

    /** A report line and when it was read ({@link System#nanoTime()}). */
    record Seen(long nanos, String line) {}

    private final Path file;
    private final List<Seen> reports = new CopyOnWriteArrayList<>();
    private Thread reader;

    LogWatch(Path file) {
        this.file = file;
    }

    void start() {
        reader = Thread.ofPlatform().daemon().name("log-watch").start(this::follow);
    }

    void stop() throws InterruptedException {
        reader.interrupt();
        reader.join(5_000);
    }

    /** The first report line read after {@code afterNanos}, waiting up to {@code timeoutMillis}; null if none. */
    Seen firstAfter(long afterNanos, long timeoutMillis) {
        long deadline = System.nanoTime() + timeoutMillis * 1_000_000L;
        while (System.nanoTime() < deadline) {
            for (Seen seen : reports) {
                if (seen.nanos() >= afterNanos) {
                    return seen;
                }
            }
            LockSupport.parkNanos(500_000);
        }
        return null;
    }

    private void follow() {
        StringBuilder line = new StringBuilder();
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(in.length()); // only what the server says from now on
            byte[] buffer = new byte[8192];
            while (!Thread.currentThread().isInterrupted()) {
                int read = in.read(buffer);
                if (read <= 0) {
                    LockSupport.parkNanos(500_000);
                    continue;
                }
                long now = System.nanoTime();
                for (char c : new String(buffer, 0, read, StandardCharsets.UTF_8).toCharArray()) {
                    if (c != '\n') {
                        line.append(c);
                        continue;
                    }
                    String text = line.toString();
                    line.setLength(0);
                    if (text.contains("Hot-swapped ")
                            || text.contains("Reloaded in ")
                            || text.contains("Reload failed")) {
                        reports.add(new Seen(now, text));
                    }
                }
            }
        } catch (IOException e) {
            System.err.println("log-watch: cannot follow " + file + ": " + e);
        }
    }
}
