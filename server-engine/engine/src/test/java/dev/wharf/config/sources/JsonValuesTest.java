package dev.wharf.config.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonValuesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aProfilesValuesReachTheOptionTypesAsPlainJavaOfTheKindWritten() throws Exception {
        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("port", 8000);
        expected.put("delay", 0.25);
        expected.put("reload", true);
        expected.put("app", "hello");
        expected.put("dirs", List.of("a", "b"));
        expected.put("uds", null);

        assertThat(JsonValues.toPlain(JSON.readTree("""
                {"port": 8000, "delay": 0.25, "reload": true, "app": "hello", "dirs": ["a", "b"], "uds": null}"""))).isEqualTo(expected);
        assertThat(JsonValues.toPlain(null)).isNull();
    }

    @Test
    void aFractionIsNeverTakenForAWholeNumber() throws Exception {
        assertThat(JsonValues.toPlain(JSON.readTree("2.0"))).isEqualTo(2.0);
        assertThat(JsonValues.toPlain(JSON.readTree("12345678901"))).isEqualTo(12345678901L);
        assertThat(JsonValues.toPlain(JSON.readTree("[1, null]"))).isEqualTo(Arrays.asList(1, null));
    }
}
