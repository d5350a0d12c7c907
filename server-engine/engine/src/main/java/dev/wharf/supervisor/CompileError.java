package dev.wharf.supervisor;

/**
 * A Java compile error, where it is and what it says.
 *
 * @param file     the source file
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column, or 0 when unknown
 * @param message  the compiler's message
 */
public record CompileError(String file, long line, long column, String message) {

    /** {@code src/Main.java:12:5}, the form editors and terminals make clickable. */
    public String location() {
        return file + ":" + line + ":" + column;
    }

    @Override
    public String toString() {
        return location() + ": " + message;
    }
}
