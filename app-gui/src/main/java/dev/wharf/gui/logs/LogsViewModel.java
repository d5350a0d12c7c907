package dev.wharf.gui.logs;

import dev.wharf.config.setting.LogLevel;
import dev.wharf.gui.fx.AnsiCodes;
import dev.wharf.gui.fx.BoundedList;
import dev.wharf.gui.telemetry.TelemetryBatch;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.ReloadReport;
import dev.wharf.supervisor.SupervisorEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

/**
 * The logs view: every worker's output and the supervisor's own lines in one bounded buffer, with
 * filters by worker and level, a search, follow (the view keeps the newest line in view), copy,
 * export, clear, and the last reload's compile errors, each opening its file at its place.
 */
public final class LogsViewModel {

    /** The most lines kept; the oldest go first. */
    public static final int CAPACITY = 10_000;

    private final BoundedList<LogEntry> buffer = new BoundedList<>(CAPACITY);
    private final FilteredList<LogEntry> visible = new FilteredList<>(buffer);
    private final ObservableList<WorkerFilter> workerChoices =
            FXCollections.observableArrayList(WorkerFilter.ALL, WorkerFilter.SUPERVISOR);
    private final ObjectProperty<WorkerFilter> worker = new SimpleObjectProperty<>(this, "worker", WorkerFilter.ALL);
    private final ObjectProperty<LogLevel> level = new SimpleObjectProperty<>(this, "level", LogLevel.TRACE);
    private final StringProperty search = new SimpleStringProperty(this, "search", "");
    private final BooleanProperty follow = new SimpleBooleanProperty(this, "follow", true);
    private final ObservableList<CompileError> compileErrors = FXCollections.observableArrayList();
    private final Map<Integer, LogLevel> lastLevel = new HashMap<>();
    /** The workers (and the supervisor, 0) that have a choice in the worker filter. */
    private final Set<Integer> knownSources =
            new HashSet<>(Set.of(WorkerFilter.ALL.workerId(), WorkerFilter.SUPERVISOR.workerId()));

    private final Consumer<String> clipboard;
    private final Executor background;
    private final BooleanBinding empty = Bindings.isEmpty(buffer);
    private Consumer<CompileError> openSource = error -> {};

    /**
     * @param clipboard  puts text on the system clipboard
     * @param background where files are written
     */
    public LogsViewModel(Consumer<String> clipboard, Executor background) {
        this.clipboard = clipboard;
        this.background = background;
        worker.addListener((observable, before, now) -> refilter());
        level.addListener((observable, before, now) -> refilter());
        search.addListener((observable, before, now) -> refilter());
    }

    public void accept(TelemetryBatch batch) {
        List<LogEntry> added = new ArrayList<>();
        for (SupervisorEvent event : batch.events()) {
            if (event instanceof SupervisorEvent.Log log) {
                LogLine line = log.line();
                String text = AnsiCodes.strip(line.text());
                added.add(entry(
                        text == line.text()
                                ? line
                                : new LogLine(line.workerId(), line.pid(), line.stream(), text, line.at())));
            } else if (event instanceof SupervisorEvent.Reloaded reloaded) {
                ReloadReport report = reloaded.report();
                compileErrors.setAll(
                        report.outcome() == ReloadReport.Outcome.COMPILE_FAILED ? report.compileErrors() : List.of());
            }
        }
        if (added.isEmpty()) {
            return;
        }
        buffer.append(added);
    }

    private LogEntry entry(LogLine line) {
        LogLevel named = line.workerId() == 0 ? SupervisorLevel.of(line.text()) : LogLevel.ofLine(line.text());
        LogLevel level = named != null ? named : lastLevel.getOrDefault(line.workerId(), LogLevel.INFO);
        lastLevel.put(line.workerId(), level);
        if (knownSources.add(line.workerId())) {
            workerChoices.add(new WorkerFilter(line.workerId()));
            workerChoices.subList(2, workerChoices.size()).sort(Comparator.comparingInt(WorkerFilter::workerId));
        }
        return new LogEntry(line, level);
    }

    private void refilter() {
        WorkerFilter from = worker.get() == null ? WorkerFilter.ALL : worker.get();
        LogLevel threshold = level.get() == null ? LogLevel.TRACE : level.get();
        String wanted = search.get() == null ? "" : search.get().strip().toLowerCase(Locale.ROOT);
        visible.setPredicate(entry -> from.keeps(entry)
                && entry.level().atLeast(threshold)
                && (wanted.isEmpty()
                        || entry.line().text().toLowerCase(Locale.ROOT).contains(wanted)));
    }

    /** Copies {@code entries} (the selection), or every visible line when none is given. */
    public void copy(List<LogEntry> entries) {
        List<LogEntry> lines = entries == null || entries.isEmpty() ? visible : entries;
        clipboard.accept(lines.stream().map(LogEntry::display).collect(Collectors.joining(System.lineSeparator())));
    }

    /** Copies where a compile error is, as editors and terminals take it: {@code src/Main.java:12:5}. */
    public void copyLocation(CompileError error) {
        clipboard.accept(error.location());
    }

    public void clear() {
        buffer.clear();
        lastLevel.clear();
    }

    /**
     * Writes the lines the filters keep to {@code file}, as shown; {@code done} gets the error or
     * {@code null}, off the FX thread.
     */
    public void export(Path file, Consumer<IOException> done) {
        List<String> lines = visible.stream().map(LogEntry::display).toList();
        background.execute(() -> {
            try {
                Files.write(file, lines, StandardCharsets.UTF_8);
                done.accept(null);
            } catch (IOException e) {
                done.accept(e);
            }
        });
    }

    /** What clicking a compile error's place does: open the file in the user's editor. */
    public void openSourceWith(Consumer<CompileError> openSource) {
        this.openSource = openSource;
    }

    public void open(CompileError error) {
        openSource.accept(error);
    }

    /** Whether no line has come at all (rather than none passing the filters). */
    public BooleanBinding emptyProperty() {
        return empty;
    }

    /** The lines the filters keep, oldest first. */
    public ObservableList<LogEntry> visible() {
        return visible;
    }

    public int size() {
        return buffer.size();
    }

    public ObservableList<WorkerFilter> workerChoices() {
        return workerChoices;
    }

    public ObjectProperty<WorkerFilter> workerProperty() {
        return worker;
    }
    /** The least severe level shown. */
    public ObjectProperty<LogLevel> levelProperty() {
        return level;
    }

    public StringProperty searchProperty() {
        return search;
    }

    public BooleanProperty followProperty() {
        return follow;
    }

    public ObservableList<CompileError> compileErrors() {
        return compileErrors;
    }
}
