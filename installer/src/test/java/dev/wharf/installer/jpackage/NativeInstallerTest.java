package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class NativeInstallerTest {

    private static final Descriptors DESCRIPTORS = new Descriptors(Path.of("src/packaging"));
    private static final Platform LINUX = Platform.of("Linux", "amd64");

    @TempDir
    Path folder;

    @Test
    void eachPlatformGetsItsOwnInstaller() {
        assertThat(NativeInstaller.of(LINUX).type()).isEqualTo("deb");
        assertThat(NativeInstaller.of(Platform.of("Mac OS X", "aarch64")).type())
                .isEqualTo("dmg");
        assertThat(NativeInstaller.of(Platform.of("Windows 11", "amd64")).type())
                .isEqualTo("msi");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutItsPackagingToolsTheDebIsSkippedAndWhatIsMissingSaid() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));

        assertThat(NativeInstaller.DEB.missingTools(LINUX, bin.toString()))
                .contains("needs fakeroot and dpkg-deb on the PATH")
                .contains("apt-get install fakeroot");

        executable(bin.resolve("dpkg-deb"));
        assertThat(NativeInstaller.DEB.missingTools(LINUX, bin.toString()))
                .contains("fakeroot")
                .doesNotContain("dpkg-deb");

        executable(bin.resolve("fakeroot"));
        assertThat(NativeInstaller.DEB.missingTools(LINUX, "/nowhere" + File.pathSeparator + bin))
                .isEmpty();
    }

    @Test
    void anMsiNeedsEitherWixGeneration() {
        assertThat(NativeInstaller.MSI.missingTools(Platform.of("Windows 11", "amd64"), folder.toString()))
                .contains("wix or candle")
                .contains("WiX Toolset");
    }

    @Test
    void theDebIsMadeFromTheAppImageWithTheLinuxOptionsAndTheStagedResources() {
        List<String> arguments = NativeInstaller.DEB.jpackageArguments(
                LINUX, DESCRIPTORS, "0.1.0", folder.resolve("Wharf"), Optional.of(folder.resolve("resources")), folder);

        assertThat(String.join(" ", arguments))
                .startsWith("--type deb --app-image " + folder.resolve("Wharf") + " --name Wharf --app-version 0.1.0")
                .contains("@" + DESCRIPTORS.installerArgs(LINUX))
                .endsWith("--resource-dir " + folder.resolve("resources"));
    }

    @Test
    void theDebsResourcesAreThePackageScriptsAndWharfsIconForItsDesktopEntry() throws IOException {
        Path staging = folder.resolve("resources");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("stale"), "from an earlier build");

        assertThat(NativeInstaller.stageResources(DESCRIPTORS, LINUX, staging)).contains(staging);

        try (var files = Files.list(staging)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted())
                    .containsExactly("Wharf.png", "postinst", "prerm");
        }
        assertThat(staging.resolve("Wharf.png")).hasSameBinaryContentAs(DESCRIPTORS.icon(LINUX));
        assertThat(Files.isExecutable(staging.resolve("postinst"))).isTrue();
    }

    @Test
    void theMsiUsesTheWindowsOptionsAndNeedsNoResources() {
        Platform windows = Platform.of("Windows 11", "amd64");

        assertThat(NativeInstaller.stageResources(DESCRIPTORS, windows, folder.resolve("resources")))
                .isEmpty();
        List<String> arguments =
                NativeInstaller.MSI.jpackageArguments(windows, DESCRIPTORS, "0.1.0", folder, Optional.empty(), folder);
        assertThat(arguments).contains("@" + DESCRIPTORS.installerArgs(windows)).doesNotContain("--resource-dir");
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
