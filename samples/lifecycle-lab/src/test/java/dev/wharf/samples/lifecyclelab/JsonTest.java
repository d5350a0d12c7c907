package dev.wharf.samples.lifecyclelab;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writesWhatAJsonParserReadsBack() throws Exception {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "quote \" backslash \\ newline \n tab \t bell \u0007 é");
        value.put("numbers", List.of(1, 2.5, -3));
        value.put("nothing", null);
        value.put("flag", true);
        value.put("pair", Arrays.asList("127.0.0.1", null));
        String written = Json.write(value);
        assertThat(new ObjectMapper().readValue(written, Map.class)).isEqualTo(value);
    }
}
