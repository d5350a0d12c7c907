package dev.wharf.supervisor;

import java.time.Instant;

/**
 * One line a worker wrote, as the supervisor captured it.
 *
 * @param workerId  the worker, or 0 for the supervisor's own lines (reload, compile errors)
 * @param pid       the worker's process id, or the supervisor's
 * @param stream    where it came from
 * @param text      the line, without its line break
 * @param at        when the supervisor read it
 */
public record LogLine(int workerId, long pid, Stream stream, String text, Instant at) {

    public enum Stream {
        STDOUT,
        STDERR,
        SUPERVISOR
    }
}
