package dev.wharf.protocols.websocket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Config;
import dev.wharf.config.WebSocketMode;
import dev.wharf.config.WebSocketSettings;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WebSocketSettingsTest {

    @Test
    void defaultsAreUvicorns() {
        WebSocketSettings defaults = WebSocketSettings.defaults();
        assertThat(defaults.ws()).isEqualTo(WebSocketMode.AUTO);
        assertThat(defaults.maxSize()).isEqualTo(16 * 1024 * 1024);
        assertThat(defaults.maxQueue()).isEqualTo(32);
        assertThat(defaults.pingInterval()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.pingTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(defaults.perMessageDeflate()).isTrue();
        assertThat(Config.builder("app").build().webSocket()).isEqualTo(defaults);
    }

    @Test
    void wsModeIsReadByItsCommandLineName() {
        assertThat(WebSocketMode.fromName("none")).isEqualTo(WebSocketMode.NONE);
        assertThat(WebSocketMode.fromName("AUTO")).isEqualTo(WebSocketMode.AUTO);
        assertThat(WebSocketMode.AUTO).hasToString("auto");
        assertThatThrownBy(() -> WebSocketMode.fromName("websockets"))
                .hasMessage("ws: 'websockets' is not a WebSocket mode; use auto or none");
    }

    @Test
    void badValuesAreRefusedNamingTheSetting() {
        WebSocketSettings defaults = WebSocketSettings.defaults();
        assertThatThrownBy(() -> defaults.withMaxSize(0)).hasMessageStartingWith("ws-max-size: 0 bytes");
        assertThatThrownBy(() -> defaults.withMaxQueue(0)).hasMessageStartingWith("ws-max-queue: 0 messages");
        assertThatThrownBy(() -> defaults.withPings(Duration.ofSeconds(-1), Duration.ZERO))
                .hasMessageStartingWith("ws-ping-interval: -1.0 s");
        assertThatThrownBy(() -> defaults.withPings(Duration.ZERO, Duration.ofMillis(-500)))
                .hasMessageStartingWith("ws-ping-timeout: -0.5 s");
    }
}
