package dev.wharf.importer;

/** The application named on the command line could not be found or made; the message says why. */
public final class AppImportException extends Exception {

    /** Exit code of an app that cannot be imported, as Uvicorn's. */
    public static final int IMPORT_FAILURE = 1;
    /** Exit code of an APP that contradicts the options given with it (a usage error). */
    public static final int USAGE = 2;

    private final int exitCode;

    public AppImportException(String message) {
        this(message, null, IMPORT_FAILURE);
    }

    public AppImportException(String message, Throwable cause) {
        this(message, cause, IMPORT_FAILURE);
    }

    public AppImportException(String message, Throwable cause, int exitCode) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
