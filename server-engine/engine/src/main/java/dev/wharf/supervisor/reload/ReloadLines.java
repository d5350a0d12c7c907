package dev.wharf.supervisor.reload;

import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A reload as the supervisor's log says it: one line per reload, then one line per compile error in
 * the {@code file:line:column: message} form that terminals and editors make clickable.
 */
public final class ReloadLines {

    private static final int SHOWN_FILES = 3;

    private ReloadLines() {}

    public static List<String> of(ReloadReport report) {
        List<String> lines = new ArrayList<>();
        String changed = changed(report.trigger());
        switch (report.outcome()) {
            case RELOADED -> {
                ReloadDecision decision = report.decision();
                if (decision.kind() == ReloadDecision.Kind.SWAPPED) {
                    lines.add("Hot-swapped " + classes(decision.changedClasses()) + " into " + workers(decision)
                            + " in " + millis(report.totalTime()) + " (compile " + millis(report.compileTime())
                            + ", swap " + millis(decision.swapTime()) + ")" + changed + "; app.state kept");
                } else {
                    lines.add("Reloaded in " + seconds(report.totalTime()) + " (compile "
                            + seconds(report.compileTime()) + ", startup " + seconds(report.startupTime())
                            + ")" + changed + "; new generation"
                            + (decision.reason() == null ? "" : " because " + decision.reason()));
                }
            }
            case COMPILE_FAILED -> {
                int count = report.compileErrors().size();
                lines.add("Reload failed: " + count + " compile error" + (count == 1 ? "" : "s") + changed
                        + "; the last good generation keeps serving");
                for (CompileError error : report.compileErrors()) {
                    lines.add(error.toString());
                }
            }
            case STARTUP_FAILED ->
                lines.add("Reload failed" + changed + ": "
                        + (report.message() == null ? "the new generation did not start" : report.message())
                        + "; the last good generation keeps serving");
        }
        return lines;
    }

    private static String changed(List<String> trigger) {
        if (trigger.isEmpty()) {
            return "";
        }
        List<String> shown = trigger.subList(0, Math.min(SHOWN_FILES, trigger.size()));
        int more = trigger.size() - shown.size();
        return " after changes in " + String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    private static String classes(List<String> names) {
        if (names.isEmpty()) {
            return "no class (none changed)";
        }
        List<String> simple = names.stream()
                .map(name -> name.substring(name.lastIndexOf('.') + 1))
                .toList();
        List<String> shown = simple.subList(0, Math.min(SHOWN_FILES, simple.size()));
        int more = simple.size() - shown.size();
        return names.size() + (names.size() == 1 ? " class (" : " classes (") + String.join(", ", shown)
                + (more > 0 ? " and " + more + " more" : "") + ")";
    }

    private static String workers(ReloadDecision decision) {
        int count = decision.workers().size();
        String each = decision.workers().stream()
                .map(w -> "#" + w.workerId() + " " + millis(w.time()))
                .reduce((a, b) -> a + ", " + b)
                .orElse("");
        return count + (count == 1 ? " worker" : " workers") + (count == 0 ? "" : " (" + each + ")");
    }

    private static String millis(Duration duration) {
        return String.format(Locale.ROOT, "%.1f ms", duration.toNanos() / 1e6);
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.2f s", duration.toNanos() / 1e9);
    }
}
