package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;

/** Copies worker lines to the supervisor's own console, whole lines at a time, as a terminal user sees Uvicorn's workers. */
final class Console {

    private Console() {}

    static synchronized void print(LogLine.Stream stream, String text) {
        if (stream == LogLine.Stream.STDERR) {
            System.err.println(text);
        } else {
            System.out.println(text);
        }
    }
}
