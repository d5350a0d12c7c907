package dev.wharf.supervisor.reload.hotswap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The class files of a classes folder, by binary name: {@code com/example/Greeting.class} is {@code com.example.Greeting}. */
public final class ClassFiles {

    private ClassFiles() {}

    /** Every class file under {@code folder}, read; empty when there is no such folder. */
    public static Map<String, byte[]> read(Path folder) {
        Map<String, byte[]> classes = new TreeMap<>();
        if (folder == null || !Files.isDirectory(folder)) {
            return classes;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                classes.put(binaryName(folder.relativize(file)), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the classes in " + folder, e);
        }
        return classes;
    }

    /** The bytes of class {@code name} in the first of {@code folders} that has it, or null. */
    public static byte[] find(List<Path> folders, String name) {
        String file = name.replace('.', '/') + ".class";
        for (Path folder : folders) {
            Path path = folder.resolve(file);
            if (Files.isRegularFile(path)) {
                try {
                    return Files.readAllBytes(path);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + path, e);
                }
            }
        }
        return null;
    }

    private static String binaryName(Path relative) {
        String path = relative.toString().replace(relative.getFileSystem().getSeparator(), ".");
        return path.substring(0, path.length() - ".class".length());
    }
}
