package dev.wharf.config.lint;

import static dev.wharf.config.catalog.AppOptions.ENVIRONMENT;
import static dev.wharf.config.catalog.ProxyOptions.FORWARDED_ALLOW_IPS;
import static dev.wharf.config.catalog.ProxyOptions.PROXY_HEADERS;
import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_KEEP_ALIVE;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;

import dev.wharf.config.Settings;
import dev.wharf.config.WorkerJit;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.setting.Environment;
import dev.wharf.middleware.proxyheaders.TrustedHosts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Rules beside the settings model that catch the common mistakes of the settings the seed names:
 * values each valid on their own that together (or where they run) are probably not what the user
 * wants. Warnings, never errors: the user may know better.
 */
public final class SettingsLint {

    /** The idle timeout most proxies and load balancers use (nginx's keepalive_timeout, AWS ALB). */
    static final Duration TYPICAL_PROXY_IDLE_TIMEOUT = Duration.ofSeconds(60);

    private SettingsLint() {}

    /**
     * @param cores the processors of the machine the workers run on
     */
    public static List<LintWarning> check(Settings s, int cores) {
        List<LintWarning> warnings = new ArrayList<>();
        boolean reload = s.get(RELOAD);
        int workers = s.get(WORKERS);
        if (reload && workers > 1) {
            warnings.add(new LintWarning(
                    "reload-with-workers",
                    List.of(RELOAD, WORKERS),
                    "--reload with --workers " + workers + ": every reload starts " + workers
                            + " JVMs, so reloads are slower "
                            + "(Uvicorn ignores --workers with --reload). Use one worker while developing."));
        }
        if (reload && s.get(ENVIRONMENT) == Environment.PRODUCTION) {
            warnings.add(new LintWarning(
                    "reload-in-production",
                    List.of(RELOAD, ENVIRONMENT),
                    "--reload in a production profile: any file written under the watched folders restarts the workers. "
                            + "Turn reload off for production."));
        }
        if (s.get(PROXY_HEADERS)
                && TrustedHosts.parse(s.get(FORWARDED_ALLOW_IPS)).trustsEveryone()) {
            warnings.add(new LintWarning(
                    "trust-every-proxy",
                    List.of(FORWARDED_ALLOW_IPS, PROXY_HEADERS),
                    "--forwarded-allow-ips '*' with proxy headers on: any client that reaches Wharf directly can set its own "
                            + "address and scheme. List the proxy's addresses instead (for example 10.0.0.0/8)."));
        }
        if (workers > cores) {
            warnings.add(new LintWarning(
                    "workers-above-cores",
                    List.of(WORKERS),
                    "--workers " + workers + " on " + cores
                            + " cores: workers then compete for CPU and each costs a JVM's memory. " + "Use at most "
                            + cores + "."));
        }
        Duration graceful = s.get(TIMEOUT_GRACEFUL_SHUTDOWN);
        if (graceful != null && graceful.isZero()) {
            warnings.add(new LintWarning(
                    "graceful-shutdown-zero",
                    List.of(TIMEOUT_GRACEFUL_SHUTDOWN),
                    "--timeout-graceful-shutdown 0 cuts every request in flight at each stop or reload. "
                            + "Give requests a few seconds (for example 10), or leave it unset to wait for them."));
        }
        if (behindRemoteProxy(s) && s.get(TIMEOUT_KEEP_ALIVE).compareTo(TYPICAL_PROXY_IDLE_TIMEOUT) <= 0) {
            warnings.add(
                    new LintWarning(
                            "keep-alive-below-proxy",
                            List.of(TIMEOUT_KEEP_ALIVE, FORWARDED_ALLOW_IPS),
                            "--timeout-keep-alive " + s.format(TIMEOUT_KEEP_ALIVE)
                                    + " s behind a proxy: proxies and load balancers "
                                    + "typically keep idle connections " + TYPICAL_PROXY_IDLE_TIMEOUT.toSeconds()
                                    + " s, so they may reuse a "
                                    + "connection Wharf is closing and clients see 502s. Set it above the proxy's idle timeout (for example 65)."));
        }
        PoolMath.of(s)
                .filter(PoolMath::overBudget)
                .ifPresent(math -> warnings.add(new LintWarning(
                        "db-pool-over-budget",
                        List.of(WORKERS, DatabaseOptions.DB_POOL_SIZE, DatabaseOptions.DB_CONNECTION_BUDGET),
                        math.advice())));
        PresetLint.check(s, warnings);
        return warnings;
    }

    /**
     * The note due where worker processes serve a development profile: they run the development JIT
     * ({@link WorkerJit}), so the requests/s the user reads are about half of production's. Not part
     * of {@link #check}: one worker of {@code wharf run} serves in the launcher's JVM, which runs the
     * full JIT, so only the caller knows whether workers are processes (the window's always are).
     */
    public static Optional<LintWarning> developmentJit(Settings s) {
        return WorkerJit.development(s)
                ? Optional.of(new LintWarning("development-jit", List.of(ENVIRONMENT), WorkerJit.NOTE + "."))
                : Optional.empty();
    }

    /** Proxy headers on and a trust list naming more than this machine: a proxy elsewhere is expected. */
    private static boolean behindRemoteProxy(Settings s) {
        return s.get(PROXY_HEADERS)
                && !FORWARDED_ALLOW_IPS
                        .defaultValue()
                        .equals(s.get(FORWARDED_ALLOW_IPS).strip());
    }
}
