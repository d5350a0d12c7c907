package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Workers' stdout and stderr, line by line: kept in the supervisor's log buffer at once (so the
 * last lines of a worker that dies are there when its exit is handled), echoed to this process's
 * console when asked, and reported on the supervisor's thread in batches.
 *
 * <p>Each stream is read on a platform thread, not a virtual one: a read from a pipe pins a virtual
 * thread's carrier. A busy worker writes its access log a line per request, thousands a second;
 * woken for each, the readers and the supervisor's thread would spend more on waking than on the
 * lines. So a reader that has emptied the pipe waits {@link #PACE} before reading again (the
 * lines wait in the pipe meanwhile, far from filling it), and read lines wait in one queue that the
 * supervisor's thread empties {@link #REPORT_DELAY} after the first of them arrived. A worker
 * that goes quiet has its last lines reported within those two delays; nothing is dropped.
 */
final class WorkerOutput {

    static final Duration PACE = Duration.ofMillis(50);
    static final Duration REPORT_DELAY = Duration.ofMillis(25);

    private final LogBuffer logs;
    private final boolean echo;
    private final SupervisorLoop supervisorThread;
    private final Consumer<LogLine> report;
    private final Queue<LogLine> unreported = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean reportQueued = new AtomicBoolean();

    /** @param report called on {@code supervisorThread} with each line, in the order read */
    WorkerOutput(LogBuffer logs, boolean echo, SupervisorLoop supervisorThread, Consumer<LogLine> report) {
        this.logs = logs;
        this.echo = echo;
        this.supervisorThread = supervisorThread;
        this.report = report;
    }

    /**
     * Reads the worker's process's two streams until it closes them.
     *
     * @return completed once both are read to their end, every line kept (not yet reported)
     */
    CompletableFuture<Void> follow(WorkerHandle handle) {
        return CompletableFuture.allOf(
                read(handle, handle.process().getInputStream(), LogLine.Stream.STDOUT),
                read(handle, handle.process().getErrorStream(), LogLine.Stream.STDERR));
    }

    private CompletableFuture<Void> read(WorkerHandle handle, InputStream stream, LogLine.Stream kind) {
        CompletableFuture<Void> ended = new CompletableFuture<>();
        Consumer<LogLine> kept = logs.writerFor(handle.id);
        String name = "wharf-log-" + handle.id + "-" + kind.name().toLowerCase(Locale.ROOT);
        Thread.ofPlatform().daemon().name(name).start(() -> {
            try (InputStreamReader input = new InputStreamReader(stream, StandardCharsets.UTF_8)) {
                BoundedLines reader = new BoundedLines(input);
                String text;
                while ((text = reader.readLine()) != null) {
                    keep(kept, new LogLine(handle.id, handle.pid(), kind, text, Instant.now()));
                    if (!reader.ready()) {
                        Thread.sleep(PACE);
                    }
                }
            } catch (IOException e) {
                // The process is gone: its pipe closed under the read.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                ended.complete(null);
            }
        });
        return ended;
    }

    private void keep(Consumer<LogLine> kept, LogLine line) {
        kept.accept(line);
        if (echo) {
            Console.print(line.stream(), line.text());
        }
        unreported.add(line);
        if (reportQueued.compareAndSet(false, true)) {
            supervisorThread.schedule(REPORT_DELAY, this::reportAll);
        }
    }

    private void reportAll() {
        reportQueued.set(false);
        LogLine line;
        while ((line = unreported.poll()) != null) {
            report.accept(line);
        }
    }
}
