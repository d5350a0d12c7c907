package dev.wharf.config.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Environment;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SettingsLintTest {

    private static List<String> rules(Settings settings, int cores) {
        return SettingsLint.check(settings, cores).stream()
                .map(LintWarning::rule)
                .toList();
    }

    @Test
    void theDefaultsRaiseNoWarning() {
        assertThat(SettingsLint.check(Settings.defaults(), 8)).isEmpty();
    }

    @Test
    void reloadWithSeveralWorkersIsFlagged() {
        Settings s = Settings.defaults().with(ReloadOptions.RELOAD, true).with(WorkerOptions.WORKERS, 2);
        assertThat(rules(s, 8)).containsExactly("reload-with-workers");
        assertThat(SettingsLint.check(s, 8).get(0).message()).contains("Use one worker while developing");
    }

    @Test
    void reloadInAProductionProfileIsFlagged() {
        Settings s = Settings.defaults()
                .with(ReloadOptions.RELOAD, true)
                .with(AppOptions.ENVIRONMENT, Environment.PRODUCTION);
        assertThat(rules(s, 8)).containsExactly("reload-in-production");
    }

    @Test
    void trustingEveryProxyIsFlaggedOnlyWithProxyHeadersOn() {
        Settings s = Settings.defaults().with(ProxyOptions.FORWARDED_ALLOW_IPS, "*");
        assertThat(rules(s, 8)).contains("trust-every-proxy");
        assertThat(rules(s.with(ProxyOptions.PROXY_HEADERS, false), 8)).doesNotContain("trust-every-proxy");
    }

    @Test
    void moreWorkersThanCoresIsFlagged() {
        Settings s = Settings.defaults().with(WorkerOptions.WORKERS, 3);
        assertThat(rules(s, 2)).containsExactly("workers-above-cores");
        assertThat(rules(s, 4)).isEmpty();
    }

    @Test
    void aZeroGracefulShutdownTimeoutIsFlagged() {
        Settings s = Settings.defaults().with(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN, Duration.ZERO);
        assertThat(rules(s, 8)).containsExactly("graceful-shutdown-zero");
        assertThat(rules(s.with(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN, Duration.ofSeconds(10)), 8))
                .isEmpty();
    }

    @Test
    void aKeepAliveShorterThanARemoteProxysIdleTimeoutIsFlagged() {
        Settings behindProxy = Settings.defaults().with(ProxyOptions.FORWARDED_ALLOW_IPS, "10.0.0.0/8");
        assertThat(rules(behindProxy, 8)).containsExactly("keep-alive-below-proxy");
        assertThat(SettingsLint.check(behindProxy, 8).get(0).message()).contains("for example 65");
        assertThat(rules(behindProxy.with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofSeconds(65)), 8))
                .isEmpty();
        assertThat(rules(behindProxy.with(ProxyOptions.PROXY_HEADERS, false), 8))
                .isEmpty();
    }

    @Test
    void workersOfADevelopmentProfileGetTheDevelopmentJitsNoteUnlessTheUserChoseACompiler() {
        Settings development = Settings.defaults();
        assertThat(SettingsLint.developmentJit(development))
                .hasValueSatisfying(note -> assertThat(note.message())
                        .startsWith("development profile: throughput here is about half of production")
                        .contains("benchmark with --environment production"));
        assertThat(SettingsLint.developmentJit(development.with(AppOptions.ENVIRONMENT, Environment.PRODUCTION)))
                .isEmpty();
        assertThat(SettingsLint.developmentJit(
                        development.with(WorkerOptions.WORKER_JVM_OPTIONS, List.of("-XX:TieredStopAtLevel=4"))))
                .isEmpty();
        assertThat(SettingsLint.developmentJit(development.with(WorkerOptions.WORKER_JVM_OPTIONS, List.of("-Xmx1g"))))
                .isPresent();
    }
}
