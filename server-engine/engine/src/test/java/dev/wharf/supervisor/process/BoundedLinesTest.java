package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

/** A worker's output lines are kept whole up to 64 KiB, and cut there with a marker. */
class BoundedLinesTest {

    @Test
    void ordinaryLinesComeAsTheyAre() throws IOException {
        BoundedLines lines = new BoundedLines(new StringReader("one\r\ntwo\n\nlast without newline"));
        assertThat(lines.readLine()).isEqualTo("one");
        assertThat(lines.readLine()).isEqualTo("two");
        assertThat(lines.readLine()).isEmpty();
        assertThat(lines.readLine()).isEqualTo("last without newline");
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void aLineLongerThan64KiBIsCutWithAMarkerAndTheNextLineIsWhole() throws IOException {
        String endless = "x".repeat(10 * BoundedLines.MAX_CHARS);
        BoundedLines lines = new BoundedLines(new StringReader(endless + "\nnext\n"));
        String first = lines.readLine();
        assertThat(first).hasSize(BoundedLines.MAX_CHARS + BoundedLines.CUT.length());
        assertThat(first).endsWith(BoundedLines.CUT);
        assertThat(lines.readLine()).isEqualTo("next");
        assertThat(lines.readLine()).isNull();
    }

    @Test
    void aLineOfExactly64KiBIsNotCut() throws IOException {
        String full = "y".repeat(BoundedLines.MAX_CHARS);
        BoundedLines lines = new BoundedLines(new StringReader(full + "\n"));
        assertThat(lines.readLine()).isEqualTo(full);
    }
}
