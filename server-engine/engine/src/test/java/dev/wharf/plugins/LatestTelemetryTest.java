package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LatestTelemetryTest {

    private final LatestTelemetry telemetry = new LatestTelemetry();

    @Test
    void keepsTheLatestSnapshotPerKey() {
        telemetry.publish("inspector.requests", List.of(Map.of("path", "/a")));
        telemetry.publish("inspector.requests", List.of(Map.of("path", "/b", "status", 200, "ms", 1.5)));
        telemetry.publish("gzip.count", 3L);
        assertThat(telemetry.latest("inspector.requests"))
                .contains(List.of(Map.of("path", "/b", "status", 200, "ms", 1.5)));
        assertThat(telemetry.all()).containsOnlyKeys("inspector.requests", "gzip.count");
        telemetry.publish("gzip.count", null);
        assertThat(telemetry.latest("gzip.count")).isEmpty();
    }

    @Test
    void refusesWhatJsonCannotCarryNamingTheKey() {
        record Sample(int n) {}
        assertThatThrownBy(() -> telemetry.publish("p.sample", List.of(new Sample(1))))
                .hasMessageStartingWith("telemetry 'p.sample': ")
                .hasMessageContaining("is not JSON-shaped; publish maps, lists, strings, numbers and booleans");
        assertThatThrownBy(() -> telemetry.publish("p.ratio", Map.of("ratio", Double.NaN)))
                .hasMessageContaining("is not JSON-shaped");
        assertThatThrownBy(() -> telemetry.publish("p.keys", Map.of(1, "one")))
                .hasMessage("telemetry 'p.keys': map key 1 is not a string");
        assertThat(telemetry.all()).isEmpty();
    }
}
