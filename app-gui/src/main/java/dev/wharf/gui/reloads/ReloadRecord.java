package dev.wharf.gui.reloads;

import dev.wharf.gui.fx.Format;
import dev.wharf.supervisor.CompileError;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * One reload as the view lists it: the report's facts, written out for reading.
 *
 * @param at          when the reload was reported
 * @param files       the changed files
 * @param classes     the classes whose bytes changed, by binary name
 * @param compiled    how many classes reload compiled (zero when a build wrote them)
 * @param decision    what was done: "Hot-swapped 2 classes in 3.1 ms", "Rolled generation 4", …
 * @param reason      why, in plain words
 * @param compileTime the compile time, or "none" when nothing was compiled
 * @param swapTimes   each worker's swap time ("#1 0.8 ms, #2 1.1 ms"), or "" when nothing was swapped
 * @param stateKept   "kept" or "reset" ("" when the reload failed and the old workers serve on)
 * @param ok          whether the new code serves
 */
public record ReloadRecord(
        Instant at,
        List<String> files,
        List<String> classes,
        int compiled,
        String decision,
        String reason,
        String compileTime,
        String swapTimes,
        String stateKept,
        boolean ok) {

    public ReloadRecord {
        files = List.copyOf(files);
        classes = List.copyOf(classes);
    }

    /**
     * @param generation the generation a roll started, when known, else null
     */
    public static ReloadRecord of(Instant at, ReloadReport report, Integer generation) {
        ReloadDecision decision = report.decision();
        String compileTime = report.compileTime().isZero() ? "none" : millis(report.compileTime());
        String swapTimes = String.join(
                ", ",
                decision.workers().stream()
                        .map(w -> "#" + w.workerId() + " " + millis(w.time()))
                        .toList());
        return switch (report.outcome()) {
            case RELOADED ->
                decision.kind() == ReloadDecision.Kind.SWAPPED
                        ? new ReloadRecord(
                                at,
                                report.trigger(),
                                decision.changedClasses(),
                                decision.compiledClasses(),
                                "Hot-swapped " + count(decision.changedClasses().size(), "class", "classes") + " in "
                                        + millis(decision.swapTime()),
                                "Only method bodies changed, so the new code was redefined "
                                        + (decision.workers().size() == 1
                                                ? "in the running worker"
                                                : "in each of the "
                                                        + decision.workers().size() + " running workers")
                                        + "; requests in flight finished on the old code. Static initializers"
                                        + " did not run again.",
                                compileTime,
                                swapTimes,
                                "kept",
                                true)
                        : new ReloadRecord(
                                at,
                                report.trigger(),
                                decision.changedClasses(),
                                decision.compiledClasses(),
                                generation == null ? "Rolled a new generation" : "Rolled generation " + generation,
                                rollReason(decision.reason()),
                                compileTime,
                                swapTimes,
                                "reset",
                                true);
            case COMPILE_FAILED ->
                new ReloadRecord(
                        at,
                        report.trigger(),
                        List.of(),
                        0,
                        "Compile failed",
                        compileFailure(report.compileErrors()),
                        compileTime,
                        "",
                        "",
                        false);
            case STARTUP_FAILED ->
                new ReloadRecord(
                        at,
                        report.trigger(),
                        decision.changedClasses(),
                        decision.compiledClasses(),
                        "New generation failed",
                        (report.message() == null ? "The new generation did not start" : report.message())
                                + ". The last good generation keeps serving.",
                        compileTime,
                        "",
                        "",
                        false);
        };
    }

    /** {@code 14:03:27}, for the list. */
    public String clock() {
        return Format.clock(at);
    }

    /** {@code 14:03:27.120}, for the details. */
    public String when() {
        return Format.clockMillis(at);
    }

    public String filesInLine() {
        return String.join(", ", files);
    }

    public String filesText() {
        return String.join("\n", files);
    }

    /** {@code 2 compiled; changed: demo.Greeting, demo.Page}. */
    public String classesText() {
        return compiled + " compiled" + (classes.isEmpty() ? "" : "; changed: " + String.join(", ", classes));
    }

    public String swapText() {
        return swapTimes.isEmpty() ? "—" : swapTimes;
    }

    public String stateText() {
        return stateKept.isEmpty() ? "—" : stateKept;
    }

    private static String rollReason(String reason) {
        if (reason == null) {
            return "--reload-mode restart asks for a new generation on every change (or nothing could be swapped).";
        }
        return Character.toUpperCase(reason.charAt(0)) + reason.substring(1) + ", so new workers were started.";
    }

    private static String compileFailure(List<CompileError> errors) {
        String first = errors.isEmpty() ? "" : " The first: " + errors.get(0) + ".";
        return "The sources did not compile (" + count(errors.size(), "error", "errors")
                + "), so nothing was swapped or started: the last good code keeps serving." + first;
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** {@code 0.8 ms} below 10 ms, where the tenths matter (a swap), else {@code 212 ms}. */
    static String millis(Duration duration) {
        double millis = duration.toNanos() / 1e6;
        return millis < 10
                ? String.format(Locale.ROOT, "%.1f ms", millis)
                : String.format(Locale.ROOT, "%,.0f ms", millis);
    }
}
