package dev.wharf.installer.runtime;

import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.module.Configuration;
import java.lang.module.FindException;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The modules Wharf's runtime carries, as {@code runtime-modules.txt} lists them (one a line, a
 * comment saying why), and the check that they cover every module jdeps finds Wharf's jars using.
 * The list is kept by hand because jdeps cannot see what the app loads by name, nor what users'
 * apps running in the workers need; the check keeps it from falling behind Wharf's own code.
 */
public record RuntimeModules(List<String> roots) {

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");

    public RuntimeModules {
        roots = List.copyOf(roots);
        if (roots.isEmpty()) {
            throw new PackagingException("The runtime's module list is empty; it needs at least java.base.");
        }
    }

    /** Reads the list: a module name a line; {@code #} starts a comment; blank lines are skipped. */
    public static RuntimeModules read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new PackagingException("Cannot read the runtime's module list " + file + ": " + e.getMessage(), e);
        }
        List<String> roots = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int comment = line.indexOf('#');
            String name = (comment >= 0 ? line.substring(0, comment) : line).strip();
            if (name.isEmpty()) {
                continue;
            }
            if (!MODULE_NAME.matcher(name).matches()) {
                throw new PackagingException(file + ", line " + (i + 1) + ": '" + name
                        + "' is not a module name; write one name a line, such as java.desktop");
            }
            roots.add(name);
        }
        return new RuntimeModules(roots);
    }

    /** What jlink's {@code --add-modules} takes. */
    public String addModulesArgument() {
        return String.join(",", roots);
    }

    /**
     * The modules a runtime of these roots holds: the roots and all they require, found among this
     * JDK's own modules and JavaFX's modular jars (the module system reads jars, not jmods).
     */
    public Set<String> resolved(Path javafxJars) {
        ModuleFinder finder = ModuleFinder.compose(ModuleFinder.ofSystem(), ModuleFinder.of(javafxJars));
        try {
            Configuration configuration = Configuration.empty().resolve(finder, ModuleFinder.of(), roots);
            return configuration.modules().stream()
                    .map(ResolvedModule::name)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (FindException e) {
            throw new PackagingException(
                    "runtime-modules.txt names a module that neither this JDK nor JavaFX has: " + e.getMessage(), e);
        }
    }

    /** Refuses a list that misses a module jdeps finds among {@code used}. */
    public void checkCovers(Set<String> used, Path javafxJars) {
        Set<String> missing = new TreeSet<>(used);
        missing.removeAll(resolved(javafxJars));
        if (!missing.isEmpty()) {
            throw new PackagingException("Wharf's jars use " + String.join(", ", missing)
                    + ", which the runtime would lack: add " + (missing.size() == 1 ? "it" : "them")
                    + " to installer/src/packaging/runtime-modules.txt.");
        }
    }

    /**
     * The modules jdeps finds the Wharf jars in {@code appLib} using, directly or through the jars
     * they need; JavaFX comes from its modular jars in {@code appLib/javafx}.
     */
    public static Set<String> usedBy(Path appLib, String wharfJarGlob) {
        List<String> classPath = new ArrayList<>();
        List<String> wharfJars = new ArrayList<>();
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(appLib, "*.jar")) {
            for (Path jar : jars) {
                classPath.add(jar.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (DirectoryStream<Path> jars = Files.newDirectoryStream(appLib, wharfJarGlob)) {
            jars.forEach(jar -> wharfJars.add(jar.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (wharfJars.isEmpty()) {
            throw new PackagingException("No Wharf jar (" + wharfJarGlob + ") in " + appLib + "; build app-gui first.");
        }
        classPath.sort(null);
        wharfJars.sort(null);
        List<String> arguments = new ArrayList<>(List.of(
                "--multi-release",
                String.valueOf(Runtime.version().feature()),
                "--ignore-missing-deps",
                "--print-module-deps",
                "--recursive",
                "--module-path",
                appLib.resolve("javafx").toString(),
                "--add-modules",
                "javafx.controls",
                "--class-path",
                String.join(File.pathSeparator, classPath)));
        arguments.addAll(wharfJars);
        String output = JdkTool.run("jdeps", arguments).strip();
        String last = output.substring(output.lastIndexOf('\n') + 1).strip();
        return Arrays.stream(last.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
