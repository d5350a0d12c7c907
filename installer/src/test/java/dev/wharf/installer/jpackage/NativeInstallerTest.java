package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
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
        assertThat(NativeInstaller.of(Platform.of("Mac OS X", "aarch64")).type()).isEqualTo("dmg");
        assertThat(NativeInstaller.of(Platform.of("Windows 11", "amd64")).type()).isEqualTo("msi");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void withoutItsPackagingToolsTheDebIsSkippedAndWhatIsMissingSaid() throws IOException {
        Path bin = Files.createDirectories(folder.resolve("bin"));

        assertThat(NativeInstaller.DEB.missingTools(LINUX, bin.toString()))
                .contains("needs fakeroot and dpkg-deb on the PATH").contains("apt-get install fakeroot");

        executable(bin.resolve("dpkg-deb"));
        assertThat(NativeInstaller.DEB.missingTools(LINUX, bin.toString())).contains("fakeroot").doesNotContain("dpkg-deb");

        executable(bin.resolve("fakeroot"));
        assertThat(NativeInstaller.DEB.missingTools(LINUX, "/nowhere" + java.io.File.pathSeparator + bin)).isEmpty();
    }

    @Test
    void anMsiNeedsEitherWixGeneration() {
        assertThat(NativeInstaller.MSI.missingTools(Platform.of("Windows 11", "amd64"), folder.toString()))
                .contains("wix or candle").contains("WiX Toolset");
    }

    @Test
    void theDebIsMadeFromTheAppImageWithThePackageScriptsAndTheIconOfItsDesktopEntry() {
        List<String> arguments = NativeInstaller.DEB.jpackageArguments(DESCRIPTORS, LINUX, "0.1.0", folder.resolve("Wharf"), folder);

        assertThat(String.join(" ", arguments))
                .startsWith("--type deb --app-image " + folder.resolve("Wharf") + " --name Wharf --app-version 0.1.0")
                .contains("@" + DESCRIPTORS.installerArgs(LINUX))
                .contains("--resource-dir " + DESCRIPTORS.resources(LINUX).orElseThrow())
                .contains("--icon " + DESCRIPTORS.icon(LINUX));
    }

    @Test
    void theMsiUsesTheWindowsOptionsAndTheImagesOwnIcon() {
        Platform windows = Platform.of("Windows 11", "amd64");

        List<String> arguments = NativeInstaller.MSI.jpackageArguments(DESCRIPTORS, windows, "0.1.0", folder, folder);

        assertThat(arguments).contains("@" + DESCRIPTORS.installerArgs(windows)).doesNotContain("--icon");
    }

    private static void executable(Path file) throws IOException {
        Files.writeString(file, "#!/bin/sh\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
