package dev.wharf.supervisor.reload;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.importer.AppClassPath;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Where an app's files are, worked out from its settings: the folders reload watches, the Java source
 * roots it compiles and the resource roots whose changed files it serves. By default it watches the
 * app's class folders ({@code --app-dir}) and, for a Maven {@code X/target/classes} or a Gradle
 * {@code X/build/classes/java/main}, the project's {@code X/src/main/java} and
 * {@code X/src/main/resources} when they exist; {@code --reload-dir} replaces that list, as in Uvicorn.
 * With nothing to go by it watches the working folder, as Uvicorn does.
 *
 * @param watched        the folders to watch, none inside another
 * @param classFolders   the app's class folders: a change there comes from the user's own build
 * @param sourceRoots    Java source roots known from the project layout
 * @param resourceRoots  resource roots known from the project layout
 * @param appClassPath   the app's classpath entries, {@code dir/*} expanded, for compiling against
 */
public record WatchedFolders(
        List<Path> watched,
        List<Path> classFolders,
        List<Path> sourceRoots,
        List<Path> resourceRoots,
        List<Path> appClassPath) {

    public WatchedFolders {
        watched = List.copyOf(watched);
        classFolders = List.copyOf(classFolders);
        sourceRoots = List.copyOf(sourceRoots);
        resourceRoots = List.copyOf(resourceRoots);
        appClassPath = List.copyOf(appClassPath);
    }

    /**
     * @param workingFolder what relative paths are relative to, and what is watched when nothing else is
     * @throws IllegalArgumentException naming a {@code --reload-dir} that is not a folder
     */
    public static WatchedFolders of(Settings settings, Path workingFolder) {
        Set<Path> classFolders = new LinkedHashSet<>();
        Set<Path> jarFolders = new LinkedHashSet<>();
        List<Path> classPath = new ArrayList<>();
        for (Path entry : AppClassPath.parse(String.join(File.pathSeparator, settings.get(AppOptions.APP_DIR)))) {
            Path absolute = workingFolder.resolve(entry).toAbsolutePath().normalize();
            if (absolute.getFileName() != null
                    && absolute.getFileName().toString().equals("*")) {
                jarFolders.add(absolute.getParent());
                classPath.addAll(jarsIn(absolute.getParent()));
            } else {
                classPath.add(absolute);
                if (Files.isDirectory(absolute)) {
                    classFolders.add(absolute);
                }
            }
        }
        Set<Path> sources = new LinkedHashSet<>();
        Set<Path> resources = new LinkedHashSet<>();
        for (Path classes : classFolders) {
            Path project = projectOf(classes);
            if (project != null) {
                addIfFolder(sources, project.resolve("src/main/java"));
                addIfFolder(resources, project.resolve("src/main/resources"));
            }
        }
        Set<Path> watched = new LinkedHashSet<>();
        List<String> given = settings.get(ReloadOptions.RELOAD_DIRS);
        if (!given.isEmpty()) {
            for (String dir : given) {
                Path folder = workingFolder.resolve(dir).toAbsolutePath().normalize();
                if (!Files.isDirectory(folder)) {
                    throw new IllegalArgumentException("--reload-dir '" + dir + "' is not a folder (looked at " + folder
                            + "); name an existing folder to watch.");
                }
                watched.add(folder);
            }
        } else {
            watched.addAll(classFolders);
            watched.addAll(sources);
            watched.addAll(resources);
            watched.addAll(jarFolders);
            if (watched.isEmpty()) {
                watched.add(workingFolder.toAbsolutePath().normalize());
            }
        }
        return new WatchedFolders(
                outermost(watched), List.copyOf(classFolders), List.copyOf(sources), List.copyOf(resources), classPath);
    }

    /** The watched folder {@code file} is under, or {@code null}. */
    public Path rootOf(Path file) {
        return under(watched, file);
    }

    static Path under(List<Path> folders, Path file) {
        for (Path folder : folders) {
            if (file.startsWith(folder)) {
                return folder;
            }
        }
        return null;
    }

    /** The project folder of a build's class folder: {@code X} for {@code X/target/classes} or {@code X/build/classes/java/main}. */
    private static Path projectOf(Path classes) {
        if (classes.endsWith(Path.of("target", "classes"))) {
            return classes.getParent().getParent();
        }
        if (classes.endsWith(Path.of("build", "classes", "java", "main"))) {
            return classes.getParent().getParent().getParent().getParent();
        }
        return null;
    }

    private static void addIfFolder(Set<Path> into, Path folder) {
        if (Files.isDirectory(folder)) {
            into.add(folder);
        }
    }

    private static List<Path> jarsIn(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f ->
                            f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Drops folders inside another one of the list: a recursive watch of the outer one sees them already. */
    private static List<Path> outermost(Set<Path> folders) {
        List<Path> kept = new ArrayList<>();
        for (Path folder : folders) {
            boolean inside = folders.stream().anyMatch(other -> !other.equals(folder) && folder.startsWith(other));
            if (!inside) {
                kept.add(folder);
            }
        }
        return kept;
    }
}
