package dev.wharf.installer.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A module jar shaped like JavaFX's on Maven Central (native library at its root) through the real
 * jmod and jlink: the library must land in the runtime's lib folder, where System.loadLibrary finds it.
 */
class JavaFxJmodsTest {

    @TempDir
    Path folder;

    @Test
    @DisabledOnOs(value = OS.WINDOWS, disabledReason = "a Windows runtime keeps native libraries and java.exe in bin")
    void aModuleJarsNativeLibraryLandsInTheLinkedRuntimesLibFolder() throws Exception {
        Path jars = Files.createDirectories(folder.resolve("javafx"));
        moduleJar("fake.fx", jars.resolve("fake-fx-21-linux.jar"), "libfakefx.so");
        placeholderJar(jars.resolve("fake-fx-21.jar"));

        Path jmods = JavaFxJmods.create(jars, folder.resolve("work"));
        assertThat(jmods.resolve("fake.fx.jmod")).isRegularFile();
        assertThat(jmods).isDirectoryNotContaining("glob:**/*Empty*");

        assumeTrue(RuntimeImage.jdkCanLink(), "this JDK has no jmods and cannot link from its own image");
        Path runtime = RuntimeImage.link(new RuntimeModules(List.of("fake.fx")), jmods, folder.resolve("runtime"));

        assertThat(runtime.resolve("lib/libfakefx.so")).isRegularFile();
        assertThat(runtime.resolve("lib/server/classes.jsa")).isRegularFile();
        assertThat(runtime.resolve("lib/server/classes_nocoops.jsa")).doesNotExist();
        Process java = new ProcessBuilder(runtime.resolve("bin/java").toString(), "--list-modules")
                .redirectErrorStream(true)
                .start();
        String modules = new String(java.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(java.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(modules).contains("fake.fx@21", "java.base@").doesNotContain("java.desktop");
    }

    @Test
    void aFolderWithoutModuleJarsIsRefused() throws IOException {
        Path jars = Files.createDirectories(folder.resolve("javafx"));
        placeholderJar(jars.resolve("fake-fx-21.jar"));

        assertThatThrownBy(() -> JavaFxJmods.create(jars, folder.resolve("work")))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("No JavaFX module jar");
        assertThatThrownBy(() -> JavaFxJmods.create(folder.resolve("missing"), folder.resolve("work")))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("build app-gui first");
    }

    @Test
    void onlyLibrariesAtTheJarsRootAreNative() {
        assertThat(JavaFxJmods.isNativeLibrary("libglass.so")).isTrue();
        assertThat(JavaFxJmods.isNativeLibrary("libglass.dylib")).isTrue();
        assertThat(JavaFxJmods.isNativeLibrary("glass.dll")).isTrue();
        assertThat(JavaFxJmods.isNativeLibrary("com/sun/glass/ui/Application.class"))
                .isFalse();
        assertThat(JavaFxJmods.isNativeLibrary("META-INF/native/libfoo.so")).isFalse();
    }

    /** A modular jar of one class, versioned 21, with a native library at its root. */
    private void moduleJar(String module, Path jar, String library) throws IOException {
        Path sources = Files.createDirectories(folder.resolve("src").resolve(module));
        Files.writeString(sources.resolve("module-info.java"), "module " + module + " { exports fake; }");
        Files.createDirectories(sources.resolve("fake"));
        Files.writeString(sources.resolve("fake/Api.java"), "package fake; public class Api {}");
        Path classes = folder.resolve("classes").resolve(module);
        JdkTool.run(
                "javac",
                List.of(
                        "-d",
                        classes.toString(),
                        sources.resolve("module-info.java").toString(),
                        sources.resolve("fake/Api.java").toString()));
        // A real shared library, so that jlink's stripping of native debug symbols has one to strip.
        Files.copy(anyNativeLibraryOfThisJdk(), classes.resolve(library));
        JdkTool.run(
                "jar",
                List.of("--create", "--file", jar.toString(), "--module-version", "21", "-C", classes.toString(), "."));
    }

    private static Path anyNativeLibraryOfThisJdk() throws IOException {
        Path lib = Path.of(System.getProperty("java.home"), "lib");
        try (var libraries = Files.list(lib)) {
            return libraries
                    .filter(file -> file.getFileName().toString().matches("lib.*\\.(so|dylib)"))
                    .min(Comparator.comparingLong(file -> file.toFile().length()))
                    .orElseThrow();
        }
    }

    /** Like javafx-base-21.jar: no module-info, the platform jar holds the module. */
    private void placeholderJar(Path jar) throws IOException {
        Path empty = Files.createDirectories(folder.resolve("empty"));
        Files.writeString(empty.resolve("README"), "the module is in the platform's jar");
        Path manifest = Files.writeString(
                folder.resolve("MANIFEST.MF"), "Manifest-Version: 1.0\nAutomatic-Module-Name: fake.fxEmpty\n");
        JdkTool.run(
                "jar",
                List.of(
                        "--create",
                        "--file",
                        jar.toString(),
                        "--manifest",
                        manifest.toString(),
                        "-C",
                        empty.toString(),
                        "."));
    }
}
