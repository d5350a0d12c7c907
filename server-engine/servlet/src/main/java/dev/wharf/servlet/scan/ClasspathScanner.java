package dev.wharf.servlet.scan;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Reads the header of every class in the application's class folders and jars. Versioned classes of
 * multi-release jars, {@code module-info} and {@code package-info} are skipped: none can be a servlet.
 */
public final class ClasspathScanner {

    private ClasspathScanner() {}

    /**
     * The entries to scan: those given, else the {@code file:} URLs of the application's class loader and of
     * its parents for as long as they are {@code URLClassLoader}s, nearest first: Wharf's {@code --app-dir}
     * loader keeps the project's folders in one loader over another that holds its jars, and an application
     * packaged as a jar has its classes in the latter.
     */
    public static List<Path> entries(List<Path> given, ClassLoader appLoader) {
        if (!given.isEmpty()) {
            return given;
        }
        List<Path> entries = new ArrayList<>();
        for (ClassLoader at = appLoader; at instanceof URLClassLoader urls; at = at.getParent()) {
            for (URL url : urls.getURLs()) {
                if ("file".equals(url.getProtocol())) {
                    try {
                        entries.add(Path.of(url.toURI()));
                    } catch (URISyntaxException | IllegalArgumentException e) {
                        // Not a path on this file system: nothing to scan there.
                    }
                }
            }
        }
        return entries;
    }

    /**
     * The header of each class found, by class name; the first entry that has a class wins, as loading does.
     * A jar's headers are read once per JVM while the jar is unchanged ({@link JarHeaders}): a reload, and an
     * app loaded after a spare's framework warm-up, scan only the project's folders afresh.
     */
    public static Map<String, ClassFileHeader> scan(List<Path> entries) throws IOException {
        Map<String, ClassFileHeader> classes = new LinkedHashMap<>();
        for (Path entry : entries) {
            if (Files.isDirectory(entry)) {
                scanFolder(entry, classes);
            } else if (Files.isRegularFile(entry)
                    && entry.toString().toLowerCase().endsWith(".jar")) {
                JarHeaders.of(entry).forEach(classes::putIfAbsent);
            }
        }
        return classes;
    }

    private static void scanFolder(Path folder, Map<String, ClassFileHeader> into) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (isCandidate(folder.relativize(file).toString().replace('\\', '/'))) {
                    try (InputStream in = Files.newInputStream(file)) {
                        add(in, into);
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    static void scanJar(Path jar, Map<String, ClassFileHeader> into) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) file.stream()::iterator) {
                if (!entry.isDirectory() && isCandidate(entry.getName())) {
                    try (InputStream in = file.getInputStream(entry)) {
                        add(in, into);
                    }
                }
            }
        }
    }

    private static boolean isCandidate(String relativePath) {
        return relativePath.endsWith(".class")
                && !relativePath.startsWith("META-INF/")
                && !relativePath.endsWith("module-info.class")
                && !relativePath.endsWith("package-info.class");
    }

    private static void add(InputStream classFile, Map<String, ClassFileHeader> into) {
        try {
            // One read of the whole entry: the header is read a byte or two at a time, and each small read
            // of a jar entry's inflating stream costs more than the class file's inflating at once.
            ClassFileHeader header = ClassFileHeader.read(new ByteArrayInputStream(classFile.readAllBytes()));
            if (header.name() != null) {
                into.putIfAbsent(header.name(), header);
            }
        } catch (IOException | RuntimeException e) {
            // A damaged or foreign file named .class cannot be loaded either: the class loader will say so if asked.
        }
    }
}
