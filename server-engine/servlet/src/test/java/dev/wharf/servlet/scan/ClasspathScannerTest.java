package dev.wharf.servlet.scan;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
}
