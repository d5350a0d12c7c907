package dev.wharf.gui.server;

import dev.wharf.gui.fx.Format;
import dev.wharf.supervisor.ReloadDecision;
import dev.wharf.supervisor.ReloadReport;

/** A reload's outcome in one line, as the toolbar and the timeline say it. */
public final class ReloadText {

    private ReloadText() {}

    public static String of(ReloadReport report) {
        return switch (report.outcome()) {
            case RELOADED ->
                report.decision().kind() == ReloadDecision.Kind.SWAPPED
                        ? "Hot-swapped " + report.decision().changedClasses().size()
                                + (report.decision().changedClasses().size() == 1 ? " class" : " classes") + " in "
                                + Format.seconds(report.totalTime()) + ", app.state kept"
                        : "Reloaded in " + Format.seconds(report.totalTime()) + " (compile "
                                + Format.seconds(report.compileTime()) + ", startup "
                                + Format.seconds(report.startupTime()) + "): new generation";
            case COMPILE_FAILED ->
                "Compile failed: " + report.compileErrors().size()
                        + (report.compileErrors().size() == 1 ? " error" : " errors")
                        + "; the last good generation serves";
            case STARTUP_FAILED ->
                "Startup failed" + (report.message() == null ? "" : ": " + report.message())
                        + "; the last good generation serves";
        };
    }
}
