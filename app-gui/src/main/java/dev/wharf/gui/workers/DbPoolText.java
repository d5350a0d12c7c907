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

    /**
     * Every live worker's pools together, as the database sees them: "Open now: 8 connections in 2
     * workers' pools · 3 in use · 2 waiting"; empty when no worker reports a pool.
     */
    static String total(List<List<DbPoolStats>> workersPools) {
        List<List<DbPoolStats>> withPools =
                workersPools.stream().filter(pools -> !pools.isEmpty()).toList();
        if (withPools.isEmpty()) {
            return "";
        }
        int open = 0;
        int inUse = 0;
        int waiting = 0;
        for (List<DbPoolStats> pools : withPools) {
            for (DbPoolStats pool : pools) {
                open += pool.total();
                inUse += pool.active();
                waiting += pool.waiting();
            }
        }
        return "Open now: " + open + (open == 1 ? " connection" : " connections") + " in " + withPools.size()
                + (withPools.size() == 1 ? " worker's pool" : " workers' pools") + " · " + inUse + " in use"
                + (waiting > 0 ? " · " + waiting + " waiting" : "");
    }

    /** Whether a thread of the worker waits for a connection: the pool, not the server, is the bottleneck. */
    static boolean anyWaiting(List<DbPoolStats> pools) {
        return pools.stream().anyMatch(pool -> pool.waiting() > 0);
    }
}
