package dev.wharf.config;

/**
 * A value a setting does not accept. The message says what is wrong with the value and what is
 * allowed, without naming the setting: the caller knows which setting and where the value came
 * from, and {@link SettingProblem} puts the three together.
 */
public final class InvalidValue extends IllegalArgumentException {

    public InvalidValue(String message) {
        super(message);
    }
}
