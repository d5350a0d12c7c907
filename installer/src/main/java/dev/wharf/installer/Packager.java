package dev.wharf.installer;

import dev.wharf.installer.jpackage.AppImage;
import dev.wharf.installer.jpackage.NativeInstaller;
import dev.wharf.installer.runtime.JavaFxJmods;
import dev.wharf.installer.runtime.RuntimeImage;
import dev.wharf.installer.runtime.RuntimeModules;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Packages Wharf with its own runtime, in the order a reader checks it: JavaFX's jmods, the module
 * list against jdeps, the runtime (jlink), the app image (jpackage), then the platform's installer
 * when its tools are there. The {@code installer} Maven profile runs it on the JDK the build's
 * toolchain picks; it reads {@code app-gui/target/lib} and writes only below its work and destination folders.
 */
@Command(
        name = "packager",
        mixinStandardHelpOptions = true,
        description =
                "Builds Wharf's runtime (jlink), its app image (jpackage) and, where the tools are, its installer.")
public final class Packager implements Callable<Integer> {

    @Option(
            names = "--app-lib",
            required = true,
            description = "What ./wharf runs: app-gui/target/lib, JavaFX in its javafx folder.")
    Path appLib;

    @Option(names = "--main-jar", required = true, description = "The jar in --app-lib holding the main class.")
    String mainJar;

    @Option(names = "--main-class", required = true)
    String mainClass;

    @Option(names = "--version", required = true, description = "The build's version, e.g. 0.1.0-SNAPSHOT.")
    String projectVersion;

    @Option(
            names = "--app-version",
            defaultValue = "",
            description = "The installer's version; blank derives it from --version.")
    String appVersionOverride;

    @Option(names = "--descriptors", required = true, description = "installer/src/packaging")
    Path descriptorsFolder;

    @Option(names = "--work", required = true)
    Path work;

    @Option(names = "--dest", required = true)
    Path dest;

    /** Whether to make the platform's installer after the image. */
    enum InstallerChoice {
        auto,
        none
    }

    @Option(
            names = "--installer",
            defaultValue = "auto",
            description =
                    "auto: build the platform's installer when its tools are on the PATH; none: the app image only (${COMPLETION-CANDIDATES}).")
    InstallerChoice installer;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The command, whose packaging failures end with their message and exit code 1, not a stack trace. */
    static CommandLine commandLine() {
        CommandLine command = new CommandLine(new Packager());
        command.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof PackagingException) {
                line.getErr().println("Packaging failed: " + e.getMessage());
                return 1;
            }
            throw e;
        });
        return command;
    }

    @Override
    public Integer call() {
        Platform platform = Platform.current();
        Descriptors descriptors = new Descriptors(descriptorsFolder);
        String appVersion = AppVersion.of(projectVersion, appVersionOverride, platform);
        say("Packaging Wharf " + appVersion + " for " + platform.os().folder() + "-" + platform.arch() + " with Java "
                + Runtime.version());

        Path javafxJars = appLib.resolve("javafx");
        Path jmods = step("JavaFX jmods", () -> JavaFxJmods.create(javafxJars, work.resolve("javafx")));
        RuntimeModules modules = RuntimeModules.read(descriptors.runtimeModules());
        Set<String> used = step("modules Wharf's jars use (jdeps)", () -> RuntimeModules.usedBy(appLib, "wharf-*.jar"));
        modules.checkCovers(used, javafxJars);
        say("  jdeps finds " + String.join(",", used) + "; the runtime holds "
                + modules.resolved(javafxJars).size() + " modules");
        Path runtime = step("runtime (jlink)", () -> RuntimeImage.link(modules, jmods, work.resolve("runtime")));
        Path image = step(
                "app image (jpackage)",
                () -> AppImage.build(
                        descriptors,
                        platform,
                        appVersion,
                        appLib,
                        new AppImage.Launch(mainJar, mainClass),
                        runtime,
                        work,
                        dest));
        say("  " + image + ": " + Folders.megabytes(Folders.size(image)) + " (runtime "
                + Folders.megabytes(Folders.size(runtime)) + ")");

        if (installer == InstallerChoice.auto) {
            NativeInstaller kind = NativeInstaller.of(platform);
            String missing = kind.missingTools(platform, System.getenv("PATH"));
            if (!missing.isEmpty()) {
                say("Skipping the installer: " + missing + ".");
            } else {
                Path file = step(
                        "." + kind.type() + " (jpackage)",
                        () -> kind.build(descriptors, platform, appVersion, image, work, dest));
                say("  " + file + ": " + Folders.megabytes(Folders.size(file)));
            }
        }
        return 0;
    }

    private static <T> T step(String name, Supplier<T> work) {
        long start = System.nanoTime();
        T result = work.get();
        say(String.format(Locale.ROOT, "%-36s %6.1f s", name, (System.nanoTime() - start) / 1e9));
        return result;
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
