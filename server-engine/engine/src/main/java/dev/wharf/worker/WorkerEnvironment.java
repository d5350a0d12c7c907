package dev.wharf.worker;

import java.nio.file.Path;
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
 */
public record WorkerEnvironment(Path controlSocket, String token, int workerId, int generation, boolean spare) {

    public static final String CONTROL_SOCKET = "WHARF_CONTROL_SOCKET";
    public static final String TOKEN = "WHARF_WORKER_TOKEN";
    public static final String WORKER_ID = "WHARF_WORKER_ID";
    public static final String GENERATION = "WHARF_GENERATION";
    public static final String SPARE = "WHARF_SPARE";

    /**
     * @throws IllegalStateException naming the variable that is missing, as when a user starts a worker by hand
     */
    public static WorkerEnvironment from(Map<String, String> env) {
        return new WorkerEnvironment(
                Path.of(require(env, CONTROL_SOCKET)),
                require(env, TOKEN),
                Integer.parseInt(require(env, WORKER_ID)),
                Integer.parseInt(require(env, GENERATION)),
                "1".equals(env.get(SPARE)));
    }

    /** The variables to give a worker's process. */
    public Map<String, String> toMap() {
        return Map.of(
                CONTROL_SOCKET,
                controlSocket.toString(),
                TOKEN,
                token,
                WORKER_ID,
                Integer.toString(workerId),
                GENERATION,
                Integer.toString(generation),
                SPARE,
                spare ? "1" : "0");
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
