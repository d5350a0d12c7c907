package dev.wharf.installer.jpackage;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Folders;
import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import dev.wharf.installer.Platform;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The installer a platform gets from the app image: a {@code .deb} with a desktop entry on Linux, a
 * {@code .dmg} on macOS, an {@code .msi} on Windows. jpackage needs the system's own packaging tools
 * for each; without them the installer is skipped and the reason said, never failed. Writes only
 * into its destination folder.
 */
public enum NativeInstaller {
    DEB(
            Platform.Os.LINUX,
            "deb",
            List.of(List.of("fakeroot"), List.of("dpkg-deb")),
            "on Debian or Ubuntu: apt-get install fakeroot dpkg"),
    DMG(Platform.Os.MACOS, "dmg", List.of(List.of("hdiutil")), "hdiutil comes with macOS"),
    MSI(
            Platform.Os.WINDOWS,
            "msi",
            List.of(List.of("wix", "candle")),
            "install the WiX Toolset (wix.exe 4 or later, or candle.exe and light.exe 3.x) and put it on the PATH");

    private final Platform.Os os;
    private final String type;
    /** Each inner list: commands of which one must be on the PATH. */
    private final List<List<String>> tools;

    private final String howToGetTools;

    NativeInstaller(Platform.Os os, String type, List<List<String>> tools, String howToGetTools) {
        this.os = os;
        this.type = type;
        this.tools = tools;
        this.howToGetTools = howToGetTools;
    }

    public static NativeInstaller of(Platform platform) {
        for (NativeInstaller installer : values()) {
            if (installer.os == platform.os()) {
                return installer;
            }
        }
        throw new PackagingException("No installer type for " + platform.os());
    }

    public String type() {
        return type;
    }

    /**
     * Why this installer cannot be built with the commands on {@code path} (a PATH value), or empty
     * when it can.
     */
    public String missingTools(Platform platform, String path) {
        List<String> missing = new ArrayList<>();
        for (List<String> anyOf : tools) {
            if (anyOf.stream().noneMatch(command -> onPath(platform.executableName(command), path))) {
                missing.add(String.join(" or ", anyOf));
            }
        }
        if (missing.isEmpty()) {
            return "";
        }
        return "the ." + type + " needs " + String.join(" and ", missing) + " on the PATH (" + howToGetTools + ")";
    }

    private static boolean onPath(String executable, String path) {
        if (path == null) {
            return false;
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, executable))) {
                return true;
            }
        }
        return false;
    }

    List<String> jpackageArguments(
            Platform platform,
            Descriptors descriptors,
            String appVersion,
            Path appImage,
            Optional<Path> resources,
            Path dest) {
        List<String> arguments = new ArrayList<>(List.of(
                "--type",
                type,
                "--app-image",
                appImage.toString(),
                "--name",
                AppImage.NAME,
                "--app-version",
                appVersion,
                "--dest",
                dest.toString(),
                "@" + descriptors.commonArgs(),
                "@" + descriptors.installerArgs(platform)));
        resources.ifPresent(folder -> arguments.addAll(List.of("--resource-dir", folder.toString())));
        return arguments;
    }

    /**
     * jpackage's resource folder for this installer: the platform's own templates from the
     * descriptors and, on Linux, the icon of the desktop entry, which jpackage takes from there as
     * {@code Wharf.png} (from an app image it would otherwise use its default, Duke). Empty when
     * there is nothing to override.
     */
    static Optional<Path> stageResources(Descriptors descriptors, Platform platform, Path staging) {
        Folders.delete(staging);
        Optional<Path> templates = descriptors.resources(platform);
        boolean icon = platform.os() == Platform.Os.LINUX;
        if (templates.isEmpty() && !icon) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(staging);
            if (templates.isPresent()) {
                try (DirectoryStream<Path> files = Files.newDirectoryStream(templates.get())) {
                    for (Path file : files) {
                        Files.copy(file, staging.resolve(file.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
            if (icon) {
                Files.copy(descriptors.icon(platform), staging.resolve(AppImage.NAME + ".png"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "Cannot stage the installer's resources in " + staging + ": " + e.getMessage(), e);
        }
        return Optional.of(staging);
    }

    /** Builds the installer from the app image into {@code dest}; returns its file. */
    public Path build(
            Descriptors descriptors, Platform platform, String appVersion, Path appImage, Path work, Path dest) {
        for (Path old : installers(dest)) {
            Folders.delete(old);
        }
        Optional<Path> resources = stageResources(descriptors, platform, work.resolve("resources"));
        if (platform.os() == Platform.Os.LINUX) {
            LauncherShortcuts.carryOver(appImage);
        }
        JdkTool.run("jpackage", jpackageArguments(platform, descriptors, appVersion, appImage, resources, dest));
        List<Path> made = installers(dest);
        if (made.size() != 1) {
            throw new PackagingException(
                    "jpackage reported success but " + dest + " holds " + made.size() + " ." + type + " files");
        }
        return made.getFirst();
    }

    private List<Path> installers(Path dest) {
        List<Path> files = new ArrayList<>();
        if (!Files.isDirectory(dest)) {
            return files;
        }
        try (DirectoryStream<Path> found = Files.newDirectoryStream(dest, "*." + type)) {
            found.forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
