package dev.wharf.installer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The packaging descriptors kept in {@code installer/src/packaging}, found by name: the runtime's
 * module list, jpackage options every platform shares ({@code common.args}), each platform's own in
 * its folder ({@code app-image.args}, {@code installer.args}, a {@code resources} folder overriding
 * jpackage's templates, {@code NAME.launcher.properties} for a launcher's own keys) and the icons. It
 * reads the folder, never writes it.
 */
public record Descriptors(Path folder) {

    public static final String LAUNCHER_SUFFIX = ".launcher.properties";

    public Descriptors {
        if (!Files.isDirectory(folder)) {
            throw new PackagingException(
                    "The packaging descriptors folder " + folder + " does not exist; it is installer/src/packaging.");
        }
        folder = folder.toAbsolutePath().normalize();
    }

    public Path runtimeModules() {
        return required(folder.resolve("runtime-modules.txt"));
    }

    public Path commonArgs() {
        return required(folder.resolve("common.args"));
    }

    public Optional<Path> appImageArgs(Platform platform) {
        return optional(folder.resolve(platform.os().folder()).resolve("app-image.args"));
    }

    public Path installerArgs(Platform platform) {
        return required(folder.resolve(platform.os().folder()).resolve("installer.args"));
    }

    /** A folder of files named as jpackage's own templates (postinst, …), which replace them. */
    public Optional<Path> resources(Platform platform) {
        Path resources = folder.resolve(platform.os().folder()).resolve("resources");
        return Files.isDirectory(resources) ? Optional.of(resources) : Optional.empty();
    }

    /** A launcher's jpackage properties on this platform ({@code NAME.launcher.properties}), if it has any. */
    public Optional<Path> launcherProperties(Platform platform, String launcher) {
        return optional(folder.resolve(platform.os().folder()).resolve(launcher + LAUNCHER_SUFFIX));
    }

    public Path icon(Platform platform) {
        return required(folder.resolve("icons").resolve("wharf." + platform.os().iconExtension()));
    }

    private static Path required(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new PackagingException("The packaging descriptor " + file + " is missing.");
        }
        return file;
    }

    private static Optional<Path> optional(Path file) {
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }
}
