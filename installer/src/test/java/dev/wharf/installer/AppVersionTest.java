package dev.wharf.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AppVersionTest {

    private static final Platform LINUX = Platform.of("Linux", "amd64");
    private static final Platform MACOS = Platform.of("Mac OS X", "aarch64");

    @Test
    void theInstallerTakesTheNumbersOfTheBuildsVersion() {
        assertThat(AppVersion.of("0.1.0-SNAPSHOT", "", LINUX)).isEqualTo("0.1.0");
        assertThat(AppVersion.of("2.3", null, LINUX)).isEqualTo("2.3");
        assertThat(AppVersion.of("1.2.3.4", " ", LINUX)).isEqualTo("1.2.3.4");
    }

    @Test
    void aVersionGivenForTheInstallerWins() {
        assertThat(AppVersion.of("0.1.0-SNAPSHOT", "1.0.0", MACOS)).isEqualTo("1.0.0");
    }

    @Test
    void aVersionWithoutLeadingNumbersIsRefusedWithHowToGiveOne() {
        assertThatThrownBy(() -> AppVersion.of("snapshot", "", LINUX))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("'snapshot'")
                .hasMessageContaining("-Dwharf.app.version=");
    }

    @Test
    void macOsRefusesAFirstNumberOfZeroAndSaysWhatToDo() {
        assertThatThrownBy(() -> AppVersion.of("0.1.0-SNAPSHOT", "", MACOS))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("macOS")
                .hasMessageContaining("-Dwharf.app.version=1.0.0");
    }
}
