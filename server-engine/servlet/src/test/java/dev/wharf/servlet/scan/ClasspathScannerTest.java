package dev.wharf.servlet.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which classpath entries discovery reads when none are given. */
class ClasspathScannerTest {

    @TempDir
    Path dir;

    @Test
    void entriesGivenAreScannedAsGiven() throws Exception {
        Path given = Files.createDirectory(dir.resolve("given"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            assertThat(ClasspathScanner.entries(List.of(given), loader)).containsExactly(given);
        }
    }

    @Test
    void withoutEntriesTheLoaderAndItsUrlParentsAreScannedNearestFirst() throws Exception {
        Path jar = Files.createFile(dir.resolve("app.jar"));
        Path classes = Files.createDirectory(dir.resolve("classes"));
        try (URLClassLoader libraries =
                        new URLClassLoader(new URL[] {jar.toUri().toURL()}, null);
                URLClassLoader project =
                        new URLClassLoader(new URL[] {classes.toUri().toURL()}, libraries)) {
            assertThat(ClasspathScanner.entries(List.of(), project)).containsExactly(classes, jar);
        }
    }

    @Test
    void aLoaderThatIsNoUrlLoaderHasNothingToScan() {
        assertThat(ClasspathScanner.entries(List.of(), ClassLoader.getPlatformClassLoader()))
                .isEmpty();
    }

    @Test
    void aJarIsReadOnceWhileItIsUnchangedAndAgainOnceItChanges() throws Exception {
        Path jar = dir.resolve("framework.jar");
        writeJar(jar, ClasspathScannerTest.class, Instant.parse("2026-01-01T00:00:00Z"));

        Map<String, ClassFileHeader> first = JarHeaders.of(jar);
        assertThat(first).containsOnlyKeys(ClasspathScannerTest.class.getName());
        assertThat(JarHeaders.of(jar)).isSameAs(first);
        assertThat(ClasspathScanner.scan(List.of(jar))).containsOnlyKeys(ClasspathScannerTest.class.getName());

        writeJar(jar, ClassFileHeaderTest.class, Instant.parse("2026-01-02T00:00:00Z"));
        assertThat(ClasspathScanner.scan(List.of(jar))).containsOnlyKeys(ClassFileHeaderTest.class.getName());
    }

    private static void writeJar(Path jar, Class<?> type, Instant modified) throws IOException {
        String entry = type.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file);
                InputStream classFile = type.getClassLoader().getResourceAsStream(entry)) {
            out.putNextEntry(new JarEntry(entry));
            classFile.transferTo(out);
            out.closeEntry();
        }
        Files.setLastModifiedTime(jar, FileTime.from(modified));
    }
}
