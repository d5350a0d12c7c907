package dev.wharf.gui.workers;

import dev.wharf.control.DbPoolStats;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A worker's HikariCP pools in words, for the workers table's "DB pool" cell and its tooltip: the
 * cell short ({@code 2 / 4 of 4 · 1 waiting}: connections in use / open of the pool's maximum), the
 * tooltip every number of every pool with its name.
 */
final class DbPoolText {

    private DbPoolText() {}

    /** Empty for a worker without a pool Wharf can see. */
    static String cell(List<DbPoolStats> pools) {
        return pools.stream()
                .map(pool -> (pools.size() > 1 ? pool.name() + " " : "") + pool.active() + " / " + pool.total()
                        + (pool.max() >= 0 ? " of " + pool.max() : "")
                        + (pool.waiting() > 0 ? " · " + pool.waiting() + " waiting" : ""))
                .collect(Collectors.joining("; "));
    }

    static String tooltip(List<DbPoolStats> pools) {
        return pools.stream()
                .map(pool -> pool.name() + ": " + pool.active() + " in use, " + pool.idle() + " idle, " + pool.total()
                        + " open" + (pool.max() >= 0 ? " of at most " + pool.max() : "") + ", " + pool.waiting()
                        + (pool.waiting() == 1 ? " thread" : " threads") + " waiting for a connection")
                .collect(Collectors.joining("\n"));
    }

    /** Whether a thread of the worker waits for a connection: the pool, not the server, is the bottleneck. */
    static boolean anyWaiting(List<DbPoolStats> pools) {
        return pools.stream().anyMatch(pool -> pool.waiting() > 0);
    }
}
