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
import java.util.stream.Stream;

/**
 * jpackage's application image of Wharf: its two {@link Launchers} with the icon, the jars {@code ./wharf}
 * runs (less other platforms' native code), the bundled samples' own libraries beside them and the
 * bundled runtime. Each launcher is the whole
 * {@code wharf} command — no arguments open the window, {@code --version} or {@code run APP} run headless.
 * Writes only its work folder and the image.
 */
public final class AppImage {

    public static final String NAME = "Wharf";

    /** The folder of {@code app-gui/target/lib} with the bundled samples' own libraries. */
    static final String SAMPLES = "samples";

    /** What the launcher starts: a jar of the app folder and its main class. */
    public record Launch(String mainJar, String mainClass) {}

    private AppImage() {}

    /** Where jpackage puts the image: {@code Wharf.app} on macOS, a {@code Wharf} folder elsewhere. */
    public static Path location(Platform platform, Path dest) {
        return dest.resolve(platform.os() == Platform.Os.MACOS ? NAME + ".app" : NAME);
    }

    /** The folder of the image that holds the jars, as jpackage lays each platform's image out. */
    public static Path appFolder(Platform platform, Path image) {
        return switch (platform.os()) {
            case LINUX -> image.resolve("lib/app");
            case MACOS -> image.resolve("Contents/app");
            case WINDOWS -> image.resolve("app");
        };
    }

    /**
     * Copies the bundled samples' own libraries ({@code appLib/samples}, each sample's folder as its
     * descriptor names it) into the image's app folder, after jpackage: jpackage puts every jar under its
     * input, subfolders included, on the launchers' classpath, where a sample's Jersey and Jackson would
     * meet Wharf's own. Returns the files copied, relative to the app folder.
     */
    static List<Path> copySampleLibraries(Path appLib, Path appFolder) {
        Path samples = appLib.resolve(SAMPLES);
        List<Path> copied = new ArrayList<>();
        if (!Files.isDirectory(samples)) {
            return copied;
        }
        try (Stream<Path> files = Files.walk(samples)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Path relative = appLib.relativize(file);
                Path target = appFolder.resolve(relative.toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                copied.add(relative);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot copy the samples' libraries from " + samples + ": " + e.getMessage(), e);
        }
        return copied;
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

    /**
     * jpackage's arguments: the main launcher, Wharf, with the window's JVM options (its class archive
     * named with {@code archiveKey}), and the CLI launcher of {@code cliProperties}
     * ({@link Launchers#writeCliProperties}).
     */
    static List<String> jpackageArguments(
            Descriptors descriptors,
            Platform platform,
            String appVersion,
            Path staging,
            Launch launch,
            Path runtime,
            Path dest,
            Path cliProperties,
            String archiveKey) {
        List<String> arguments = new ArrayList<>(List.of(
                "--type",
                "app-image",
                "--name",
                NAME,
                "--app-version",
                appVersion,
                "--dest",
                dest.toString(),
                "--input",
                staging.toString(),
                "--main-jar",
                launch.mainJar(),
                "--main-class",
                launch.mainClass(),
                "--runtime-image",
                runtime.toString(),
                "--icon",
                descriptors.icon(platform).toString(),
                "@" + descriptors.commonArgs()));
        descriptors.appImageArgs(platform).ifPresent(file -> arguments.add("@" + file));
        for (String option : Launchers.window(platform, Runtime.version().feature(), archiveKey)) {
            arguments.addAll(List.of("--java-options", option));
        }
        arguments.addAll(List.of("--add-launcher", Launchers.CLI + "=" + cliProperties));
        return arguments;
    }

    /** Builds the image into {@code dest}, replacing an older one; returns where it is. */
    public static Path build(
            Descriptors descriptors,
            Platform platform,
            String appVersion,
            Path appLib,
            Launch launch,
            Path runtime,
            Path work,
            Path dest) {
        if (!Files.isRegularFile(appLib.resolve(launch.mainJar()))) {
            throw new PackagingException("The main jar " + launch.mainJar() + " is not in " + appLib
                    + "; build app-gui first: mvn -Pinstaller -pl installer -am package");
        }
        Path staging = work.resolve("input");
        stageJars(appLib, platform, staging);
        Path cliProperties = Launchers.writeCliProperties(
                descriptors, platform, Runtime.version().feature(), work.resolve("launchers"));
        Path image = location(platform, dest);
        Folders.delete(image);
        JdkTool.run(
                "jpackage",
                jpackageArguments(
                        descriptors,
                        platform,
                        appVersion,
                        staging,
                        launch,
                        runtime,
                        dest,
                        cliProperties,
                        Launchers.archiveKey(staging, Runtime.version())));
        copySampleLibraries(appLib, appFolder(platform, image));
        return image;
    }
}
