package dev.wharf.config.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.catalog.WorkerOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed's "DB pool math": workers × pool size against the database's budget. */
class PoolMathLintTest {

    private static Settings pools(int workers, int pool, Integer budget) {
        return Settings.defaults()
                .with(WorkerOptions.WORKERS, workers)
                .with(DatabaseOptions.DB_POOL_SIZE, pool)
                .with(DatabaseOptions.DB_CONNECTION_BUDGET, budget);
    }

    private static List<LintWarning> overBudget(Settings settings) {
        return SettingsLint.check(settings, 64).stream()
                .filter(w -> w.rule().equals("db-pool-over-budget"))
                .toList();
    }

    @Test
    void workersTimesPoolExactlyAtTheBudgetIsFine() {
        assertThat(overBudget(pools(4, 10, 40))).isEmpty();
    }

    @Test
    void oneConnectionOverTheBudgetIsFlaggedWithTheArithmeticAndWhatToChange() {
        List<LintWarning> warnings = overBudget(pools(4, 10, 39));

        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).message())
                .startsWith("DB connections: 4 workers × 10 = 40 of 39: over the database's budget by 1.")
                .contains("--workers 3 (39 / 10)")
                .contains("--db-pool-size 9 (39 / 4)");
        assertThat(warnings.get(0).concerns())
                .contains(WorkerOptions.WORKERS, DatabaseOptions.DB_POOL_SIZE, DatabaseOptions.DB_CONNECTION_BUDGET);
    }

    @Test
    void scalingPastTheBudgetIsSeenBeforeItHappens() {
        Settings settings = pools(4, 10, 40);

        assertThat(PoolMath.of(settings, 4).orElseThrow().overBudget()).isFalse();
        assertThat(PoolMath.of(settings, 5).orElseThrow().overBudget()).isTrue();
        assertThat(PoolMath.of(settings, 5).orElseThrow().summary())
                .isEqualTo("DB connections: 5 workers × 10 = 50 of 40");
    }

    @Test
    void withoutABudgetThereIsArithmeticButNoWarning() {
        Settings settings = pools(4, 10, null);

        assertThat(overBudget(settings)).isEmpty();
        assertThat(PoolMath.of(settings).orElseThrow().summary())
                .isEqualTo("DB connections: 4 workers × 10 = 40 (no budget set)");
    }

    @Test
    void withoutAPoolSizeThereIsNoArithmetic() {
        assertThat(PoolMath.of(Settings.defaults())).isEmpty();
    }
}
