package dev.wharf.importer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The application's classpath from {@code --app-dir}: folders of classes, jars, and
 * {@code folder/*} for every jar in a folder, as {@code java -cp} reads it.
 */
public final class AppClassPath {

    private AppClassPath() {}

    /**
     * A class loader over {@code entries} whose parent is Wharf's own loader, so an app sees the
     * ASGI API (and the bundled samples) from Wharf.
     *
     * @throws AppImportException naming the first entry that does not exist
     */
    public static ClassLoader loaderFor(List<Path> entries, ClassLoader parent) throws AppImportException {
        if (entries.isEmpty()) {
            return parent;
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : entries) {
            for (Path resolved : expand(entry)) {
                urls.add(toUrl(resolved));
            }
        }
        return new URLClassLoader("wharf-app", urls.toArray(URL[]::new), parent);
    }

    /**
     * An app's class loader over {@code entries}: its folders in a {@link ProjectClassLoader} of
     * its own, over its jars in the {@link LibraryLoaders shared library loader}, over the contract
     * alone (the JDK, the ASGI API and, when {@code servletShared}, the Servlet API).
     *
     * @throws AppImportException naming the first entry that does not exist
     */
    static ClassLoader appLoader(List<Path> entries, ClassLoader wharf, boolean servletShared)
            throws AppImportException {
        List<URL> folders = new ArrayList<>();
        List<Path> jars = new ArrayList<>();
        for (Path entry : entries) {
            for (Path resolved : expand(entry)) {
                if (Files.isDirectory(resolved)) {
                    folders.add(toUrl(resolved));
                } else {
                    jars.add(resolved);
                }
            }
        }
        ClassLoader libraries = LibraryLoaders.forJars(jars, wharf, servletShared);
        return new ProjectClassLoader(folders.toArray(URL[]::new), libraries);
    }

    /** The entries an app loader made by {@link #appLoader} reads: its folders, then its jars. */
    static List<URL> entriesOf(ClassLoader loader) {
        List<URL> entries = new ArrayList<>();
        for (ClassLoader at = loader; at instanceof URLClassLoader urls; at = at.getParent()) {
            entries.addAll(List.of(urls.getURLs()));
        }
        return entries;
    }

    /** Splits a {@code --app-dir} value on the platform's path separator. */
    public static List<Path> parse(String value) {
        List<Path> paths = new ArrayList<>();
        for (String part : value.split(File.pathSeparator)) {
            if (!part.isBlank()) {
                paths.add(Path.of(part.strip()));
            }
        }
        return paths;
    }

    private static List<Path> expand(Path entry) throws AppImportException {
        if (entry.getFileName() != null && entry.getFileName().toString().equals("*")) {
            Path folder = entry.getParent() == null ? Path.of(".") : entry.getParent();
            if (!Files.isDirectory(folder)) {
                throw new AppImportException("Error loading ASGI app. --app-dir entry '" + entry + "': folder "
                        + folder.toAbsolutePath() + " does not exist");
            }
            List<Path> jars = new ArrayList<>();
            try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
                stream.forEach(jars::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            jars.sort(null);
            return jars;
        }
        if (!Files.exists(entry)) {
            throw new AppImportException("Error loading ASGI app. --app-dir entry '" + entry
                    + "' does not exist (looked at " + entry.toAbsolutePath() + ")");
        }
        return List.of(entry);
    }

    static URL toUrl(Path path) {
        try {
            return path.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable classpath entry: " + path, e);
        }
    }
}
