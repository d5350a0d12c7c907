package dev.wharf.startup;

import java.io.File;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A JVM command line a start-up cache is made for: the {@code java} that runs it, its options (a
 * module path among them, the class path not) and its class path. The JVM maps a cache fully only
 * when it runs with the options and jars the cache was made with, so these name it.
 */
public record Launch(String java, List<String> options, String classPath) {

    public Launch {
        options = List.copyOf(options);
    }

    /** The {@code java} of the runtime this code runs on, as the shell launcher's runtime is this one. */
    public static String javaOfThisRuntime() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        return Path.of(System.getProperty("java.home"), "bin", windows ? "java.exe" : "java")
                .toString();
    }

    /**
     * The jars classes come from: the class path's (a {@code folder/*} entry taking the folder's jars,
     * as the JVM expands it) and the module path's. Empty when the class path names a folder of
     * classes: the JVM caches classes of jars only ("Cannot have non-empty directory in paths").
     */
    Optional<List<Path>> jars() throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            if (entry.equals("*") || entry.endsWith(File.separator + "*") || entry.endsWith("/*")) {
                jars.addAll(jarsIn(Path.of(entry.substring(0, entry.length() - 1))));
            } else if (isJar(entry)) {
                jars.add(Path.of(entry));
            } else {
                return Optional.empty();
            }
        }
        for (String entry : modulePath()) {
            Path path = Path.of(entry);
            if (Files.isDirectory(path)) {
                jars.addAll(jarsIn(path));
            } else if (isJar(entry)) {
                jars.add(path);
            }
        }
        return Optional.of(List.copyOf(jars));
    }

    private List<String> modulePath() {
        List<String> entries = new ArrayList<>();
        for (int i = 0; i < options.size(); i++) {
            String option = options.get(i);
            String value = null;
            if ((option.equals("--module-path") || option.equals("-p")) && i + 1 < options.size()) {
                value = options.get(++i);
            } else if (option.startsWith("--module-path=")) {
                value = option.substring("--module-path=".length());
            }
            if (value != null) {
                entries.addAll(List.of(value.split(File.pathSeparator)));
            }
        }
        return entries;
    }

    private static boolean isJar(String entry) {
        return entry.toLowerCase(Locale.ROOT).endsWith(".jar");
    }

    /** A folder's jars in name order: the order the JVM lists them in is the file system's. */
    private static List<Path> jarsIn(Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder)) {
            for (Path file : files) {
                if (isJar(file.getFileName().toString()) && Files.isRegularFile(file)) {
                    jars.add(file);
                }
            }
        }
        jars.sort(null);
        return jars;
    }
}
