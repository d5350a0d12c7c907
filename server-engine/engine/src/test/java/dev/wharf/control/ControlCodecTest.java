package dev.wharf.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ControlCodecTest {

    @Test
    void messagesAreOneLineOfJsonNamedByTheirType() {
        String line = ControlCodec.encode(new ControlMessage.Phase(LifespanPhase.FAILED, "no database"));
        assertThat(line).isEqualTo("{\"type\":\"phase\",\"phase\":\"FAILED\",\"message\":\"no database\"}");
        assertThat(ControlCodec.decode(line)).isEqualTo(new ControlMessage.Phase(LifespanPhase.FAILED, "no database"));
    }

    @Test
    void statsSurviveTheRoundTrip() {
        WorkerStats stats = new WorkerStats(
                Instant.parse("2026-01-01T00:00:00Z"),
                3,
                10,
                1,
                99,
                2,
                4,
                5,
                1000,
                2000,
                64_000_000,
                90_000_000,
                7,
                123_456_789L,
                List.of(0L, 95L, 1L, 2L, 1L),
                List.of(10L, 80L, 9L),
                List.of(new DbPoolStats("main", 3, 1, 4, 10, 0)),
                2,
                17,
                4_321);
        ControlMessage decoded = ControlCodec.decode(ControlCodec.encode(new ControlMessage.Stats(stats)));
        assertThat(decoded).isEqualTo(new ControlMessage.Stats(stats));
    }

    @Test
    void aWorkersPoolNumbersSurviveTheRoundTripAndAnOlderWorkerSendsNone() {
        WorkerStats stats = new WorkerStats(
                Instant.parse("2026-01-01T00:00:00Z"),
                1,
                1,
                1,
                1,
                0,
                0,
                0,
                10,
                20,
                1,
                2,
                -1,
                -1,
                List.of(),
                List.of(),
                List.of(new DbPoolStats("orders", 2, 1, 3, 10, 4), new DbPoolStats("reports", 0, 0, 0, -1, 0)),
                0,
                0,
                0);

        String line = ControlCodec.encode(new ControlMessage.Stats(stats));

        assertThat(ControlCodec.decode(line)).isEqualTo(new ControlMessage.Stats(stats));
        ControlMessage.Stats older =
                (ControlMessage.Stats) ControlCodec.decode(line.substring(0, line.indexOf(",\"db_pools\"")) + "}}");
        assertThat(older.stats().dbPools()).isEmpty();
    }

    @Test
    void settingsTravelAsTheModelsKeysAndAreCheckedOnArrival() {
        Settings settings = Settings.defaults()
                .with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofMillis(1500))
                .with(LimitOptions.LIMIT_CONCURRENCY, 20);
        var line = ControlCodec.encode(
                new ControlMessage.Configure(SettingsJson.encode(settings), ControlMessage.BindMode.SHARED_SOCKET));
        assertThat(line).contains("\"bind_mode\":\"SHARED_SOCKET\"").contains("\"timeout_keep_alive\":1.5");
        ControlMessage.Configure configure = (ControlMessage.Configure) ControlCodec.decode(line);
        assertThat(SettingsJson.decode(configure.settings())).isEqualTo(settings);
    }

    @Test
    void classBytesAndTheWorkersAnswerSurviveTheRoundTrip() {
        byte[] classFile = {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 10, '\n'};

        ControlMessage decoded = ControlCodec.decode(
                ControlCodec.encode(new ControlMessage.Redefine(3, Map.of("demo.Greeting", classFile))));
        ControlMessage answer = ControlCodec.decode(
                ControlCodec.encode(new ControlMessage.Redefined(3, List.of("demo.Greeting"), 1, null, 420)));

        assertThat(decoded).isInstanceOf(ControlMessage.Redefine.class);
        ControlMessage.Redefine redefine = (ControlMessage.Redefine) decoded;
        assertThat(redefine.seq()).isEqualTo(3);
        assertThat(redefine.classes()).containsOnlyKeys("demo.Greeting");
        assertThat(redefine.classes().get("demo.Greeting")).isEqualTo(classFile);
        assertThat(answer).isEqualTo(new ControlMessage.Redefined(3, List.of("demo.Greeting"), 1, null, 420));
    }

    @Test
    void aLineThatIsNotAMessageSaysSo() {
        assertThatThrownBy(() -> ControlCodec.decode("{\"type\":\"launch_missiles\"}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("not a control message");
    }
}
