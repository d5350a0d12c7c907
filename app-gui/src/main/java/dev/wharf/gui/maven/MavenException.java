package dev.wharf.gui.maven;

/** A Maven project that could not be resolved; the message says why and what to do. */
public final class MavenException extends Exception {

    public MavenException(String message) {
        super(message);
    }
}
