package dev.wharf.installer;

/** Packaging cannot go on: the message says what is wrong and what to do, and is all the user sees. */
public final class PackagingException extends RuntimeException {

    public PackagingException(String message) {
        super(message);
    }

    public PackagingException(String message, Throwable cause) {
        super(message, cause);
    }
}
