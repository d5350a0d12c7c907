package dev.wharf.installer.jpackage;

import dev.wharf.installer.Descriptors;
import dev.wharf.installer.Platform;
import dev.wharf.startup.CacheName;
import dev.wharf.startup.PackagedWindowArchive;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The image's two launchers and the JVM options each starts with. {@code Wharf}, the desktop
 * entry's, is tuned for the window; {@code wharf-cli}, the {@code wharf} command on the PATH, for
 * serving ({@code wharf run APP}). Both run the same main class, so each does everything the other
 * does: only start-up and peak speed differ. Writes only the CLI launcher's properties file.
 */
public final class Launchers {

    /** The command-line launcher: {@code bin/wharf-cli}, {@code wharf-cli.exe} with a console on Windows. */
    public static final String CLI = "wharf-cli";

    /** The system property that tells the window where its archive goes, so that it makes the folder. */
    static final String ARCHIVE_PROPERTY = PackagedWindowArchive.PROPERTY;

    private Launchers() {}

    /**
     * Options of both launchers: JavaFX's graphics and Netty load native code, and Netty uses
     * {@code sun.misc.Unsafe}, which JDK 23 and later warn of unless allowed — a user should see a clean log.
     */
    static List<String> common(int runtimeFeature) {
        List<String> options = new ArrayList<>(List.of("--enable-native-access=ALL-UNNAMED,javafx.graphics"));
        if (runtimeFeature >= 23) {
            options.add("--sun-misc-unsafe-memory-access=allow");
        }
        return options;
    }

    /**
     * The window's options. It compiles with C1 alone: it is no server at peak load, and the
     * optimising compiler warming up on JavaFX's layout and CSS code slowed its start by a second.
     * On a JDK 25 runtime its first run also archives the classes it loaded as it exits
     * (AutoCreateSharedArchive) and later runs map them. The archive is named after the build
     * ({@link #archiveKey}): the JVM refuses an archive of other jars but would not write a new one.
     * Its log lines are of no use to a user.
     */
    static List<String> window(Platform platform, int runtimeFeature, String archiveKey) {
        List<String> options = new ArrayList<>(common(runtimeFeature));
        options.add("-XX:TieredStopAtLevel=1");
        if (runtimeFeature >= 25) {
            String archive = archive(platform, archiveKey);
            options.addAll(List.of(
                    "-XX:+AutoCreateSharedArchive",
                    "-XX:SharedArchiveFile=" + archive,
                    "-D" + ARCHIVE_PROPERTY + "=" + archive,
                    "-Xlog:cds*=off",
                    "-Xlog:aot*=off"));
        }
        return options;
    }

    /** The command line's options: the optimising compiler, for a supervisor that serves for hours. */
    static List<String> cli(int runtimeFeature) {
        return common(runtimeFeature);
    }

    /**
     * Where the window keeps the classes it loads, a file per user and build: the launcher expands the
     * variable (jpackage launchers from JDK 25 on expand environment variables in their configuration).
     */
    static String archive(Platform platform, String archiveKey) {
        String folder = switch (platform.os()) {
            case LINUX -> "$HOME/.cache/wharf/window";
            case MACOS -> "$HOME/Library/Caches/Wharf/window";
            case WINDOWS -> "$LOCALAPPDATA/Wharf/window";
        };
        return folder + "/classes-" + archiveKey + ".jsa";
    }

    /**
     * What the window's classes come from, as the start-up caches name a build (the runtime's version
     * and each staged jar's name, size and time of writing), so that another build's window writes
     * an archive of its own.
     */
    static String archiveKey(Path staging, Runtime.Version runtime) {
        try {
            List<Path> jars;
            try (Stream<Path> files = Files.list(staging)) {
                jars = files.filter(file -> file.getFileName().toString().endsWith(".jar"))
                        .sorted()
                        .toList();
            }
            return CacheName.build(runtime.toString(), jars);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the staged jars in " + staging + ": " + e.getMessage(), e);
        }
    }

    /**
     * The CLI launcher's properties as jpackage's {@code --add-launcher} reads them: the platform's
     * descriptor ({@code wharf-cli.launcher.properties}: a console on Windows, no desktop entry on
     * Linux), then its JVM options, which replace the main launcher's.
     */
    static String cliProperties(Descriptors descriptors, Platform platform, int runtimeFeature) {
        StringBuilder properties = new StringBuilder();
        Optional<Path> descriptor = descriptors.launcherProperties(platform, CLI);
        if (descriptor.isPresent()) {
            try {
                properties.append(Files.readString(descriptor.get()));
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + descriptor.get() + ": " + e.getMessage(), e);
            }
            if (!properties.isEmpty() && properties.charAt(properties.length() - 1) != '\n') {
                properties.append('\n');
            }
        }
        properties
                .append("java-options=")
                .append(String.join(" ", cli(runtimeFeature)))
                .append('\n');
        return properties.toString();
    }

    /** Writes the CLI launcher's properties into {@code work}; returns the file. */
    static Path writeCliProperties(Descriptors descriptors, Platform platform, int runtimeFeature, Path work) {
        Path file = work.resolve(CLI + Descriptors.LAUNCHER_SUFFIX);
        try {
            Files.createDirectories(work);
            Files.writeString(file, cliProperties(descriptors, platform, runtimeFeature));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file + ": " + e.getMessage(), e);
        }
        return file;
    }
}
