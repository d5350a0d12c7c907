package dev.wharf.supervisor;

import java.time.Duration;
import java.util.List;

/**
 * One reload, from the file change that triggered it to the new generation serving (or not).
 *
 * @param trigger        the changed files, relative to the watched folders where possible
 * @param compileTime    time spent compiling Java sources, zero when none changed
 * @param startupTime    from spawning the new generation to all of it started
 * @param totalTime      from the change being seen to the new generation serving
 * @param outcome        how it ended
 * @param compileErrors  errors with their places, when the outcome is {@link Outcome#COMPILE_FAILED}
 * @param message        what went wrong, in words, or {@code null}
 * @param decision       swapped or rolled, and why; {@link ReloadDecision#NONE} when it failed before deciding
 */
public record ReloadReport(
        List<String> trigger,
        Duration compileTime,
        Duration startupTime,
        Duration totalTime,
        Outcome outcome,
        List<CompileError> compileErrors,
        String message,
        ReloadDecision decision) {

    public enum Outcome {
        RELOADED,
        COMPILE_FAILED,
        STARTUP_FAILED
    }

    public ReloadReport {
        trigger = List.copyOf(trigger);
        compileErrors = List.copyOf(compileErrors);
        decision = decision == null ? ReloadDecision.NONE : decision;
    }

    /** A reload that ended before deciding to swap or roll. */
    public ReloadReport(
            List<String> trigger,
            Duration compileTime,
            Duration startupTime,
            Duration totalTime,
            Outcome outcome,
            List<CompileError> compileErrors,
            String message) {
        this(trigger, compileTime, startupTime, totalTime, outcome, compileErrors, message, ReloadDecision.NONE);
    }
}
