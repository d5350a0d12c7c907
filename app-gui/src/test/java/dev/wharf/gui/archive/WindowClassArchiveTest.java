package dev.wharf.gui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.gui.archive.WindowClassArchive.Run;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowClassArchiveTest {

    private static final Instant BUILT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path home;

    private Path jar;
    private String classPath;

    @BeforeEach
    void jarsAsTheImageHasThem() throws Exception {
        Path app = Files.createDirectories(home.resolve("opt/wharf/lib/app"));
        jar = Files.writeString(app.resolve("wharf-engine.jar"), "the engine");
        Path other = Files.writeString(app.resolve("netty.jar"), "netty");
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        Files.setLastModifiedTime(other, FileTime.from(BUILT));
        classPath = jar + File.pathSeparator + other;
    }

    private Path archive() {
        return home.resolve(".cache/wharf/window/classes-1a2b3c.jsa");
    }

    private Optional<Path> prepare(Run run) {
        return WindowClassArchive.prepare(archive().toString(), classPath, run);
    }

    /** What the JVM does as a run without an archive exits: after the jars were made. */
    private void jvmWritesTheArchive(String classes) throws Exception {
        Files.writeString(archive(), classes);
        Files.setLastModifiedTime(archive(), FileTime.from(BUILT.plusSeconds(3600)));
    }

    @Test
    void theFolderIsMadeForAnyRunSinceAJvmThatCannotWriteTheArchiveExitsWithAnError() {
        assertThat(prepare(Run.COMMAND)).contains(archive());

        assertThat(archive().getParent()).isDirectory();
        assertThat(archive()).doesNotExist();
    }

    @Test
    void aWindowsArchiveIsKeptByLaterWindowsAndCommands() throws Exception {
        prepare(Run.WINDOW);
        jvmWritesTheArchive("window classes");

        prepare(Run.COMMAND);
        prepare(Run.WINDOW);

        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void anArchiveACommandMadeIsRemovedByTheNextWindowSoThatTheWindowAfterWritesItsOwn() throws Exception {
        prepare(Run.COMMAND);
        jvmWritesTheArchive("command classes");
        prepare(Run.COMMAND);
        assertThat(archive()).hasContent("command classes");

        prepare(Run.WINDOW);
        assertThat(archive()).doesNotExist();

        prepare(Run.WINDOW);
        jvmWritesTheArchive("window classes");
        prepare(Run.WINDOW);
        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void anArchiveOlderThanAJarIsRemovedAsTheJvmWouldRefuseItAndNotWriteANewOne() throws Exception {
        prepare(Run.WINDOW);
        jvmWritesTheArchive("window classes");

        Files.setLastModifiedTime(jar, FileTime.from(BUILT.plusSeconds(7200)));
        prepare(Run.WINDOW);

        assertThat(archive()).doesNotExist();
    }

    @Test
    void archivesOfOtherBuildsAreRemovedAndOtherFilesKept() throws Exception {
        Path folder = Files.createDirectories(archive().getParent());
        Files.writeString(folder.resolve("classes-0ld0ld.jsa"), "an older build's classes");
        Files.writeString(folder.resolve("classes-0ld0ld.jsa.made-by"), "WINDOW");
        Files.writeString(folder.resolve("notes.txt"), "not an archive");

        prepare(Run.WINDOW);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("notes.txt", "classes-1a2b3c.jsa.made-by");
        }
    }

    @Test
    void withoutALocationOrWithAnUnexpandedVariableNothingIsMade() {
        assertThat(WindowClassArchive.prepare(null, classPath, Run.WINDOW)).isEmpty();
        assertThat(WindowClassArchive.prepare("$HOME/.cache/wharf/window/classes.jsa", classPath, Run.WINDOW)).isEmpty();
        assertThat(WindowClassArchive.prepare("relative/classes.jsa", classPath, Run.WINDOW)).isEmpty();
        assertThat(Path.of("$HOME")).doesNotExist();
        assertThat(Path.of("relative")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeOnlyCostsTheFasterStart() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");

        assertThat(WindowClassArchive.prepare(file.resolve("window/classes.jsa").toString(), classPath, Run.WINDOW)).isEmpty();
    }
}
