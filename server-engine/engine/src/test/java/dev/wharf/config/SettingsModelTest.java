package dev.wharf.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Setting;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsModelTest {

    @Test
    void everySettingHasAUniqueKeyFlagAndEnvironmentVariable() {
        Set<String> keys = new HashSet<>();
        Set<String> flags = new HashSet<>();
        Set<String> env = new HashSet<>();
        for (Setting<?> setting : SettingsModel.all()) {
            assertThat(keys.add(setting.key())).as(setting.key()).isTrue();
            assertThat(flags.add(setting.flag())).as(setting.flag()).isTrue();
            assertThat(setting.environment().get(0)).startsWith("WHARF_");
            setting.environment()
                    .forEach(name -> assertThat(env.add(name)).as(name).isTrue());
        }
    }

    @ParameterizedTest
    @MethodSource("dev.wharf.config.SettingsModel#all")
    void everySettingExplainsWhatWhenAndTheCommonMistake(Setting<?> setting) {
        assertThat(List.of(
                        setting.help().what(),
                        setting.help().when(),
                        setting.help().mistake()))
                .as(setting.key())
                .allSatisfy(text -> assertThat(text).hasSizeGreaterThan(15).endsWith("."));
    }

    @Test
    void theSeedsSettingsAreAllThereWithUvicornsNames() {
        List<String> flags = SettingsModel.all().stream().map(Setting::flag).toList();
        assertThat(flags)
                .contains(
                        "--reload",
                        "--workers",
                        "--proxy-headers",
                        "--forwarded-allow-ips",
                        "--timeout-keep-alive",
                        "--timeout-graceful-shutdown",
                        "--limit-concurrency",
                        "--limit-max-requests",
                        "--backlog",
                        "--h11-max-incomplete-event-size",
                        "--timeout-worker-healthcheck",
                        "--env-file",
                        "--reload-dir",
                        "--reload-include",
                        "--reload-exclude",
                        "--reload-delay",
                        "--ws",
                        "--ws-max-size",
                        "--ws-ping-interval");
    }

    @Test
    void withChecksTheValueAndNamesTheSetting() {
        assertThatThrownBy(() -> Settings.defaults().with(ServerOptions.PORT, 70000))
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessage("Invalid value for --port: 70000 is out of range; use a whole number from 0 to 65535");
    }

    @Test
    void differencesListChangedSettingsInModelOrder() {
        Settings changed = Settings.defaults().with(ServerOptions.PORT, 1).with(ServerOptions.HOST, "0.0.0.0");
        assertThat(Settings.defaults().differences(changed)).containsExactly(ServerOptions.HOST, ServerOptions.PORT);
    }

    @Test
    void aMisspeltKeyFindsTheClosestOne() {
        assertThat(SettingsModel.closestKey("timeout_keepalive")).contains("timeout_keep_alive");
        assertThat(SettingsModel.closestKey("limit-concurrency")).contains("limit_concurrency");
        assertThat(SettingsModel.closestKey("something_else_entirely")).isEmpty();
    }
}
