package dev.wharf.supervisor;

/** The supervisor cannot serve: the message says what is wrong and what to do. */
public final class SupervisorException extends Exception {

    public SupervisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
