package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PluginRequestsTest {

    @Test
    void pluginFlagsBecomeRequestsInOrderWithTheirOptions() {
        List<PluginRequest> requests = PluginRequests.fromCommandLine(List.of("cors", "gzip"),
                List.of("gzip.minimum_size=1024", "cors.allow_origins=https://a.test,https://b.test", "gzip.level=3"));
        assertThat(requests).containsExactly(
                PluginRequest.of("cors", "allow_origins=https://a.test,https://b.test"),
                PluginRequest.of("gzip", "minimum_size=1024", "level=3"));
    }

    @Test
    void malformedOrStrayPluginOptionsAreRefusedNamingTheFlag() {
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("level=3")))
                .hasMessage("--plugin-option 'level=3' is not ID.NAME=VALUE; write for example gzip.minimum_size=1024");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("gzip.=3")))
                .hasMessageContaining("is not ID.NAME=VALUE");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("cors.max_age=5")))
                .hasMessage("--plugin-option 'cors.max_age=5' sets an option of plugin 'cors', which is not enabled; add --plugin cors");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip", "gzip"), List.of()))
                .hasMessageStartingWith("--plugin gzip is given twice");
    }
}
