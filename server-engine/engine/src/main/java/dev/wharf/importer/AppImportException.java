package dev.wharf.importer;

/** The application named on the command line could not be found or made; the message says why. */
public final class AppImportException extends Exception {

    public AppImportException(String message) {
        super(message);
    }

    public AppImportException(String message, Throwable cause) {
        super(message, cause);
    }
}
