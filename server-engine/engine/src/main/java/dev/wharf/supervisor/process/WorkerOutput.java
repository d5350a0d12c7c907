package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Workers' stdout and stderr, line by line: kept in the supervisor's log buffer at once (so the
 * last lines of a worker that dies are there when its exit is handled), echoed to this process's
 * console when asked, and reported on the supervisor's thread in batches.
 *
 * <p>Each stream is read on a platform thread, not a virtual one: a read from a pipe pins a virtual
 * thread's carrier, and a busy worker's access log (a line per request) then cost the pool a
 * blocking compensation per line. Read lines wait in one queue; the supervisor's thread takes all
 * that arrived in one task rather than a task per line.
 */
final class WorkerOutput {

    private final LogBuffer logs;
    private final boolean echo;
    private final Executor supervisorThread;
    private final Consumer<LogLine> report;
    private final Queue<LogLine> unreported = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reportQueued = new AtomicBoolean();

    /** @param report called on {@code supervisorThread} with each line, in the order read */
    WorkerOutput(LogBuffer logs, boolean echo, Executor supervisorThread, Consumer<LogLine> report) {
        this.logs = logs;
        this.echo = echo;
        this.supervisorThread = supervisorThread;
        this.report = report;
    }

    /** Reads the worker's process's two streams until it closes them. */
    void follow(WorkerHandle handle) {
        read(handle, handle.process.getInputStream(), LogLine.Stream.STDOUT);
        read(handle, handle.process.getErrorStream(), LogLine.Stream.STDERR);
    }

    private void read(WorkerHandle handle, InputStream stream, LogLine.Stream kind) {
        String name = "wharf-log-" + handle.id + "-" + kind.name().toLowerCase(Locale.ROOT);
        Thread.ofPlatform().daemon().name(name).start(() -> {
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                String text;
                while ((text = reader.readLine()) != null) {
                    LogLine line = new LogLine(handle.id, handle.pid, kind, text, Instant.now());
                    logs.add(line);
                    if (echo) {
                        Console.print(kind, text);
                    }
                    unreported.add(line);
                    if (reportQueued.compareAndSet(false, true)) {
                        supervisorThread.execute(this::reportAll);
                    }
                }
            } catch (IOException e) {
                // The process is gone: its pipe closed under the read.
            }
        });
    }

    private void reportAll() {
        reportQueued.set(false);
        LogLine line;
        while ((line = unreported.poll()) != null) {
            report.accept(line);
        }
    }
}
