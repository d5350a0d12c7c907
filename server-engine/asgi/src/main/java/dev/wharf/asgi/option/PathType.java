package dev.wharf.asgi.option;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** A file path, optionally "none". Whether the file must exist is for the code that opens it to say. */
public final class PathType extends BaseType<Path> {

    PathType(boolean optional) {
        super(optional);
    }

    @Override
    public OptionKind kind() {
        return OptionKind.PATH;
    }

    @Override
    Path parsePresent(String text) {
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new InvalidValue("'" + text + "' is not a usable path: " + e.getReason());
        }
    }

    @Override
    Path fromJsonPresent(Object json) {
        throw new InvalidValue(JsonText.of(json) + " is not a path; use " + allowed());
    }

    @Override
    void checkPresent(Path value) {
        // any path the platform can express is a path; existence is checked where it is opened
    }

    @Override
    String formatPresent(Path value) {
        return value.toString();
    }

    @Override
    public Object toJson(Path value) {
        return value == null ? null : value.toString();
    }

    @Override
    public String allowed() {
        return optional() ? "a file path, or none" : "a file path";
    }

    @Override
    public String label() {
        return "PATH";
    }
}
