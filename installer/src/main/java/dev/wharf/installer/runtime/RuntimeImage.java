package dev.wharf.installer.runtime;

import dev.wharf.installer.Folders;
import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java runtime Wharf ships: jlink's image of the listed JDK modules and JavaFX's jmods, from the
 * JDK that runs the packager. It keeps {@code bin/java}, which the supervisor starts workers with.
 * Writes only its output folder.
 */
public final class RuntimeImage {

    /**
     * Debug attributes, headers and man pages are of no use to a user. The module image is
     * compressed: it halves the runtime, and the class-data archive jlink generates holds the classes
     * every start needs already decompressed.
     */
    static final List<String> OPTIONS = List.of(
            "--strip-debug", "--no-header-files", "--no-man-pages", "--compress=zip-6", "--generate-cds-archive");

    private RuntimeImage() {}

    static List<String> jlinkArguments(RuntimeModules modules, Path javafxJmods, Path output) {
        List<String> arguments = new ArrayList<>(
                List.of("--module-path", modulePath(javafxJmods), "--add-modules", modules.addModulesArgument()));
        arguments.addAll(OPTIONS);
        arguments.addAll(List.of("--output", output.toString()));
        return arguments;
    }

    /**
     * JavaFX's jmods, and the JDK's own where it has them; a JDK without (JEP 493, as Temurin 25
     * ships) links its modules from its own run-time image.
     */
    private static String modulePath(Path javafxJmods) {
        Path jdkJmods = Path.of(System.getProperty("java.home"), "jmods");
        return Files.isDirectory(jdkJmods) ? javafxJmods + File.pathSeparator + jdkJmods : javafxJmods.toString();
    }

    /**
     * Whether this JDK can link a runtime: from its {@code jmods} folder, or from its own run-time
     * image when it was built for that (JEP 493: jlink then carries a diff of each module). Some
     * distributions ship neither, or the jmods as a package of their own.
     */
    public static boolean jdkCanLink() {
        if (Files.isDirectory(Path.of(System.getProperty("java.home"), "jmods"))) {
            return true;
        }
        Path linkableMarker = FileSystems.getFileSystem(URI.create("jrt:/"))
                .getPath("/modules/jdk.jlink/jdk/tools/jlink/internal/runtimelink/diff_java.base");
        return Files.exists(linkableMarker);
    }

    /** Links the runtime into {@code output}, replacing what was there. */
    public static Path link(RuntimeModules modules, Path javafxJmods, Path output) {
        if (!jdkCanLink()) {
            throw new PackagingException(
                    "The JDK at " + System.getProperty("java.home") + " cannot link a runtime: it has no"
                            + " jmods folder and cannot link from its own image. Install its jmods (on Debian or Ubuntu:"
                            + " apt-get install openjdk-" + Runtime.version().feature()
                            + "-jmods) or package with a JDK that has them.");
        }
        Folders.delete(output);
        JdkTool.run("jlink", jlinkArguments(modules, javafxJmods, output));
        dropUncompressedOopsArchive(output);
        return output;
    }

    /**
     * jlink archives the startup classes twice: for heaps with compressed object pointers, and for
     * heaps of 32 GB and more, which have none. A dev server's JVMs never reach 32 GB; the second
     * archive would be a tenth of the image. A JVM that does runs without class-data sharing.
     */
    static void dropUncompressedOopsArchive(Path runtime) {
        try {
            // lib/server on Linux and macOS, bin/server on Windows.
            Files.deleteIfExists(runtime.resolve("lib/server/classes_nocoops.jsa"));
            Files.deleteIfExists(runtime.resolve("bin/server/classes_nocoops.jsa"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
