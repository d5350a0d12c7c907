package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.installer.Platform;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundled samples' own libraries reach the image beside the jars, where their descriptors find them,
 * and never jpackage's input, whose every jar would join the launchers' classpath.
 */
class SampleLibrariesTest {

    @TempDir
    Path dir;

    @Test
    void theSamplesLibrariesAreCopiedIntoTheAppFolderButNotStaged() throws Exception {
        Path appLib = Files.createDirectories(dir.resolve("lib"));
        Files.writeString(appLib.resolve("wharf-sample-servlet-api.jar"), "sample");
        Path jersey = appLib.resolve("samples/servlet-api/jersey-server.jar");
        Files.createDirectories(jersey.getParent());
        Files.writeString(jersey, "jersey");
        Platform linux = Platform.of("Linux", "amd64");

        List<String> staged = AppImage.stageJars(appLib, linux, dir.resolve("input"));
        assertThat(staged).containsExactly("wharf-sample-servlet-api.jar");
        assertThat(dir.resolve("input/samples")).doesNotExist();

        Path appFolder = AppImage.appFolder(linux, dir.resolve("Wharf"));
        assertThat(appFolder).isEqualTo(dir.resolve("Wharf/lib/app"));
        assertThat(AppImage.copySampleLibraries(appLib, appFolder))
                .containsExactly(Path.of("samples/servlet-api/jersey-server.jar"));
        assertThat(appFolder.resolve("samples/servlet-api/jersey-server.jar")).hasContent("jersey");
    }

    @Test
    void withoutSampleLibrariesNothingIsCopied() {
        assertThat(AppImage.copySampleLibraries(dir.resolve("lib"), dir.resolve("app")))
                .isEmpty();
        assertThat(dir.resolve("app")).doesNotExist();
    }

    @Test
    void eachPlatformKeepsItsJarsWhereJpackagePutsThem() {
        Path image = dir.resolve("image");
        assertThat(AppImage.appFolder(Platform.of("Mac OS X", "aarch64"), image))
                .isEqualTo(image.resolve("Contents/app"));
        assertThat(AppImage.appFolder(Platform.of("Windows 11", "amd64"), image))
                .isEqualTo(image.resolve("app"));
    }
}
