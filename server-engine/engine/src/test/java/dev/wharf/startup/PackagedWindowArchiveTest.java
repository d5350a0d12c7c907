package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.startup.PackagedWindowArchive.Prepared;
import dev.wharf.startup.PackagedWindowArchive.Run;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PackagedWindowArchiveTest {

    private static final Instant BUILT = Instant.parse("2026-11-01T10:00:00Z");
    private static final Instant NOW = BUILT.plus(Duration.ofDays(3));

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

    private Optional<Prepared> prepare(Run run) {
        return PackagedWindowArchive.prepare(archive().toString(), classPath, run, NOW);
    }

    /** A whole run of the launcher: prepare at start; at exit, if it had no archive, the note and then the JVM's archive. */
    private void runs(Run run, String loaded) throws Exception {
        Prepared prepared = prepare(run).orElseThrow();
        if (prepared.writesOnExit()) {
            PackagedWindowArchive.noteMaker(prepared.archive(), run);
            Files.writeString(archive(), loaded);
            Files.setLastModifiedTime(archive(), FileTime.from(BUILT.plusSeconds(3600)));
        }
    }

    @Test
    void theFolderIsMadeForAnyRunSinceAJvmThatCannotWriteTheArchiveExitsWithAnError() {
        assertThat(prepare(Run.COMMAND)).contains(new Prepared(archive(), true));

        assertThat(archive().getParent()).isDirectory();
        assertThat(archive()).doesNotExist();
    }

    @Test
    void aWindowsArchiveIsKeptByLaterWindowsAndCommands() throws Exception {
        runs(Run.WINDOW, "window classes");

        runs(Run.COMMAND, "command classes");
        assertThat(prepare(Run.WINDOW)).contains(new Prepared(archive(), false));

        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void anArchiveACommandMadeIsRemovedByTheNextWindowSoThatTheWindowAfterWritesItsOwn() throws Exception {
        runs(Run.COMMAND, "command classes");
        runs(Run.COMMAND, "command classes again");
        assertThat(archive()).hasContent("command classes");

        runs(Run.WINDOW, "window classes");
        assertThat(archive()).doesNotExist();

        runs(Run.WINDOW, "window classes");
        runs(Run.WINDOW, "window classes again");
        assertThat(archive()).hasContent("window classes");
    }

    @Test
    void theLastRunToExitNamesTheArchiveItWrites() throws Exception {
        // A command and a window start without an archive; the window exits first, the command last.
        Prepared command = prepare(Run.COMMAND).orElseThrow();
        Prepared window = prepare(Run.WINDOW).orElseThrow();
        PackagedWindowArchive.noteMaker(window.archive(), Run.WINDOW);
        Files.writeString(archive(), "window classes");
        PackagedWindowArchive.noteMaker(command.archive(), Run.COMMAND);
        Files.writeString(archive(), "command classes");

        runs(Run.WINDOW, "window classes");

        assertThat(archive()).doesNotExist();
    }

    @Test
    void anArchiveOlderThanAJarIsRemovedAsTheJvmWouldRefuseItAndNotWriteANewOne() throws Exception {
        runs(Run.WINDOW, "window classes");

        Files.setLastModifiedTime(jar, FileTime.from(BUILT.plusSeconds(7200)));
        assertThat(prepare(Run.WINDOW)).contains(new Prepared(archive(), false));

        assertThat(archive()).doesNotExist();
        runs(Run.WINDOW, "the new jars' classes");
        assertThat(archive()).hasContent("the new jars' classes");
    }

    @Test
    void otherBuildsArchivesGoOnceUnusedForTwoWeeksAndOtherFilesStay() throws Exception {
        Path folder = Files.createDirectories(archive().getParent());
        Path old = Files.writeString(folder.resolve("classes-0ld0ld.jsa"), "an older build's classes");
        Path oldMaker = Files.writeString(folder.resolve("classes-0ld0ld.jsa.made-by"), "WINDOW");
        Path recent = Files.writeString(folder.resolve("classes-beside.jsa"), "a build installed beside this one");
        Path recentMaker = Files.writeString(folder.resolve("classes-beside.jsa.made-by"), "WINDOW");
        Files.writeString(folder.resolve("notes.txt"), "not an archive");
        for (Path file : new Path[] {old, oldMaker, recent}) {
            Files.setLastModifiedTime(file, FileTime.from(NOW.minus(Duration.ofDays(20))));
        }
        Files.setLastModifiedTime(recentMaker, FileTime.from(NOW.minus(Duration.ofDays(1))));

        prepare(Run.WINDOW);

        try (var files = Files.list(folder)) {
            assertThat(files.map(file -> file.getFileName().toString()))
                    .containsExactlyInAnyOrder("notes.txt", "classes-beside.jsa", "classes-beside.jsa.made-by");
        }
    }

    @Test
    void eachWindowStartCountsAsAUseOfItsArchive() throws Exception {
        runs(Run.WINDOW, "window classes");
        Path maker = archive().resolveSibling(archive().getFileName() + ".made-by");
        Files.setLastModifiedTime(maker, FileTime.from(BUILT));

        prepare(Run.WINDOW);

        assertThat(Files.getLastModifiedTime(maker).toInstant()).isEqualTo(NOW);
    }

    @Test
    void withAnUnexpandedVariableOrAFolderThatCannotBeMadeNothingIsPrepared() throws Exception {
        Path file = Files.writeString(home.resolve("a-file"), "not a folder");

        assertThat(PackagedWindowArchive.prepare("$HOME/.cache/wharf/window/classes.jsa", classPath, Run.WINDOW, NOW))
                .isEmpty();
        assertThat(PackagedWindowArchive.prepare("relative/classes.jsa", classPath, Run.WINDOW, NOW))
                .isEmpty();
        assertThat(PackagedWindowArchive.prepare(
                        file.resolve("window/classes.jsa").toString(), classPath, Run.WINDOW, NOW))
                .isEmpty();
        assertThat(Path.of("$HOME")).doesNotExist();
        assertThat(Path.of("relative")).doesNotExist();
    }

    @Test
    void aUserIsToldWhyJavaWillComplainWhenTheArchivesFolderCannotBeMade() {
        String before = System.getProperty(PackagedWindowArchive.PROPERTY);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setProperty(PackagedWindowArchive.PROPERTY, "$HOME/.cache/wharf/window/classes-1a2b3c.jsa");
            PackagedWindowArchive.prepare(Run.COMMAND, new PrintStream(err, true, StandardCharsets.UTF_8));
        } finally {
            if (before == null) {
                System.clearProperty(PackagedWindowArchive.PROPERTY);
            } else {
                System.setProperty(PackagedWindowArchive.PROPERTY, before);
            }
        }
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("$HOME/.cache/wharf/window/classes-1a2b3c.jsa")
                .contains("is HOME set")
                .contains("wharf-cli");
    }
}
