package dev.wharf.supervisor.process;

import dev.wharf.supervisor.LogLine;
import dev.wharf.supervisor.SupervisorEvent;
import dev.wharf.supervisor.SupervisorSnapshot;
import java.time.Instant;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the supervisor tells the world: its own log lines, its events, and the snapshot the window
 * and the CLI read. It decides nothing.
 *
 * <p>Threads: lines and events are told on the supervisor's thread, which so calls every listener;
 * the snapshot is made there too and read from any thread.
 */
final class Announcer {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final Events events = new Events();
    private final LogBuffer logs;
    private final boolean echoLogs;
    private final Supplier<SupervisorSnapshot> snapshotNow;
    private volatile SupervisorSnapshot snapshot = SupervisorSnapshot.STOPPED;

    /**
     * @param echoLogs    whether worker lines go to this process's console, and so the supervisor's own
     * @param snapshotNow what the supervisor looks like now, called on its thread
     */
    Announcer(LogBuffer logs, boolean echoLogs, Supplier<SupervisorSnapshot> snapshotNow) {
        this.logs = logs;
        this.echoLogs = echoLogs;
        this.snapshotNow = snapshotNow;
    }

    AutoCloseable subscribe(Consumer<SupervisorEvent> listener) {
        return events.subscribe(listener);
    }

    void emit(SupervisorEvent event) {
        events.emit(event);
    }

    /**
     * A line of the supervisor's own, kept with the workers' lines as worker 0's (and the event that
     * carries it). It goes to this process's console too when worker lines do (the CLI); the window
     * shows it in its logs, so its console stays quiet.
     */
    void say(int aboutWorker, String text) {
        say(aboutWorker, text, false);
    }

    /** The same; a warning goes to the console always. */
    void say(int aboutWorker, String text, boolean warning) {
        if (warning) {
            log.warn(text);
        } else if (echoLogs) {
            log.info(text);
        }
        LogLine line = new LogLine(0, ProcessHandle.current().pid(), LogLine.Stream.SUPERVISOR, text, Instant.now());
        logs.add(line);
        emit(new SupervisorEvent.Log(line.at(), line));
    }

    /** Takes a new snapshot, after a change the window should see. */
    void publish() {
        snapshot = snapshotNow.get();
    }

    SupervisorSnapshot snapshot() {
        return snapshot;
    }
}
