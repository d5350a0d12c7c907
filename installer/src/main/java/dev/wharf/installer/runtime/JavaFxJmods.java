package dev.wharf.installer.runtime;

import dev.wharf.installer.Folders;
import dev.wharf.installer.JdkTool;
import dev.wharf.installer.PackagingException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * JavaFX's modular jars, as Maven Central has them (native libraries inside), made into jmods
 * whose native libraries jlink puts into the runtime's {@code lib} folder. JavaFX then loads them
 * from there, as from any JDK, instead of unpacking them into the user's home on first start. The
 * jars' empty placeholders (no {@code module-info}) are left out. Writes only below its work folder.
 */
public final class JavaFxJmods {

    private JavaFxJmods() {}

    /** Makes a jmod of each JavaFX module jar in {@code javafxJars}; returns the folder holding them. */
    public static Path create(Path javafxJars, Path work) {
        if (!Files.isDirectory(javafxJars)) {
            throw new PackagingException(
                    "JavaFX's jars are not in " + javafxJars + "; build app-gui first (it copies them there).");
        }
        Path jmods = work.resolve("jmods");
        try {
            Folders.delete(work);
            Files.createDirectories(jmods);
            int made = 0;
            for (Path jar : jars(javafxJars)) {
                ModuleDescriptor module = descriptor(jar);
                if (module.isAutomatic()) {
                    continue;
                }
                Path unpacked = work.resolve(module.name());
                Path classes = unpacked.resolve("classes");
                Path libs = unpacked.resolve("libs");
                boolean hasLibs = unpack(jar, classes, libs);
                List<String> arguments = new ArrayList<>(List.of("create", "--class-path", classes.toString()));
                if (hasLibs) {
                    arguments.addAll(List.of("--libs", libs.toString()));
                }
                module.rawVersion().ifPresent(version -> arguments.addAll(List.of("--module-version", version)));
                arguments.add(jmods.resolve(module.name() + ".jmod").toString());
                JdkTool.run("jmod", arguments);
                made++;
            }
            if (made == 0) {
                throw new PackagingException("No JavaFX module jar in " + javafxJars + "; build app-gui first.");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return jmods;
    }

    private static List<Path> jars(Path folder) throws IOException {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            files.forEach(jars::add);
        }
        jars.sort(null);
        return jars;
    }

    private static ModuleDescriptor descriptor(Path jar) {
        return ModuleFinder.of(jar).findAll().stream()
                .findFirst()
                .map(ModuleReference::descriptor)
                .orElseThrow(() -> new PackagingException(jar + " is not a jar Java can read as a module."));
    }

    /** Unpacks a jar: native libraries at its root into {@code libs}, the rest into {@code classes}. */
    private static boolean unpack(Path jar, Path classes, Path libs) throws IOException {
        boolean hasLibs = false;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                boolean nativeLibrary = isNativeLibrary(entry.getName());
                Path target = inside(nativeLibrary ? libs : classes, entry.getName(), jar);
                Files.createDirectories(target.getParent());
                copy(zip, target);
                hasLibs |= nativeLibrary;
            }
        }
        return hasLibs;
    }

    static boolean isNativeLibrary(String entryName) {
        String name = entryName.toLowerCase(Locale.ROOT);
        return !name.contains("/") && (name.endsWith(".so") || name.endsWith(".dylib") || name.endsWith(".dll"));
    }

    private static Path inside(Path folder, String entryName, Path jar) {
        Path target = folder.resolve(entryName).normalize();
        if (!target.startsWith(folder)) {
            throw new PackagingException(jar + " has an entry outside its own folders: " + entryName);
        }
        return target;
    }

    private static void copy(InputStream in, Path target) throws IOException {
        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
}
