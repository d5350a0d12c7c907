package dev.wharf.gui.archive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.gui.archive.WindowClassArchive.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowClassArchiveTest {

    @TempDir
    Path home;

    private Path archive() {
        return home.resolve(".cache/wharf/window/classes.jsa");
    }

    /** What the JVM does as a run without a usable archive exits. */
    private void jvmWritesTheArchive(String classes) throws Exception {
        Files.writeString(archive(), classes);
    }

    @Test
    void theFolderIsMadeForAnyRunSinceAJvmThatCannotWriteTheArchiveExitsWithAnError() {
        assertThat(WindowClassArchive.prepare(archive().toString(), Run.COMMAND)).contains(archive());

        assertThat(archive().getParent()).isDirectory();
        assertThat(archive()).doesNotExist();
    }

    @Test
    void aWindowsArchiveIsKeptByLaterWindowsAndCommands() throws Exception {
        WindowClassArchive.prepare(archive().toString(), Run.WINDOW);
        jvmWritesTheArchive("window classes");

        WindowClassArchive.prepare(archive().toString(), Run.COMMAND);
        WindowClassArchive.prepare(archive().toString(), Run.WINDOW);

        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void anArchiveACommandMadeIsRemovedByTheNextWindowSoThatTheWindowAfterWritesItsOwn() throws Exception {
        WindowClassArchive.prepare(archive().toString(), Run.COMMAND);
        jvmWritesTheArchive("command classes");
        WindowClassArchive.prepare(archive().toString(), Run.COMMAND);
        assertThat(archive()).hasContent("command classes");

        WindowClassArchive.prepare(archive().toString(), Run.WINDOW);
        assertThat(archive()).doesNotExist();

        WindowClassArchive.prepare(archive().toString(), Run.WINDOW);
        jvmWritesTheArchive("window classes");
        WindowClassArchive.prepare(archive().toString(), Run.WINDOW);
        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void withoutALocationOrWithAnUnexpandedVariableNothingIsMade() {
        assertThat(WindowClassArchive.prepare(null, Run.WINDOW)).isEmpty();
        assertThat(WindowClassArchive.prepare("$HOME/.cache/wharf/window/classes.jsa", Run.WINDOW)).isEmpty();
        assertThat(WindowClassArchive.prepare("relative/classes.jsa", Run.WINDOW)).isEmpty();
        assertThat(Path.of("$HOME")).doesNotExist();
        assertThat(Path.of("relative")).doesNotExist();
    }

    @Test
    void aFolderThatCannotBeMadeOnlyCostsTheFasterStart() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");

        assertThat(WindowClassArchive.prepare(file.resolve("window/classes.jsa").toString(), Run.WINDOW)).isEmpty();
    }
}
