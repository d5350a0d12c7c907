package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code ./wharf} runs before and after a window. */
class StartupCacheCommandTest {

    private static final String SHELL = Long.toString(ProcessHandle.current().pid());

    @TempDir
    Path folder;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        return StartupCacheCommand.run(
                args,
                folder.resolve("cache"),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private List<String> printed() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void theFirstWindowRecordsForTheShellThatWaitsForItAndASecondMeanwhileRunsWithout() throws Exception {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Files.writeString(lib.resolve("wharf-app.jar"), "the window");
        String[] window = {"flags", "window", SHELL, "-XX:TieredStopAtLevel=1", "-cp", lib + "/*"};

        assertThat(run(window)).isZero();
        List<String> first = printed();
        assertThat(run(window)).isZero();
        List<String> second = printed();

        if (Runtime.version().feature() >= 25) {
            assertThat(first)
                    .contains("-XX:AOTMode=record")
                    .anyMatch(flag -> flag.matches(
                            "-XX:AOTConfiguration=.*/cache/aot/window-[0-9a-f]{12}-[0-9a-f]{12}\\.aotconf"));
            assertThat(second).noneMatch(flag -> flag.startsWith("-XX:AOT"));
        } else {
            assertThat(first).contains("-XX:+AutoCreateSharedArchive");
        }
    }

    @Test
    void aWindowOnClassFoldersGetsNoFlags() {
        assertThat(run(
                        "flags",
                        "window",
                        SHELL,
                        "-cp",
                        folder.resolve("classes").toString()))
                .isZero();
        assertThat(printed()).isEmpty();
    }

    @Test
    void aCommandLineWithoutItsClassPathIsRefusedWithTheUsage() {
        assertThat(run("flags", "window", SHELL, "-XX:TieredStopAtLevel=1")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: flags KIND OWNER OPTION... -cp CLASSPATH");
        assertThat(run("flags", "window", "me", "-cp", "app.jar")).isEqualTo(2);
    }
}
