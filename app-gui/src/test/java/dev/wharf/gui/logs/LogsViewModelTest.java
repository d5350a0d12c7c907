package dev.wharf.gui.logs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.setting.LogLevel;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LogsViewModelTest {

    private final List<String> clipboard = new ArrayList<>();
    private final LogsViewModel logs = new LogsViewModel(clipboard::add, Runnable::run);

    private static SupervisorEvent line(int worker, String text) {
        return new SupervisorEvent.Log(
                Instant.now(), new LogLine(worker, 100 + worker, LogLine.Stream.STDERR, text, Instant.now()));
    }

    private void receive(SupervisorEvent... events) {
        logs.accept(new TelemetryBatch(SupervisorSnapshot.STOPPED, List.of(events), 0, Instant.now()));
    }

    @Test
    void filtersByWorkerLevelAndSearchAndAStackTraceKeepsItsLinesLevel() {
        receive(
                line(1, "INFO:     Application startup complete."),
                line(2, "ERROR:    Exception in ASGI application"),
                line(2, "java.lang.IllegalStateException: boom"),
                line(1, "WARNING:  slow request"),
                line(0, "INFO:     Started worker 2"));

        logs.levelProperty().set(LogLevel.WARNING);
        assertThat(logs.visible())
                .extracting(e -> e.line().text())
                .containsExactly(
                        "ERROR:    Exception in ASGI application",
                        "java.lang.IllegalStateException: boom",
                        "WARNING:  slow request");

        logs.workerProperty().set(new WorkerFilter(2));
        logs.searchProperty().set("BOOM");
        assertThat(logs.visible())
                .extracting(e -> e.line().text())
                .containsExactly("java.lang.IllegalStateException: boom");
        assertThat(logs.workerChoices())
                .extracting(WorkerFilter::toString)
                .containsExactly("All workers", "Supervisor", "Worker 1", "Worker 2");
    }

    @Test
    void theBufferIsBoundedAndDropsTheOldestLines() {
        for (int batch = 0; batch < 3; batch++) {
            SupervisorEvent[] events = new SupervisorEvent[LogsViewModel.CAPACITY / 2];
            for (int i = 0; i < events.length; i++) {
                events[i] = line(1, "INFO:     " + batch + "-" + i);
            }
            receive(events);
        }

        assertThat(logs.size()).isEqualTo(LogsViewModel.CAPACITY);
        assertThat(logs.visible().get(0).line().text()).isEqualTo("INFO:     1-0");
    }

    @Test
    void theSupervisorsOwnLinesGetALevelFromWhatTheySay() {
        receive(
                new SupervisorEvent.Log(
                        Instant.now(),
                        new LogLine(
                                0, 1, LogLine.Stream.SUPERVISOR, "Killing worker 3 [4003] (SIGKILL)", Instant.now())),
                new SupervisorEvent.Log(
                        Instant.now(),
                        new LogLine(0, 1, LogLine.Stream.SUPERVISOR, "Started parent process [1]", Instant.now())));
        assertThat(logs.visible()).extracting(LogEntry::level).containsExactly(LogLevel.WARNING, LogLevel.INFO);
    }

    @Test
    void copyTakesTheVisibleLinesAndACompileErrorsLocation() {
        receive(line(1, "INFO:     one"), line(1, "INFO:     two"));
        logs.copy(List.of());
        assertThat(clipboard.get(0)).contains("w1! INFO:     one").contains("w1! INFO:     two");

        CompileError error = new CompileError("src/main/java/App.java", 12, 5, "';' expected");
        receive(new SupervisorEvent.Reloaded(
                Instant.now(),
                new ReloadReport(
                        List.of("App.java"),
                        Duration.ofMillis(300),
                        Duration.ZERO,
                        Duration.ofMillis(320),
                        ReloadReport.Outcome.COMPILE_FAILED,
                        List.of(error),
                        "compile failed")));
        assertThat(logs.compileErrors()).containsExactly(error);
        logs.copyLocation(error);
        assertThat(clipboard).last().isEqualTo("src/main/java/App.java:12:5");
    }
}
