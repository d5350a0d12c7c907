package dev.wharf.asgi.option;

/**
 * A value an option does not accept. The message says what is wrong with the value and what is
 * allowed, without naming the option: the caller knows which option and where the value came
 * from, and puts the three together.
 */
public final class InvalidValue extends IllegalArgumentException {

    public InvalidValue(String message) {
        super(message);
    }
}
