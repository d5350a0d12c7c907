package dev.wharf.supervisor.reload;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The dev classes folder: what reload compiled and the resources that changed since the app's own
 * build, in a folder that comes first on the workers' app classpath so it wins over the build's
 * output. Each reload gets a fresh folder, never one rewritten in place: workers of the generation
 * still serving keep loading classes from theirs while the next one starts (and a failed compile
 * leaves no half-written classes anywhere). A folder is kept while it is the newest, or the one of the
 * generation serving, or of the one draining; the others are deleted, and all of them on {@link #close()}.
 */
final class DevClasses implements AutoCloseable {

    private final Path base;
    private int next = 1;
    /** The newest folder: what the next generation gets. */
    private Path current;
    /** The folders of the generation serving and of the one before it, which may still be draining. */
    private Path serving;

    private Path draining;
    /**
     * Folders swapped into the serving generation (its replacement workers start with the newest),
     * and into the one before it: kept while a worker may still load classes from them.
     */
    private Set<Path> swappedServing = new LinkedHashSet<>();

    private Set<Path> swappedDraining = new LinkedHashSet<>();
    private final Set<Path> made = new LinkedHashSet<>();
    /** Changed resources by their path inside the classpath, and the file each comes from. */
    private final Map<Path, Path> resources = new LinkedHashMap<>();

    DevClasses() {
        try {
            base = Files.createTempDirectory("wharf-reload-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a folder for reload's classes in the temporary folder", e);
        }
    }

    /** What to put first on the workers' app classpath: the folder in use, or nothing before the first change. */
    List<Path> classPathPrefix() {
        return current == null ? List.of() : List.of(current);
    }

    /** Whether there is anything that an unchanged build output lacks. */
    boolean inUse() {
        return current != null;
    }

    /** A new empty folder to compile into. */
    Path newFolder() {
        Path folder = base.resolve("classes-" + next++);
        made.add(folder);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return folder;
    }

    /** A new folder with the classes of the one in use (hard links where the file system allows), for a change without compiling. */
    Path newFolderFromCurrent() {
        Path folder = newFolder();
        if (current != null) {
            copyClasses(current, folder);
        }
        return folder;
    }

    /** Records a resource that changed, or was deleted, under {@code root}, to be served from the next folder. */
    void resourceChanged(Path root, Path file) {
        Path inside = root.relativize(file);
        if (Files.isRegularFile(file)) {
            resources.put(inside, file);
        } else {
            resources.remove(inside);
        }
    }

    boolean hasResources() {
        return !resources.isEmpty();
    }

    /** Puts the changed resources into {@code folder} and makes it the one in use. */
    void use(Path folder) {
        copyResources(folder);
        current = folder;
        prune();
    }

    /** Puts the changed resources into {@code folder}: workers that start with it find them there. */
    void copyResources(Path folder) {
        for (Map.Entry<Path, Path> resource : resources.entrySet()) {
            Path target = folder.resolve(resource.getKey());
            try {
                Files.createDirectories(target.getParent());
                Files.copy(resource.getValue(), target, StandardCopyOption.REPLACE_EXISTING);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + resource.getValue() + " for the next generation", e);
            }
        }
    }

    /** A generation with {@code prefix} now serves: the folder of the one before it may still be draining. */
    void served(List<Path> prefix) {
        Path folder = prefix.isEmpty() ? null : prefix.get(0);
        if (!Objects.equals(folder, serving)) {
            draining = serving;
            serving = folder;
            swappedDraining = swappedServing;
            swappedServing = new LinkedHashSet<>();
        }
        prune();
    }

    /** The classes of {@code folder} were hot-swapped into the serving generation: it is the one in use now. */
    void swappedIn(Path folder) {
        swappedServing.add(folder);
        current = folder;
        prune();
    }

    /** Drops a folder that will never be used (its compile failed). */
    void discard(Path folder) {
        made.remove(folder);
        delete(folder);
    }

    /**
     * Forgets everything: the user's own build has just written its class folders, so they are newer
     * than anything here.
     */
    void reset() {
        resources.clear();
        current = null;
        prune();
    }

    private void prune() {
        for (Iterator<Path> it = made.iterator(); it.hasNext(); ) {
            Path folder = it.next();
            if (!folder.equals(current)
                    && !folder.equals(serving)
                    && !folder.equals(draining)
                    && !swappedServing.contains(folder)
                    && !swappedDraining.contains(folder)) {
                delete(folder);
                it.remove();
            }
        }
    }

    @Override
    public void close() {
        delete(base);
    }

    private static void copyClasses(Path from, Path to) {
        try {
            Files.walkFileTree(from, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    Files.createDirectories(to.resolve(from.relativize(dir)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Path target = to.resolve(from.relativize(file));
                    try {
                        Files.createLink(target, file);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(file, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a temporary folder: what is left goes with the temporary folder's own cleaning
        }
    }
}
