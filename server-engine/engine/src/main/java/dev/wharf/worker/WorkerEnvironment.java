package dev.wharf.worker;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * What the supervisor tells a worker process through its environment: where its control socket is,
 * the secret to show there, and who it is. The token travels in the environment rather than on the
 * command line so other users cannot read it from the process list.
 *
 * @param controlSocket  the worker's private control socket
 * @param token          the secret its hello must carry
 * @param workerId       its id
 * @param generation     the generation it belongs to (0 for a spare, which learns its generation when adopted)
 * @param spare          started ahead of need: it warms up while it waits for its settings
 * @param warmUp         for a spare, the app the server serves now, which it will most likely serve
 *                       too: its libraries are what it warms up; else {@code null}
 */
public record WorkerEnvironment(
        Path controlSocket, String token, int workerId, int generation, boolean spare, AppHint warmUp) {

    /**
     * What a spare may know ahead of its settings: the app, its classpath and interface as the
     * settings model writes them, and whether the server speaks TLS (with HTTP/2 offered or not).
     * Only names and switches, never the settings' values as a whole (no key file, no password), so
     * nothing secret travels in a process's environment.
     */
    public record AppHint(String app, String appDir, String appInterface, TlsHint tls) {

        public AppHint {
            tls = tls == null ? TlsHint.NONE : tls;
        }

        public AppHint(String app, String appDir, String appInterface) {
            this(app, appDir, appInterface, TlsHint.NONE);
        }
    }

    /** Whether the server a spare will most likely join speaks TLS, and offers h2 by ALPN. */
    public enum TlsHint {
        NONE,
        HTTP1,
        HTTP2
    }

    public WorkerEnvironment(Path controlSocket, String token, int workerId, int generation, boolean spare) {
        this(controlSocket, token, workerId, generation, spare, null);
    }

    public static final String CONTROL_SOCKET = "WHARF_CONTROL_SOCKET";
    public static final String TOKEN = "WHARF_WORKER_TOKEN";
    public static final String WORKER_ID = "WHARF_WORKER_ID";
    public static final String GENERATION = "WHARF_GENERATION";
    public static final String SPARE = "WHARF_SPARE";
    public static final String WARM_APP = "WHARF_WARM_APP";
    public static final String WARM_APP_DIR = "WHARF_WARM_APP_DIR";
    public static final String WARM_INTERFACE = "WHARF_WARM_INTERFACE";
    public static final String WARM_TLS = "WHARF_WARM_TLS";

    /**
     * @throws IllegalStateException naming the variable that is missing, as when a user starts a worker by hand
     */
    public static WorkerEnvironment from(Map<String, String> env) {
        return new WorkerEnvironment(
                Path.of(require(env, CONTROL_SOCKET)),
                require(env, TOKEN),
                Integer.parseInt(require(env, WORKER_ID)),
                Integer.parseInt(require(env, GENERATION)),
                "1".equals(env.get(SPARE)),
                env.get(WARM_APP) == null
                        ? null
                        : new AppHint(
                                env.get(WARM_APP),
                                env.getOrDefault(WARM_APP_DIR, ""),
                                env.get(WARM_INTERFACE),
                                tlsHint(env.get(WARM_TLS))));
    }

    /** The variables to give a worker's process. */
    public Map<String, String> toMap() {
        Map<String, String> variables = new HashMap<>(Map.of(
                CONTROL_SOCKET,
                controlSocket.toString(),
                TOKEN,
                token,
                WORKER_ID,
                Integer.toString(workerId),
                GENERATION,
                Integer.toString(generation),
                SPARE,
                spare ? "1" : "0"));
        if (warmUp != null) {
            variables.put(WARM_APP, warmUp.app());
            variables.put(WARM_APP_DIR, warmUp.appDir());
            variables.put(WARM_INTERFACE, warmUp.appInterface());
            if (warmUp.tls() != TlsHint.NONE) {
                variables.put(WARM_TLS, warmUp.tls().name());
            }
        }
        return Map.copyOf(variables);
    }

    /** An unknown value (a supervisor of another version) only costs the head start: no TLS rehearsal. */
    private static TlsHint tlsHint(String value) {
        for (TlsHint hint : TlsHint.values()) {
            if (hint.name().equals(value)) {
                return hint;
            }
        }
        return TlsHint.NONE;
    }

    private static String require(Map<String, String> env, String name) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(
                    name + " is not set: a worker is started by the Wharf supervisor, not by hand "
                            + "(use wharf run APP --workers N)");
        }
        return value;
    }
}
