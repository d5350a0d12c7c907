package dev.wharf.config.profile;

import java.io.IOException;

/** A profile file that cannot be read or parsed; the message names the file and, for bad JSON, the line and column. */
public final class ProfileException extends IOException {

    public ProfileException(String message, Throwable cause) {
        super(message, cause);
    }
}
