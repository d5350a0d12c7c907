package dev.wharf.supervisor.reload;

import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * Which changed files trigger a reload: {@code --reload-include} and {@code --reload-exclude} globs,
 * an exclude winning over an include, as Uvicorn's reload filter has it. A glob without a slash
 * ({@code *.java}, {@code .*}) is matched against the file's name; one with a slash
 * ({@code **}{@code /node_modules/**}) against its path relative to the watched folder, where a
 * leading {@code **}{@code /} also matches no folder at all. Knows nothing of watching or compiling.
 */
public final class ChangeFilter {

    private final List<Glob> includes;
    private final List<Glob> excludes;

    public ChangeFilter(List<String> includes, List<String> excludes) {
        this.includes = compile(includes);
        this.excludes = compile(excludes);
    }

    /**
     * @param root the watched folder {@code file} was seen under
     * @param file the changed file
     */
    public boolean triggers(Path root, Path file) {
        Path relative = root != null && file.startsWith(root) ? root.relativize(file) : file.getFileName();
        return matches(includes, relative) && !matches(excludes, relative);
    }

    /** Whether a file would never trigger a reload, whatever its name: for skipping whole folders on a walk. */
    public boolean excludes(Path root, Path file) {
        Path relative = root != null && file.startsWith(root) ? root.relativize(file) : file.getFileName();
        return matches(excludes, relative);
    }

    private static boolean matches(List<Glob> globs, Path relative) {
        if (relative == null || relative.toString().isEmpty()) {
            return false;
        }
        Path name = relative.getFileName();
        for (Glob glob : globs) {
            if (glob.matches(name, relative)) {
                return true;
            }
        }
        return false;
    }

    private static List<Glob> compile(List<String> patterns) {
        FileSystem fs = FileSystems.getDefault();
        List<Glob> globs = new ArrayList<>();
        for (String pattern : patterns) {
            boolean onPath = pattern.contains("/");
            List<PathMatcher> matchers = new ArrayList<>();
            matchers.add(fs.getPathMatcher("glob:" + pattern));
            if (pattern.startsWith("**/")) {
                // "**/x/**" should also match "x/..." right under the watched folder.
                matchers.add(fs.getPathMatcher("glob:" + pattern.substring(3)));
            }
            globs.add(new Glob(onPath, List.copyOf(matchers)));
        }
        return List.copyOf(globs);
    }

    private record Glob(boolean onPath, List<PathMatcher> matchers) {
        boolean matches(Path name, Path relative) {
            Path subject = onPath ? relative : name;
            for (PathMatcher matcher : matchers) {
                if (matcher.matches(subject)) {
                    return true;
                }
            }
            return false;
        }
    }
}
