package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LaunchersTest {

    private static final Descriptors DESCRIPTORS = new Descriptors(Path.of("src/packaging"));
    private static final Platform LINUX = Platform.of("Linux", "amd64");
    private static final Platform WINDOWS = Platform.of("Windows 11", "amd64");

    @Test
    void newerJdksAreToldNettyMayUseUnsafeSoUsersSeeACleanLog() {
        assertThat(Launchers.common(21)).containsExactly("--enable-native-access=ALL-UNNAMED,javafx.graphics");
        assertThat(Launchers.common(25)).contains("--sun-misc-unsafe-memory-access=allow");
    }

    @Test
    void theWindowCompilesWithC1AloneAndTheCommandLineWithTheOptimisingCompiler() {
        assertThat(Launchers.window(LINUX, 21, "1a2b3c")).contains("-XX:TieredStopAtLevel=1");
        assertThat(Launchers.cli(25)).noneMatch(option -> option.startsWith("-XX:"));
    }

    @Test
    void onJdk25TheWindowArchivesItsClassesInTheUsersCacheUnderItsBuildsNameAndIsToldWhere() {
        List<String> options = Launchers.window(LINUX, 25, "1a2b3c");

        assertThat(options)
                .contains(
                        "-XX:+AutoCreateSharedArchive",
                        "-XX:SharedArchiveFile=$HOME/.cache/wharf/window/classes-1a2b3c.jsa",
                        "-Dwharf.window.archive=$HOME/.cache/wharf/window/classes-1a2b3c.jsa",
                        "-Xlog:cds*=off");
        assertThat(Launchers.window(WINDOWS, 25, "1a2b3c"))
                .contains("-XX:SharedArchiveFile=$LOCALAPPDATA/Wharf/window/classes-1a2b3c.jsa");
        assertThat(Launchers.archive(Platform.of("Mac OS X", "aarch64"), "1a2b3c"))
                .startsWith("$HOME/Library/Caches/Wharf/");
    }

    @Test
    void beforeJdk25NoArchiveIsAskedForAsTheLauncherWouldNotExpandTheUsersFolder() {
        assertThat(Launchers.window(LINUX, 24, "1a2b3c"))
                .noneMatch(option -> option.contains("SharedArchive") || option.contains("$"));
    }

    @Test
    void theArchivesKeyChangesWithAnyJarOrTheRuntimeAndOnlyWithThem(@TempDir Path staging) throws Exception {
        Files.writeString(staging.resolve("wharf-engine.jar"), "the engine");
        Files.writeString(staging.resolve("netty.jar"), "netty");
        Runtime.Version jdk = Runtime.Version.parse("25.0.3+9");
        String key = Launchers.archiveKey(staging, jdk);

        assertThat(key).matches("[0-9a-f]{12}");
        assertThat(Launchers.archiveKey(staging, jdk)).isEqualTo(key);
        Files.writeString(staging.resolve("notes.txt"), "not a jar");
        assertThat(Launchers.archiveKey(staging, jdk)).isEqualTo(key);

        assertThat(Launchers.archiveKey(staging, Runtime.Version.parse("25.0.4+7")))
                .isNotEqualTo(key);
        Files.writeString(staging.resolve("wharf-engine.jar"), "the engine, rebuilt");
        assertThat(Launchers.archiveKey(staging, jdk)).isNotEqualTo(key);
    }

    @Test
    void theCommandLineLauncherKeepsThePlatformsKeysAndReplacesTheWindowsOptions(@TempDir Path work) {
        Path file = Launchers.writeCliProperties(DESCRIPTORS, WINDOWS, 25, work);

        assertThat(file)
                .hasFileName("wharf-cli.launcher.properties")
                .content()
                .contains("win-console=true")
                .contains(
                        "java-options=--enable-native-access=ALL-UNNAMED,javafx.graphics --sun-misc-unsafe-memory-access=allow\n")
                .doesNotContain("TieredStopAtLevel", "SharedArchive");
        assertThat(Launchers.cliProperties(DESCRIPTORS, Platform.of("Mac OS X", "aarch64"), 21))
                .isEqualTo("java-options=--enable-native-access=ALL-UNNAMED,javafx.graphics\n");
    }
}
