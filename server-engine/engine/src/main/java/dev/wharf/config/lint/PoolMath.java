package dev.wharf.config.lint;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.catalog.WorkerOptions;
import java.util.Optional;

/**
 * The seed's "DB pool math": every worker is a process with its own pool, so the database sees
 * workers × pool size connections. The lint, the workers panel and the exports all say it this way.
 *
 * @param workers  worker processes
 * @param poolSize the most connections one worker's pool opens
 * @param budget   the connections the database allows this service, or {@code null} when unknown
 */
public record PoolMath(int workers, int poolSize, Integer budget) {

    /** Empty when the settings give no pool size: the app uses no database, as far as Wharf knows. */
    public static Optional<PoolMath> of(Settings settings) {
        return of(settings, settings.get(WorkerOptions.WORKERS));
    }

    /** The arithmetic with another number of workers: what scaling to {@code workers} would make of it. */
    public static Optional<PoolMath> of(Settings settings, int workers) {
        Integer pool = settings.get(DatabaseOptions.DB_POOL_SIZE);
        if (pool == null) {
            return Optional.empty();
        }
        return Optional.of(new PoolMath(workers, pool, settings.get(DatabaseOptions.DB_CONNECTION_BUDGET)));
    }

    public int connections() {
        return workers * poolSize;
    }

    public boolean overBudget() {
        return budget != null && connections() > budget;
    }

    /** The most workers whose pools fit the budget (at least one). */
    public int workersThatFit() {
        return budget == null ? workers : Math.max(1, budget / poolSize);
    }

    /** {@code DB connections: 4 workers × 10 = 40 of 100}, as the workers panel shows it. */
    public String summary() {
        return "DB connections: " + workers + (workers == 1 ? " worker" : " workers") + " × " + poolSize + " = "
                + connections() + (budget == null ? " (no budget set)" : " of " + budget);
    }

    /** What is wrong and what to change, when over the budget. */
    public String advice() {
        return summary() + ": over the database's budget by " + (connections() - budget) + ". Use --workers "
                + workersThatFit() + " (" + budget + " / " + poolSize + "), or --db-pool-size "
                + Math.max(1, budget / workers) + " (" + budget + " / " + workers
                + "), or raise --db-connection-budget if the database allows more.";
    }
}
