package dev.wharf.gui.fx;

import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.application.Platform;

/**
 * The two places view-model work runs: the FX thread, which only updates properties, and a
 * background executor for everything that waits (files, processes, the supervisor's futures).
 *
 * @param fx          runs on the FX thread
 * @param background  runs off it; each task on a virtual thread of its own
 */
public record UiThreads(Executor fx, Executor background) {

    public static UiThreads javaFx() {
        ExecutorService background = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("wharf-gui-", 0).factory());
        return new UiThreads(Platform::runLater, background);
    }
}
