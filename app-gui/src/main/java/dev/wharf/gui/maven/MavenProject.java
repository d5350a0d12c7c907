package dev.wharf.gui.maven;

import dev.wharf.gui.fx.AnsiCodes;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A Maven project whose app the window serves: Maven runs once to compile it and write its runtime
 * classpath, then its apps (ASGI apps, servlets, JAX-RS applications) are looked up. Runs a process and waits for it, so never
 * on the FX thread; each line Maven prints goes to a listener for visible progress.
 */
public final class MavenProject {

    /** The dependency plugin's version is named so that a project that pins none still gets a modern one. */
    static final String BUILD_CLASSPATH = "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath";

    /**
     * What resolving a project gave.
     *
     * @param classpath  the project's class folder first, then its runtime dependencies
     * @param apps       the apps found in its own classes, with the settings that serve each
     */
    public record Resolved(List<String> classpath, List<FoundApp> apps) {}

    private final Path folder;

    public MavenProject(Path folder) {
        this.folder = folder.toAbsolutePath().normalize();
    }

    /**
     * @throws MavenException when the folder is no Maven project, Maven is missing, or the build fails
     *                        (the message says which, with Maven's last lines)
     */
    public Resolved resolve(Consumer<String> progress) throws MavenException {
        if (!Files.isRegularFile(folder.resolve("pom.xml"))) {
            throw new MavenException(
                    folder + " has no pom.xml: choose the folder of a Maven project (the one with its pom.xml).");
        }
        Path output;
        try {
            output = Files.createTempFile("wharf-classpath", ".txt");
        } catch (IOException e) {
            throw new MavenException("Could not make a temporary file for Maven's classpath: " + e.getMessage());
        }
        try {
            List<String> command = new ArrayList<>(List.of(
                    maven(),
                    "-B",
                    "-Dstyle.color=never",
                    "compile",
                    BUILD_CLASSPATH,
                    "-Dmdep.outputFile=" + output,
                    "-Dmdep.includeScope=runtime"));
            run(command, progress);
            String text = Files.readString(output, StandardCharsets.UTF_8).strip();
            Path classes = folder.resolve("target").resolve("classes");
            List<String> classpath = new ArrayList<>();
            classpath.add(classes.toString());
            if (!text.isEmpty()) {
                classpath.addAll(Arrays.asList(text.split(File.pathSeparator)));
            }
            progress.accept("Looking for apps in " + classes + " …");
            return new Resolved(List.copyOf(classpath), AppClassFinder.find(List.of(classes), classpath));
        } catch (IOException e) {
            throw new MavenException("Maven's classpath could not be read: " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(output);
            } catch (IOException e) {
                // A temporary file left behind is the system's to clean.
            }
        }
    }

    private void run(List<String> command, Consumer<String> progress) throws MavenException {
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .directory(folder.toFile())
                    .redirectErrorStream(true)
                    .start();
        } catch (IOException e) {
            throw new MavenException("Could not run Maven (" + command.get(0) + "): " + e.getMessage()
                    + ". Install Apache Maven, or add the Maven wrapper (mvnw) to the project.");
        }
        List<String> last = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                progress.accept(AnsiCodes.strip(line));
                last.add(line);
                if (last.size() > 12) {
                    last.remove(0);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new MavenException(
                        "Maven failed in " + folder + " (exit code " + exit + "):\n" + String.join("\n", last));
            }
        } catch (IOException e) {
            throw new MavenException("Maven's output could not be read: " + e.getMessage());
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new MavenException("Resolving the project was cancelled.");
        }
    }

    /** The project's wrapper when it has one, else {@code mvn} from the PATH. */
    private String maven() {
        boolean windows =
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Path wrapper = folder.resolve(windows ? "mvnw.cmd" : "mvnw");
        if (Files.isExecutable(wrapper)) {
            return wrapper.toString();
        }
        return windows ? "mvn.cmd" : "mvn";
    }
}
