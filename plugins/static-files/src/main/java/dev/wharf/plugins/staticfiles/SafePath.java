package dev.wharf.plugins.staticfiles;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Maps the part of a request path below the prefix to a file inside the served folder, and to
 * nothing else. The one place that decides what may be read, so it is strict:
 *
 * <ul>
 *   <li>it works on the raw path, split on {@code /} before decoding, so an encoded slash
 *       ({@code %2F}) can never make a new segment;</li>
 *   <li>a segment that decodes to {@code .} or {@code ..}, or holds {@code /}, {@code \}, {@code :}
 *       or NUL, or is not valid percent-encoding, refuses the whole path;</li>
 *   <li>the file found must still lie in the folder once every symbolic link is followed, so a
 *       link pointing out of it serves nothing.</li>
 * </ul>
 */
final class SafePath {

    private final Path root;

    /** @param root the served folder, already resolved to its real path */
    SafePath(Path root) {
        this.root = root;
    }

    static SafePath of(Path folder) throws IOException {
        return new SafePath(folder.toRealPath());
    }

    /**
     * The real path of what {@code rawRest} names in the folder (a file or a folder), or empty when
     * it names nothing there or tries to leave it.
     *
     * @param rawRest the raw path below the prefix, such as {@code /css/site.css} or {@code ""}
     */
    Optional<Path> resolve(String rawRest) {
        Path path = root;
        for (String raw : rawRest.split("/")) {
            if (raw.isEmpty()) {
                continue;
            }
            String segment = decode(raw);
            if (segment == null || !isPlainName(segment)) {
                return Optional.empty();
            }
            path = path.resolve(segment);
        }
        return within(path);
    }

    /** {@code path} followed through every link, if it exists and is still inside the folder. */
    Optional<Path> within(Path path) {
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            return Optional.empty(); // missing, a dangling link, or unreadable
        }
        return real.startsWith(root) ? Optional.of(real) : Optional.empty();
    }

    /** A percent-decoded segment, or {@code null} when the encoding is broken. {@code +} stays {@code +} in a path. */
    private static String decode(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean isPlainName(String segment) {
        if (segment.equals(".") || segment.equals("..")) {
            return false;
        }
        for (int i = 0; i < segment.length(); i++) {
            char c = segment.charAt(i);
            if (c == '/' || c == '\\' || c == ':' || c == '\0') {
                return false;
            }
        }
        return true;
    }
}
