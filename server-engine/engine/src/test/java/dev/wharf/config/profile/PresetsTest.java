package dev.wharf.config.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Settings;
import dev.wharf.config.WebSocketOptions;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.lint.LintWarning;
import dev.wharf.config.lint.SettingsLint;
import dev.wharf.config.setting.Environment;
import dev.wharf.config.setting.Preset;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class PresetsTest {

    private static List<String> rules(Settings settings) {
        return SettingsLint.check(settings, 8).stream().map(LintWarning::rule).toList();
    }

    @Test
    void localPresetReloadsWithOneWorkerAndRaisesNoWarning() {
        Settings local = Presets.settings(Preset.LOCAL, Presets.Inputs.none(8));

        assertThat(local.get(AppOptions.PRESET)).isEqualTo(Preset.LOCAL);
        assertThat(local.get(ReloadOptions.RELOAD)).isTrue();
        assertThat(local.get(WorkerOptions.WORKERS)).isEqualTo(1);
        assertThat(local.get(AppOptions.ENVIRONMENT)).isEqualTo(Environment.DEVELOPMENT);
        assertThat(rules(local)).isEmpty();
    }

    @Test
    void containerPresetSizesWorkersFromTheDatabaseBudgetAndTrustsOnlyTheGivenProxy() {
        Settings container = Presets.settings(Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", 10, 40, 8));

        assertThat(container.get(ReloadOptions.RELOAD)).isFalse();
        assertThat(container.get(AppOptions.ENVIRONMENT)).isEqualTo(Environment.PRODUCTION);
        assertThat(container.get(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN)).isEqualTo(Duration.ofSeconds(25));
        assertThat(container.get(ProxyOptions.FORWARDED_ALLOW_IPS)).isEqualTo("10.0.0.0/8");
        assertThat(container.get(WorkerOptions.WORKERS)).isEqualTo(4);
        assertThat(rules(container)).isEmpty();
    }

    @Test
    void containerWorkersAreCappedAtTheCoresAndEachValueSaysWhy() {
        List<PresetValue<?>> values = Presets.values(Preset.CONTAINER, new Presets.Inputs("10.0.0.1", 5, 100, 2));

        PresetValue<?> workers = values.stream()
                .filter(v -> v.setting() == WorkerOptions.WORKERS)
                .findFirst()
                .orElseThrow();
        assertThat(workers.value()).isEqualTo(2);
        assertThat(workers.why()).isEqualTo("from the DB budget: 100 / 5 = 20 workers' pools fit, capped at 2 cores");
        assertThat(values).allSatisfy(v -> assertThat(v.why()).isNotBlank());
    }

    @Test
    void containerPresetWithoutTheProxyAddressesIsWarnedAbout() {
        Settings container = Presets.settings(Preset.CONTAINER, new Presets.Inputs(null, null, null, 8));

        assertThat(rules(container)).containsExactly("proxy-trust-not-set");
    }

    @Test
    void streamingPresetPutsConnectionLifetimeFirst() {
        Settings streaming = Presets.settings(Preset.STREAMING, new Presets.Inputs("10.0.0.0/8", null, null, 8));

        assertThat(streaming.get(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN)).isEqualTo(Duration.ofSeconds(60));
        assertThat(streaming.get(TimeoutOptions.TIMEOUT_KEEP_ALIVE)).isEqualTo(Duration.ofSeconds(75));
        assertThat(streaming.get(WebSocketOptions.WS_PING_INTERVAL)).isEqualTo(Duration.ofSeconds(15));
        assertThat(streaming.get(LimitOptions.LIMIT_CONCURRENCY)).isEqualTo(1000);
        assertThat(rules(streaming)).isEmpty();
    }

    @Test
    void theLintKnowsWhichPresetAProfileCameFrom() {
        Settings streaming = Presets.settings(Preset.STREAMING, new Presets.Inputs("10.0.0.0/8", null, null, 8))
                .with(TimeoutOptions.TIMEOUT_GRACEFUL_SHUTDOWN, Duration.ofSeconds(5))
                .with(LimitOptions.LIMIT_CONCURRENCY, null);
        // The same values without the preset are no mistake.
        Settings plain = streaming.with(AppOptions.PRESET, Preset.NONE);

        assertThat(rules(streaming)).containsExactly("streaming-short-drain", "streaming-without-limit");
        assertThat(rules(plain)).isEmpty();
    }

    @Test
    void anUnknownPresetIsRefusedNamingTheOnesThatExist() {
        assertThatThrownBy(() -> Presets.named("kubernetes"))
                .hasMessage("Unknown preset 'kubernetes': choose local, container or streaming.");
    }

    @Test
    void aBudgetBelowOneWorkersPoolIsRefused() {
        assertThatThrownBy(() -> new Presets.Inputs(null, 10, 9, 8))
                .hasMessageStartingWith("--db-connection-budget 9 is below one worker's pool (--db-pool-size 10)");
    }
}
