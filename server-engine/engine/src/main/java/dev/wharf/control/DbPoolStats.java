package dev.wharf.control;

/**
 * One database connection pool of a worker's app at one moment, as HikariCP reports it through its
 * MXBean: a worker is its own process, so each has its own pool and its own numbers.
 *
 * @param name     the pool's name ({@code poolName}, or Hikari's {@code HikariPool-1})
 * @param active   connections lent to the app now
 * @param idle     connections in the pool, ready
 * @param total    connections open (active + idle)
 * @param max      the pool's {@code maximumPoolSize}, or -1 where its configuration bean was not found
 * @param waiting  threads waiting for a connection now: above zero, the pool is the bottleneck
 */
public record DbPoolStats(String name, int active, int idle, int total, int max, int waiting) {}
