package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PluginRequestsTest {

    @Test
    void pluginFlagsBecomeRequestsInOrderWithTheirOptions() {
        List<PluginRequest> requests = PluginRequests.fromCommandLine(
                List.of("cors", "gzip"),
                List.of("gzip.minimum_size=1024", "cors.allow_origins=https://a.test,https://b.test", "gzip.level=3"));
        assertThat(requests)
                .containsExactly(
                        PluginRequest.of("cors", "allow_origins=https://a.test,https://b.test"),
                        PluginRequest.of("gzip", "minimum_size=1024", "level=3"));
    }

    @Test
    void profileValuesBecomeTheTextTheOptionsParse() {
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("allow_origins", List.of("https://a.test", "https://b.test"));
        options.put("allow_credentials", true);
        options.put("max_age", 1.5);
        assertThat(PluginRequest.fromValues("cors", options))
                .isEqualTo(PluginRequest.of(
                        "cors",
                        "allow_origins=https://a.test,https://b.test",
                        "allow_credentials=true",
                        "max_age=1.5"));
        assertThatThrownBy(() -> PluginRequest.fromValues("cors", Map.of("max_age", Map.of("seconds", 5))))
                .hasMessage(
                        "plugin 'cors', option 'max_age': an object is not a value; give text, a number, true/false or a list");
    }

    @Test
    void malformedOrStrayPluginOptionsAreRefusedNamingTheFlag() {
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("level=3")))
                .hasMessage("--plugin-option 'level=3' is not ID.NAME=VALUE; write for example gzip.minimum_size=1024");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("gzip.=3")))
                .hasMessageContaining("is not ID.NAME=VALUE");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip"), List.of("cors.max_age=5")))
                .hasMessage(
                        "--plugin-option 'cors.max_age=5' sets an option of plugin 'cors', which is not enabled; add --plugin cors");
        assertThatThrownBy(() -> PluginRequests.fromCommandLine(List.of("gzip", "gzip"), List.of()))
                .hasMessageStartingWith("--plugin gzip is given twice");
    }
}
