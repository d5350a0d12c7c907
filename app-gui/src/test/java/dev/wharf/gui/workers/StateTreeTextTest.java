package dev.wharf.gui.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import org.junit.jupiter.api.Test;

class StateTreeTextTest {

    private final JsonNodeFactory json = JsonNodeFactory.instance;

    @Test
    void aTimestampInSecondsReadsWithoutAnExponent() {
        assertThat(StateTree.text(json.numberNode(1.795631706323E9))).isEqualTo("1795631706.323");
    }

    @Test
    void otherValuesReadAsJsonWritesThem() {
        assertThat(StateTree.text(json.numberNode(1.0))).isEqualTo("1.0");
        assertThat(StateTree.text(json.numberNode(0.25))).isEqualTo("0.25");
        assertThat(StateTree.text(json.numberNode(42L))).isEqualTo("42");
        assertThat(StateTree.text(json.textNode("ready"))).isEqualTo("\"ready\"");
        assertThat(StateTree.text(json.numberNode(Double.NaN))).isEqualTo("\"NaN\"");
    }
}
