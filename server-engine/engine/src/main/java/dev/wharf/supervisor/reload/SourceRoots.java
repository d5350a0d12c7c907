package dev.wharf.supervisor.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java source roots reload compiles: those the project layout names, and the root of any other
 * changed {@code .java} file, found from its {@code package} declaration (the folder its package
 * starts in). Lists every source of the roots, because reload recompiles them all together: with a
 * warm compiler that is fast, and it recompiles every dependent of a changed class without having to
 * know which they are.
 */
final class SourceRoots {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;", Pattern.MULTILINE);
    private static final Pattern COMMENTS = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);

    private final Set<Path> roots = new LinkedHashSet<>();
    private final ChangeFilter filter;

    SourceRoots(List<Path> known, ChangeFilter filter) {
        roots.addAll(known);
        this.filter = filter;
    }

    List<Path> roots() {
        return List.copyOf(roots);
    }

    /** Adds the root of a changed source file that is under no known root. */
    void add(Path javaFile) {
        if (WatchedFolders.under(List.copyOf(roots), javaFile) == null) {
            roots.add(rootOf(javaFile));
        }
    }

    /** Every {@code .java} file under the roots that the excludes leave in (editor lock files and backups out). */
    List<Path> sources() {
        List<Path> sources = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                        return !dir.equals(root) && filter.excludes(root, dir)
                                ? FileVisitResult.SKIP_SUBTREE
                                : FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                        if (attrs.isRegularFile()
                                && file.getFileName().toString().endsWith(".java")
                                && !filter.excludes(root, file)) {
                            sources.add(file);
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return sources;
    }

    /** Whether a source under the roots changed after {@code since} (milliseconds since the epoch). */
    List<Path> changedSince(long since) {
        List<Path> changed = new ArrayList<>();
        for (Path source : sources()) {
            try {
                if (Files.getLastModifiedTime(source).toMillis() > since) {
                    changed.add(source);
                }
            } catch (IOException e) {
                changed.add(source); // gone or unreadable: the compiler will say
            }
        }
        return changed;
    }

    /** The folder a source file's package starts in; its own folder when the declaration does not match the path. */
    static Path rootOf(Path javaFile) {
        Path folder = javaFile.toAbsolutePath().getParent();
        String text;
        try {
            text = Files.readString(javaFile);
        } catch (IOException | UncheckedIOException e) {
            return folder;
        }
        Matcher matcher = PACKAGE.matcher(COMMENTS.matcher(text).replaceAll(" "));
        if (!matcher.find()) {
            return folder;
        }
        Path packagePath = Path.of(matcher.group(1).replace('.', '/'));
        if (folder.endsWith(packagePath)) {
            Path root = folder;
            for (int i = 0; i < packagePath.getNameCount(); i++) {
                root = root.getParent();
            }
            return root;
        }
        return folder;
    }
}
