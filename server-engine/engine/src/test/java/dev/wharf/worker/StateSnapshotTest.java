package dev.wharf.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class StateSnapshotTest {

    record Point(int x, String label) {}

    static final class Pool {
        @Override
        public String toString() {
            return "Pool[size=4]";
        }
    }

    @Test
    void plainValuesKeepTheirJsonShape() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("started_at", 1.5);
        state.put("pid", 42L);
        state.put("counter", new AtomicLong(7));
        state.put("tags", List.of("a", "b"));
        state.put("origin", new Point(1, "home"));
        state.put("nothing", null);

        StateSnapshot.Result result = StateSnapshot.of(state);

        assertThat(result.cut()).isFalse();
        assertThat(result.tree().toString())
                .isEqualTo(
                        "{\"started_at\":1.5,\"pid\":42,\"counter\":7,\"tags\":[\"a\",\"b\"],\"origin\":{\"x\":1,\"label\":\"home\"},\"nothing\":null}");
    }

    @Test
    void otherObjectsAreShownByTypeAndToStringWithoutCallingTheirGetters() {
        StateSnapshot.Result result = StateSnapshot.of(Map.of("db", new Pool()));
        JsonNode db = result.tree().get("db");
        assertThat(db.get("$type").asText()).isEqualTo("Pool");
        assertThat(db.get("$value").asText()).isEqualTo("Pool[size=4]");
    }

    @Test
    void cyclesDeepNestingLargeCollectionsAndLongTextAreCutAndMarked() {
        Map<String, Object> self = new HashMap<>();
        self.put("me", self);
        assertThat(StateSnapshot.of(Map.of("loop", self))
                        .tree()
                        .get("loop")
                        .get("me")
                        .get("$cut")
                        .asText())
                .isEqualTo("refers back to itself");

        Object deep = "bottom";
        for (int i = 0; i < 20; i++) {
            deep = List.of(deep);
        }
        StateSnapshot.Result nested = StateSnapshot.of(Map.of("deep", deep));
        assertThat(nested.cut()).isTrue();
        assertThat(nested.tree().toString()).contains("deeper than 8 levels");

        List<Integer> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(i);
        }
        StateSnapshot.Result large = StateSnapshot.of(Map.of("many", many));
        assertThat(large.tree().get("many")).hasSize(StateSnapshot.MAX_ENTRIES + 1);
        assertThat(large.tree()
                        .get("many")
                        .get(StateSnapshot.MAX_ENTRIES)
                        .get("$cut")
                        .asText())
                .isEqualTo("300 more items");

        StateSnapshot.Result text = StateSnapshot.of(Map.of("blob", "x".repeat(5000)));
        assertThat(text.cut()).isTrue();
        assertThat(text.tree().get("blob").asText()).endsWith("(4000 more characters)");
    }
}
