package dev.wharf.config.catalog;

import dev.wharf.asgi.option.OptionTypes;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.List;

/**
 * The app's database pool, as Wharf counts it: the server never opens a connection itself, but every
 * worker is a process with its own pool, so the number of workers multiplies what the database sees.
 * The lint and the workers panel do that arithmetic; the values change nothing in a running worker.
 */
public final class DatabaseOptions {

    private DatabaseOptions() {}

    public static final Setting<Integer> DB_POOL_SIZE = Setting.define(
                    "db_pool_size", Section.WORKERS, OptionTypes.optionalInteger(1, 10_000))
            .defaultText("none")
            .apply(Apply.SUPERVISOR)
            .help(
                    "The most connections the app's pool opens in one worker (HikariCP's maximumPoolSize); Wharf only "
                            + "counts with it: workers × pool size is what the database sees.",
                    "When the app uses a database: the lint and the workers panel then show the connections all "
                            + "workers may open.",
                    "Raising --workers without this arithmetic: each new worker opens a whole pool more.")
            .build();

    public static final Setting<Integer> DB_CONNECTION_BUDGET = Setting.define(
                    "db_connection_budget", Section.WORKERS, OptionTypes.optionalInteger(1, 1_000_000))
            .defaultText("none")
            .apply(Apply.SUPERVISOR)
            .help(
                    "The connections the database allows this service (PostgreSQL's max_connections less what "
                            + "others use); the lint warns when workers × --db-pool-size goes past it.",
                    "With --db-pool-size, before scaling workers up or deploying more replicas.",
                    "Giving the database's whole max_connections when other services, migrations and admin "
                            + "sessions share it.")
            .build();

    public static List<Setting<?>> all() {
        return List.of(DB_POOL_SIZE, DB_CONNECTION_BUDGET);
    }
}
