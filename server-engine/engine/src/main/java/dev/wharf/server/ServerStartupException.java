package dev.wharf.server;

/**
 * The worker could not start serving. The message, when there is one, is for the user (none when
 * the failure was already logged); {@link #exitCode()} follows Uvicorn: 3 when the application's
 * startup failed, 2 for a setting it cannot serve with (a TLS key that does not open), 1 for anything
 * else (such as a port in use).
 */
public final class ServerStartupException extends Exception {

    public static final int STARTUP_FAILURE = 3;
    public static final int GENERAL_FAILURE = 1;
    public static final int BAD_SETTING = 2;

    private final int exitCode;

    public ServerStartupException(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
