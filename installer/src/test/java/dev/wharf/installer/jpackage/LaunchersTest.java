package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
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
        assertThat(Launchers.window(LINUX, 21)).contains("-XX:TieredStopAtLevel=1");
        assertThat(Launchers.cli(25)).noneMatch(option -> option.startsWith("-XX:"));
    }

    @Test
    void onJdk25TheWindowArchivesItsClassesInTheUsersCacheAndIsToldWhere() {
        List<String> options = Launchers.window(LINUX, 25);

        assertThat(options).contains("-XX:+AutoCreateSharedArchive",
                "-XX:SharedArchiveFile=$HOME/.cache/wharf/window/classes.jsa",
                "-Dwharf.window.archive=$HOME/.cache/wharf/window/classes.jsa", "-Xlog:cds*=off");
        assertThat(Launchers.window(WINDOWS, 25)).contains("-XX:SharedArchiveFile=$LOCALAPPDATA/Wharf/window/classes.jsa");
        assertThat(Launchers.archive(Platform.of("Mac OS X", "aarch64"))).startsWith("$HOME/Library/Caches/Wharf/");
    }

    @Test
    void beforeJdk25NoArchiveIsAskedForAsTheLauncherWouldNotExpandTheUsersFolder() {
        assertThat(Launchers.window(LINUX, 24)).noneMatch(option -> option.contains("SharedArchive") || option.contains("$"));
    }

    @Test
    void theCommandLineLauncherKeepsThePlatformsKeysAndReplacesTheWindowsOptions(@TempDir Path work) {
        Path file = Launchers.writeCliProperties(DESCRIPTORS, WINDOWS, 25, work);

        assertThat(file).hasFileName("wharf-cli.launcher.properties").content()
                .contains("win-console=true")
                .contains("java-options=--enable-native-access=ALL-UNNAMED,javafx.graphics --sun-misc-unsafe-memory-access=allow\n")
                .doesNotContain("TieredStopAtLevel", "SharedArchive");
        assertThat(Launchers.cliProperties(DESCRIPTORS, Platform.of("Mac OS X", "aarch64"), 21))
                .isEqualTo("java-options=--enable-native-access=ALL-UNNAMED,javafx.graphics\n");
    }
}
