package dev.wharf.installer.jpackage;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Folders;
import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import dev.wharf.installer.Platform;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * jpackage's application image of Wharf: a launcher named Wharf with its icon, the jars {@code ./wharf}
 * runs (less other platforms' native code) and the bundled runtime. The launcher is the whole
 * {@code wharf} command — no arguments open the window, {@code --version} or {@code run APP} run headless.
 * Writes only its staging folder and the image.
 */
public final class AppImage {

    public static final String NAME = "Wharf";

    /** What the launcher starts: a jar of the app folder and its main class. */
    public record Launch(String mainJar, String mainClass) {
    }

    private AppImage() {
    }

    /** Where jpackage puts the image: {@code Wharf.app} on macOS, a {@code Wharf} folder elsewhere. */
    public static Path location(Platform platform, Path dest) {
        return dest.resolve(platform.os() == Platform.Os.MACOS ? NAME + ".app" : NAME);
    }

    /**
     * JVM options of the launcher: JavaFX's graphics and Netty load native code, and Netty uses
     * {@code sun.misc.Unsafe}, which JDK 23 and later warn of unless allowed — a user should see a clean log.
     */
    static List<String> javaOptions(int runtimeFeature) {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED,javafx.graphics"));
        if (runtimeFeature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /** Copies the jars of {@code appLib} the platform needs into an empty {@code staging} folder. */
    static List<String> stageJars(Path appLib, Platform platform, Path staging) {
        List<String> staged = new ArrayList<>();
        Folders.delete(staging);
        try {
            Files.createDirectories(staging);
            try (DirectoryStream<Path> jars = Files.newDirectoryStream(appLib, "*.jar")) {
                for (Path jar : jars) {
                    String name = jar.getFileName().toString();
                    if (!platform.isOtherPlatformsNativeJar(name)) {
                        Files.copy(jar, staging.resolve(name), StandardCopyOption.COPY_ATTRIBUTES);
                        staged.add(name);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot stage the app's jars from " + appLib + ": " + e.getMessage(), e);
        }
        staged.sort(null);
        return staged;
    }

    static List<String> jpackageArguments(Descriptors descriptors, Platform platform, String appVersion, Path staging,
                                          Launch launch, Path runtime, Path dest) {
        List<String> arguments = new ArrayList<>(List.of(
                "--type", "app-image", "--name", NAME, "--app-version", appVersion, "--dest", dest.toString(),
                "--input", staging.toString(), "--main-jar", launch.mainJar(), "--main-class", launch.mainClass(),
                "--runtime-image", runtime.toString(), "--icon", descriptors.icon(platform).toString(),
                "@" + descriptors.commonArgs()));
        descriptors.appImageArgs(platform).ifPresent(file -> arguments.add("@" + file));
        for (String option : javaOptions(Runtime.version().feature())) {
            arguments.addAll(List.of("--java-options", option));
        }
        for (String launcher : descriptors.extraLaunchers(platform)) {
            arguments.addAll(List.of("--add-launcher", launcher));
        }
        return arguments;
    }

    /** Builds the image into {@code dest}, replacing an older one; returns where it is. */
    public static Path build(Descriptors descriptors, Platform platform, String appVersion, Path appLib, Launch launch,
                             Path runtime, Path work, Path dest) {
        if (!Files.isRegularFile(appLib.resolve(launch.mainJar()))) {
            throw new PackagingException("The main jar " + launch.mainJar() + " is not in " + appLib
                    + "; build app-gui first: mvn -Pinstaller -pl installer -am package");
        }
        Path staging = work.resolve("input");
        stageJars(appLib, platform, staging);
        Path image = location(platform, dest);
        Folders.delete(image);
        JdkTool.run("jpackage", jpackageArguments(descriptors, platform, appVersion, staging, launch, runtime, dest));
        return image;
    }
}
