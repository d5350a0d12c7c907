package dev.wharf.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * Every message of the control channel between the supervisor and a worker: the one schema of the
 * protocol. On the wire each is one line of JSON whose {@code "type"} names the record
 * ({@code {"type":"ping","seq":7}}); fields are the record components, in snake case.
 *
 * <p>The conversation: the worker connects to its private socket and sends {@link Hello}; in
 * shared-socket mode the supervisor passes the listening socket's descriptor and the worker answers
 * {@link SocketReceived}; the supervisor sends {@link Configure}; the worker reports {@link Phase}s,
 * then {@link Stats} and {@link State} whenever they change. The supervisor may send
 * {@link ApplySettings}, {@link Redefine}, {@link Ping}, {@link Drain} and {@link Shutdown} at any time after.
 */
public sealed interface ControlMessage {

    // ---- worker → supervisor ----

    /**
     * The worker's first message.
     *
     * @param workerId    the id the supervisor gave it (WHARF_WORKER_ID)
     * @param token       the secret the supervisor gave it (WHARF_WORKER_TOKEN): a process that cannot
     *                    show it is not the worker and is disconnected
     * @param pid         the worker's process id
     * @param generation  the generation it was spawned for
     * @param jvm         Java version and VM name, for the GUI
     */
    record Hello(int workerId, String token, long pid, int generation, String jvm) implements ControlMessage {}

    /** The listening socket's descriptor arrived: the channel now carries JSON lines only. */
    record SocketReceived() implements ControlMessage {}

    /**
     * The worker's lifespan moved on.
     *
     * @param phase    the new phase
     * @param message  for {@code FAILED}, the app's failure message (or why the app did not load)
     */
    record Phase(LifespanPhase phase, String message) implements ControlMessage {}

    /** The worker's counters, sent at most every 250 ms and only when they changed. */
    record Stats(WorkerStats stats) implements ControlMessage {}

    /**
     * The worker's {@code app.state}, sent when it changed.
     *
     * @param state  the state as JSON; values JSON cannot hold are {@code {"$type": …, "$value": toString}}
     * @param cut    whether the snapshot was cut at its size or depth limit
     */
    record State(JsonNode state, boolean cut) implements ControlMessage {}

    /**
     * What a plugin published (the request inspector's last requests), sent when it changed.
     *
     * @param key   the plugin's key, prefixed with its id ({@code request-inspector.requests})
     * @param data  the snapshot as JSON
     */
    record PluginData(String key, JsonNode data) implements ControlMessage {}

    /** The answer to {@link Ping}, sent from the worker's HTTP event loop so a wedged loop fails the health check. */
    record Pong(long seq) implements ControlMessage {}

    /**
     * What the worker did with {@link ApplySettings}.
     *
     * @param applied      keys of the settings now in effect
     * @param needRestart  keys of the settings that need a restart
     */
    record SettingsApplied(List<String> applied, List<String> needRestart) implements ControlMessage {}

    /**
     * What the worker did with {@link Redefine}.
     *
     * @param seq        the {@link Redefine}'s
     * @param redefined  the loaded classes it redefined
     * @param pending    how many classes it had not loaded yet (they will load with the new bytes)
     * @param refusal    why it swapped nothing, or null when it swapped all
     * @param micros     how long the swap took in the worker
     */
    record Redefined(long seq, List<String> redefined, int pending, String refusal, long micros)
            implements ControlMessage {}

    // ---- supervisor → worker ----

    /**
     * What to serve and how.
     *
     * @param settings   every setting, keyed as in a profile file
     * @param bindMode   how the worker gets its listening socket
     */
    record Configure(JsonNode settings, BindMode bindMode) implements ControlMessage {}

    /** New settings; the worker applies the live ones and answers {@link SettingsApplied}. */
    record ApplySettings(JsonNode settings) implements ControlMessage {}

    /**
     * Hot swap: redefine these classes in the app's class loader, all or none, and answer {@link Redefined}.
     *
     * @param seq      identifies the answer
     * @param classes  class files by binary name (base64 on the wire)
     */
    record Redefine(long seq, Map<String, byte[]> classes) implements ControlMessage {}

    /** Are you alive? Answered by {@link Pong} with the same {@code seq}. */
    record Ping(long seq) implements ControlMessage {}

    /** Stop accepting, let requests in flight finish (within the graceful-shutdown timeout), run lifespan shutdown, exit 0. */
    record Drain() implements ControlMessage {}

    /** Cut what is in flight now, run lifespan shutdown, exit. */
    record Shutdown() implements ControlMessage {}

    /** How a worker gets its listening socket. */
    enum BindMode {
        /** The descriptor the supervisor passed over the control socket. */
        SHARED_SOCKET,
        /** Its own socket on the same address with SO_REUSEPORT, where descriptors cannot be passed. */
        REUSE_PORT
    }
}
