package dev.wharf.servlet.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * One application's classes in a class folder of their own, as Wharf's {@code --app-dir} has them, so each
 * test application is scanned alone although all of them compile into one test-classes folder. The loader
 * over that folder delegates to the test class path, which loads the classes themselves.
 */
public final class AppFolder {

    private final Path root;
    private final List<Class<?>> classes = new ArrayList<>();

    private AppFolder(Path root) {
        this.root = root;
    }

    public static AppFolder in(Path root) {
        return new AppFolder(root);
    }

    /** Adds these classes, and their nested classes, to the folder. */
    public AppFolder with(Class<?>... types) {
        for (Class<?> type : types) {
            copyClassFiles(type);
            classes.add(type);
        }
        return this;
    }

    /** Declares a service of the application, as its {@code META-INF/services} would. */
    public AppFolder service(Class<?> service, Class<?> provider) {
        try {
            Path file = root.resolve("META-INF/services/" + service.getName());
            Files.createDirectories(file.getParent());
            Files.writeString(file, provider.getName() + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Path root() {
        return root;
    }

    /** A loader over the folder, as Wharf makes for {@code --app-dir}. */
    public URLClassLoader loader() {
        try {
            return new URLClassLoader(
                    "servlet-test-app", new URL[] {root.toUri().toURL()}, AppFolder.class.getClassLoader());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyClassFiles(Class<?> type) {
        try {
            Path compiled =
                    Path.of(type.getResource(type.getSimpleName() + ".class").toURI());
            Path target = root.resolve(type.getPackageName().replace('.', '/'));
            Files.createDirectories(target);
            String prefix = compiled.getFileName().toString().replace(".class", "");
            try (DirectoryStream<Path> siblings = Files.newDirectoryStream(compiled.getParent(), prefix + "*.class")) {
                for (Path sibling : siblings) {
                    String name = sibling.getFileName().toString();
                    if (name.equals(prefix + ".class") || name.startsWith(prefix + "$")) {
                        Files.copy(sibling, target.resolve(name), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
