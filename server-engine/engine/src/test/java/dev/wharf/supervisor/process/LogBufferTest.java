package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.supervisor.LogLine;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class LogBufferTest {

    private final Instant start = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void aChattyWorkerDoesNotPushOutTheLastLinesOfAQuietOne() {
        LogBuffer buffer = new LogBuffer(100, 8);
        buffer.add(line(1, "database unreachable", 0));
        for (int i = 0; i < 10_000; i++) {
            buffer.add(line(2, "GET / 200", i + 1));
        }

        assertThat(buffer.last(1, 30)).containsExactly("database unreachable");
        assertThat(buffer.last(2, 200)).hasSize(100);
    }

    @Test
    void lastGivesTheNewestLinesOldestFirst() {
        LogBuffer buffer = new LogBuffer(10, 8);
        for (int i = 1; i <= 5; i++) {
            buffer.add(line(1, "line " + i, i));
        }

        assertThat(buffer.last(1, 3)).containsExactly("line 3", "line 4", "line 5");
    }

    @Test
    void allInterleavesTheWorkersLinesInTheOrderTheyWereWritten() {
        LogBuffer buffer = new LogBuffer(10, 8);
        buffer.add(line(1, "a", 1));
        buffer.add(line(2, "b", 2));
        buffer.add(line(1, "c", 3));

        assertThat(buffer.all()).extracting(LogLine::text).containsExactly("a", "b", "c");
    }

    @Test
    void theLinesOfTheOldestWorkersGoOnceTooManyWorkersWrote() {
        LogBuffer buffer = new LogBuffer(10, 2);
        buffer.add(line(1, "first", 1));
        buffer.add(line(2, "second", 2));
        buffer.add(line(3, "third", 3));

        assertThat(buffer.all()).extracting(LogLine::text).containsExactly("second", "third");
    }

    @Test
    void theSupervisorsOwnLinesStayHoweverManyWorkersCameAndWent() {
        LogBuffer buffer = new LogBuffer(10, 2);
        buffer.add(line(0, "Started parent process", 0));
        for (int worker = 1; worker <= 5; worker++) {
            buffer.writerFor(worker).accept(line(worker, "worker " + worker, worker));
        }

        assertThat(buffer.all()).extracting(LogLine::text).containsExactly("Started parent process", "worker 5");
    }

    private LogLine line(int worker, String text, int second) {
        return new LogLine(worker, 1000 + worker, LogLine.Stream.STDOUT, text, start.plusSeconds(second));
    }
}
