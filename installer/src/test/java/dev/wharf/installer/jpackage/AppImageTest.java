package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImageTest {

    private static final Descriptors DESCRIPTORS = new Descriptors(Path.of("src/packaging"));
    private static final Platform LINUX = Platform.of("Linux", "amd64");
    private static final AppImage.Launch LAUNCH =
            new AppImage.Launch("wharf-app-0.1.0.jar", "dev.wharf.gui.WharfLauncher");

    @TempDir
    Path folder;

    @Test
    void theImageCarriesWhatWharfRunsLessOtherPlatformsNativeCode() throws IOException {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        for (String jar : List.of(
                "wharf-app-0.1.0.jar",
                "netty-transport-native-epoll-4.2.7.Final-linux-x86_64.jar",
                "netty-transport-native-epoll-4.2.7.Final-linux-aarch_64.jar",
                "netty-codec-native-quic-4.2.7.Final-osx-x86_64.jar",
                "netty-transport-classes-kqueue-4.2.7.Final.jar")) {
            Files.writeString(lib.resolve(jar), jar);
        }
        Files.createDirectories(lib.resolve("javafx"));
        Path staging = Files.createDirectories(folder.resolve("input"));
        Files.writeString(staging.resolve("stale.jar"), "from an earlier build");

        List<String> staged = AppImage.stageJars(lib, LINUX, staging);

        assertThat(staged)
                .containsExactly(
                        "netty-transport-classes-kqueue-4.2.7.Final.jar",
                        "netty-transport-native-epoll-4.2.7.Final-linux-x86_64.jar",
                        "wharf-app-0.1.0.jar");
        try (var files = Files.list(staging)) {
            assertThat(files.map(file -> file.getFileName().toString()).sorted().toList())
                    .isEqualTo(staged);
        }
    }

    @Test
    void theLauncherStartsTheGuiMainClassOnTheBundledRuntimeWithThePlatformsIcon() {
        Path cli = folder.resolve("wharf-cli.launcher.properties");
        List<String> arguments = AppImage.jpackageArguments(
                DESCRIPTORS,
                LINUX,
                "0.1.0",
                folder.resolve("input"),
                LAUNCH,
                folder.resolve("runtime"),
                folder.resolve("dest"),
                cli,
                "1a2b3c");

        assertThat(String.join(" ", arguments))
                .contains("--type app-image --name Wharf --app-version 0.1.0")
                .contains("--main-jar wharf-app-0.1.0.jar --main-class dev.wharf.gui.WharfLauncher")
                .contains("--runtime-image " + folder.resolve("runtime"))
                .contains("--icon " + DESCRIPTORS.icon(LINUX))
                .contains("@" + DESCRIPTORS.commonArgs())
                .contains("--java-options --enable-native-access=ALL-UNNAMED,javafx.graphics")
                .contains("--java-options -XX:TieredStopAtLevel=1")
                .endsWith("--add-launcher wharf-cli=" + cli);
    }

    @Test
    void onMacOsTheImageIsAnAppBundleWithItsIdentifier() {
        Platform macos = Platform.of("Mac OS X", "aarch64");

        List<String> arguments = AppImage.jpackageArguments(
                DESCRIPTORS,
                macos,
                "1.0.0",
                folder,
                LAUNCH,
                folder,
                folder,
                folder.resolve("wharf-cli.launcher.properties"),
                "1a2b3c");

        assertThat(arguments)
                .contains(
                        DESCRIPTORS.icon(macos).toString(),
                        "@" + DESCRIPTORS.appImageArgs(macos).orElseThrow());
        assertThat(AppImage.location(macos, folder)).isEqualTo(folder.resolve("Wharf.app"));
        assertThat(AppImage.location(LINUX, folder)).isEqualTo(folder.resolve("Wharf"));
    }
}
