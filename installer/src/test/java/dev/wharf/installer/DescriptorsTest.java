package dev.wharf.installer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The descriptors committed in src/packaging: every platform's are ready, not only the one this build runs on. */
class DescriptorsTest {

    static final Descriptors COMMITTED = new Descriptors(Path.of("src/packaging"));

    @ParameterizedTest
    @EnumSource(Platform.Os.class)
    void everyPlatformHasItsInstallerOptionsAndIcon(Platform.Os os) throws Exception {
        Platform platform = new Platform(os, "x86_64");

        assertThat(COMMITTED.installerArgs(platform)).isRegularFile();
        assertThat(Files.size(COMMITTED.icon(platform))).isPositive();
        assertThat(COMMITTED.commonArgs()).isRegularFile();
        assertThat(COMMITTED.runtimeModules()).isRegularFile();
    }

    @Test
    void linuxOverridesThePackageScriptsAndMakesADesktopEntry() throws Exception {
        Platform linux = Platform.of("Linux", "amd64");

        Path resources = COMMITTED.resources(linux).orElseThrow();
        assertThat(resources.resolve("postinst"))
                .content()
                .contains("DESKTOP_COMMANDS_INSTALL", "/usr/bin/wharf", "'/bin/wharf-cli$'");
        assertThat(resources.resolve("prerm"))
                .content()
                .contains("DESKTOP_COMMANDS_UNINSTALL", "/usr/bin/wharf", "'/bin/wharf-cli$'");
        assertThat(COMMITTED.installerArgs(linux)).content().contains("--linux-shortcut");
    }

    @Test
    void theCommandLineLauncherHasAConsoleOnWindowsAndNoDesktopEntryOnLinux() {
        Platform windows = Platform.of("Windows 11", "amd64");
        Platform linux = Platform.of("Linux", "amd64");
        Platform macos = Platform.of("Mac OS X", "aarch64");

        assertThat(COMMITTED.launcherProperties(windows, "wharf-cli"))
                .get()
                .asString()
                .endsWith("wharf-cli.launcher.properties");
        assertThat(COMMITTED.launcherProperties(windows, "wharf-cli").orElseThrow())
                .content()
                .contains("win-console=true");
        assertThat(COMMITTED.launcherProperties(linux, "wharf-cli").orElseThrow())
                .content()
                .contains("linux-shortcut=false");
        assertThat(COMMITTED.launcherProperties(macos, "wharf-cli")).isEmpty();
        assertThat(COMMITTED.appImageArgs(macos)).isPresent();
    }

    @Test
    void aMissingDescriptorIsNamed(@TempDir Path empty) {
        Descriptors descriptors = new Descriptors(empty);

        assertThatThrownBy(descriptors::commonArgs)
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("common.args")
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> new Descriptors(empty.resolve("nowhere")))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("installer/src/packaging");
    }
}
