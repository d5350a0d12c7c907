package dev.wharf.config.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SocketActivationTest {

    @Test
    void listenFdsForThisProcessServesOnDescriptor3() {
        Settings settings =
                SocketActivation.apply(Settings.defaults(), Map.of("LISTEN_FDS", "1", "LISTEN_PID", "4242"), 4242);

        assertThat(settings.get(ServerOptions.FD)).isEqualTo(3);
    }

    @Test
    void listenFdsForAnotherProcessIsIgnored() {
        // A child of the activated process inherits the variables, but not the sockets' meaning.
        Settings settings =
                SocketActivation.apply(Settings.defaults(), Map.of("LISTEN_FDS", "1", "LISTEN_PID", "4242"), 4343);

        assertThat(settings.get(ServerOptions.FD)).isNull();
    }

    @Test
    void anFdGivenOnTheCommandLineWinsOverActivation() {
        Settings settings = SocketActivation.apply(
                Settings.defaults().with(ServerOptions.FD, 7), Map.of("LISTEN_FDS", "2", "LISTEN_PID", "1"), 1);

        assertThat(settings.get(ServerOptions.FD)).isEqualTo(7);
    }
}
