package dev.wharf.export;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What every export checks first: the lint, with the mistakes that break a deployment (reload on, a
 * '*' trust list, DB pools over the budget, a graceful shutdown of 0, no app) refused, and the rest
 * passed on as warnings.
 *
 * @param refusals why the export refuses, each with what to change
 * @param warnings what the user should know but may mean
 */
public record ProductionLint(List<String> refusals, List<String> warnings) {

    /** The lint rules an export refuses, unless forced. */
    static final Set<String> REFUSED_RULES =
            Set.of("trust-every-proxy", "db-pool-over-budget", "graceful-shutdown-zero");

    /** @param cores the processors of the machine it will run on, as far as the export knows */
    public static ProductionLint check(Settings settings, int cores) {
        List<String> refusals = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (settings.get(AppOptions.APP) == null) {
            refusals.add("The profile names no app: add \"app\" to it (or give --app to wharf profile new).");
        }
        if (settings.get(ServerOptions.UDS) == null && settings.get(ServerOptions.PORT) == 0) {
            refusals.add("--port 0 picks a free port at each start: a deployment needs a fixed one. Set \"port\".");
        }
        if (settings.get(ReloadOptions.RELOAD)) {
            refusals.add("--reload is on: a deployed service must not restart when a file changes. Turn reload off.");
        }
        for (LintWarning warning : SettingsLint.check(settings, cores)) {
            if (warning.rule().startsWith("reload-")) {
                continue; // said once above
            }
            (REFUSED_RULES.contains(warning.rule()) ? refusals : warnings).add(warning.message());
        }
        if (settings.get(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN) == null) {
            warnings.add("--timeout-graceful-shutdown is unset (wait for every request): the exported stop timeout "
                    + "assumes " + StopTimeout.UNSET_DRAIN.toSeconds()
                    + " s. Set it so the platform's timeout follows it.");
        }
        return new ProductionLint(List.copyOf(refusals), List.copyOf(warnings));
    }

    public boolean refused() {
        return !refusals.isEmpty();
    }
}
