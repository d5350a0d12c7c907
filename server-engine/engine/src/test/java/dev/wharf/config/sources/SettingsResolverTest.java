package dev.wharf.config.sources;

import static dev.wharf.config.catalog.ProxyOptions.FORWARDED_ALLOW_IPS;
import static dev.wharf.config.catalog.ServerOptions.HEADERS;
import static dev.wharf.config.catalog.ServerOptions.HOST;
import static dev.wharf.config.catalog.ServerOptions.PORT;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_KEEP_ALIVE;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.Settings;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Setting;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsResolverTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ProfileValues file(String json) throws Exception {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JSON.readTree(json).fields().forEachRemaining(e -> values.put(e.getKey(), e.getValue()));
        return new ProfileValues("wharf.json", values);
    }

    @Test
    void nothingGivenMeansTheDefaults() {
        Settings settings = SettingsResolver.resolve(Map.of(), Map.of(), ProfileValues.NONE);
        assertThat(settings).isEqualTo(Settings.defaults());
        assertThat(settings.get(PORT)).isEqualTo(8000);
        assertThat(settings.get(TIMEOUT_KEEP_ALIVE)).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
        ProfileValues profile =
                file("{\"port\": 7000, \"host\": \"0.0.0.0\", \"timeout_keep_alive\": 30, \"workers\": 3}");
        Map<String, String> env = Map.of("WHARF_PORT", "7001", "WHARF_HOST", "::1");
        Map<Setting<?>, List<String>> flags = Map.of(PORT, List.of("7002"));

        Settings settings = SettingsResolver.resolve(flags, env, profile);

        assertThat(settings.get(PORT)).isEqualTo(7002);
        assertThat(settings.get(HOST)).isEqualTo("::1");
        assertThat(settings.get(TIMEOUT_KEEP_ALIVE)).isEqualTo(Duration.ofSeconds(30));
        assertThat(settings.get(WORKERS)).isEqualTo(3);
    }

    @Test
    void eachValueSaysWhichSourceGaveIt() throws Exception {
        ProfileValues profile = file("{\"port\": 7000, \"host\": \"0.0.0.0\", \"workers\": 3}");
        Map<String, String> env = Map.of("WHARF_PORT", "7001", "WEB_CONCURRENCY", "4");
        Map<Setting<?>, List<String>> flags = Map.of(PORT, List.of("7002"));

        assertThat(SettingsResolver.sourceOf(PORT, flags.get(PORT), env, profile))
                .isEqualTo(ValueSource.commandLine("--port"));
        assertThat(SettingsResolver.sourceOf(WORKERS, null, env, profile))
                .isEqualTo(ValueSource.environment("WEB_CONCURRENCY"));
        assertThat(SettingsResolver.sourceOf(HOST, null, env, profile)).isEqualTo(ValueSource.profile("wharf.json"));
        assertThat(SettingsResolver.sourceOf(TIMEOUT_KEEP_ALIVE, null, env, profile))
                .isEqualTo(ValueSource.DEFAULT);
        assertThat(ValueSource.environment("WHARF_WORKERS").describe()).isEqualTo("from WHARF_WORKERS");
    }

    @Test
    void uvicornsOwnEnvironmentNamesAreReadToo() {
        Settings settings = SettingsResolver.resolve(
                Map.of(), Map.of("FORWARDED_ALLOW_IPS", "10.0.0.0/8", "WEB_CONCURRENCY", "4"), ProfileValues.NONE);
        assertThat(settings.get(FORWARDED_ALLOW_IPS)).isEqualTo("10.0.0.0/8");
        assertThat(settings.get(WORKERS)).isEqualTo(4);
    }

    @Test
    void repeatedListFlagsAreItemsAndEnvironmentListsAreSplit() {
        Settings fromFlags = SettingsResolver.resolve(
                Map.of(HEADERS, List.of("x-a:1", "x-b:2, with comma")), Map.of(), ProfileValues.NONE);
        assertThat(fromFlags.get(HEADERS)).containsExactly("x-a:1", "x-b:2, with comma");
        Settings fromEnv =
                SettingsResolver.resolve(Map.of(), Map.of("WHARF_HEADERS", "x-a:1\nx-b:2"), ProfileValues.NONE);
        assertThat(fromEnv.get(HEADERS)).containsExactly("x-a:1", "x-b:2");
    }

    @Test
    void everyRefusedValueIsReportedWithWhereItCameFrom() throws Exception {
        ProfileValues profile = file("{\"timeout_keep_alive\": -3}");
        assertThatThrownBy(() -> SettingsResolver.resolve(
                        Map.of(PORT, List.of("http")), Map.of("WHARF_WORKERS", "many"), profile))
                .isInstanceOf(InvalidSettingsException.class)
                .satisfies(e ->
                        assertThat(((InvalidSettingsException) e).problems()).hasSize(3))
                .hasMessageContaining(
                        "Invalid value for --port (from command line): 'http' is not a whole number; use a whole number from 0 to 65535")
                .hasMessageContaining(
                        "Invalid value for --workers (from environment variable WHARF_WORKERS): 'many' is not a whole number")
                .hasMessageContaining(
                        "Invalid value for --timeout-keep-alive (from wharf.json, key \"timeout_keep_alive\"): -3 is out of range");
    }

    @Test
    void aRefusedFlagIsReportedEvenWhenTheEnvironmentHasAGoodValue() {
        assertThatThrownBy(() -> SettingsResolver.resolve(
                        Map.of(PORT, List.of("-1")), Map.of("WHARF_PORT", "9000"), ProfileValues.NONE))
                .hasMessageContaining("--port (from command line): -1 is out of range");
    }
}
