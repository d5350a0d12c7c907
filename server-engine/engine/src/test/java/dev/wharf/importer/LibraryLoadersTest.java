package dev.wharf.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app's jars load in one loader that app loads share while the jars stay the same, under a new
 * loader of the app's own folders each time: a reload gets its fresh classes and finds its
 * libraries already loaded.
 */
class LibraryLoadersTest {

    private static final Path OTHER_JACKSON = Path.of("target/app-jars");

    @TempDir
    Path project;

    private static List<Path> jacksonJars() throws IOException {
        try (Stream<Path> files = Files.list(OTHER_JACKSON)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private List<Path> appDir() throws IOException {
        Path classes = Files.createDirectories(project.resolve("classes"));
        return Stream.concat(Stream.of(classes), jacksonJars().stream()).toList();
    }

    private static ClassLoader load(List<Path> appDir) throws AppImportException {
        return AppClassPath.appLoader(appDir, LibraryLoadersTest.class.getClassLoader(), false);
    }

    @Test
    void twoLoadsOfTheSameJarsShareTheLibraryClassesButNotTheProjectLoader() throws Exception {
        List<Path> appDir = appDir();

        ClassLoader first = load(appDir);
        ClassLoader second = load(appDir);

        assertThat(second).isNotSameAs(first);
        assertThat(second.loadClass("com.fasterxml.jackson.databind.ObjectMapper"))
                .isSameAs(first.loadClass("com.fasterxml.jackson.databind.ObjectMapper"));
    }

    @Test
    void aJarThatChangedGetsANewLibraryLoader() throws Exception {
        Path copy = Files.createDirectories(project.resolve("lib"));
        for (Path jar : jacksonJars()) {
            Files.copy(jar, copy.resolve(jar.getFileName()));
        }
        List<Path> appDir = List.of(Files.createDirectories(project.resolve("classes")), copy.resolve("*"));
        Class<?> before = load(appDir).loadClass("com.fasterxml.jackson.databind.ObjectMapper");

        try (Stream<Path> jars = Files.list(copy)) {
            Path one = jars.findFirst().orElseThrow();
            Files.setLastModifiedTime(
                    one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() + 5_000));
        }
        Class<?> after = load(appDir).loadClass("com.fasterxml.jackson.databind.ObjectMapper");

        assertThat(after).isNotSameAs(before);
    }

    @Test
    void aClassInTheProjectsFoldersWinsOverAJarsClassOfTheSameName() throws Exception {
        Path jar = project.resolve("old.jar");
        Path folder = Files.createDirectories(project.resolve("classes/app"));
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(out)) {
            entries.putNextEntry(new JarEntry("app/version.txt"));
            entries.write("from the jar".getBytes());
            entries.closeEntry();
        }
        Files.writeString(folder.resolve("version.txt"), "from the folder");

        ClassLoader loader = load(List.of(project.resolve("classes"), jar));

        assertThat(new String(loader.getResource("app/version.txt").openStream().readAllBytes()))
                .isEqualTo("from the folder");
        assertThat(loader.getResources("app/version.txt").asIterator())
                .toIterable()
                .hasSize(2);
    }
}
