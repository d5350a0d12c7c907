package dev.wharf.gui.fx;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnsiCodesTest {

    @Test
    void mavensResetsAndColoursLeaveOnlyTheWords() {
        assertThat(AnsiCodes.strip("\u001B[0m\u001B[0m")).isEmpty();
        assertThat(AnsiCodes.strip("[\u001B[1;31mERROR\u001B[m] Failed to execute goal"))
                .isEqualTo("[ERROR] Failed to execute goal");
        assertThat(AnsiCodes.strip("plain [0m stays")).isEqualTo("plain [0m stays");
    }
}
