package dev.wharf.gui.maven;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the ASGI apps a project's compiled classes offer, in the form the app setting takes:
 * {@code com.example.Hello} for a class implementing {@code App}, {@code com.example.Main:app} for
 * a static field holding one. It reads class files (ClassGraph) and never loads or runs the
 * project's code in the window's process.
 */
public final class AppClassFinder {

    static final String APP = "dev.wharf.asgi.App";

    private AppClassFinder() {}

    /**
     * @param own        the project's own class folders (only apps found there are offered)
     * @param classpath  everything they need to be read, dependencies included
     */
    public static List<String> find(List<Path> own, List<String> classpath) {
        List<String> entries = new ArrayList<>(classpath);
        own.forEach(folder -> entries.add(0, folder.toString()));
        List<File> ownFiles = own.stream()
                .map(path -> path.toAbsolutePath().normalize().toFile())
                .toList();
        List<String> apps = new ArrayList<>();
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(entries)
                .enableClassInfo()
                .enableFieldInfo()
                .ignoreClassVisibility()
                .scan()) {
            for (ClassInfo type : scan.getAllClasses()) {
                if (!ownFiles.contains(type.getClasspathElementFile().getAbsoluteFile())) {
                    continue;
                }
                if (!type.isAbstract() && !type.isInterface() && type.implementsInterface(APP)) {
                    apps.add(type.getName());
                }
                for (FieldInfo field : type.getDeclaredFieldInfo()) {
                    if (field.isStatic()
                            && field.isPublic()
                            && APP.equals(field.getTypeDescriptor().toString())) {
                        apps.add(type.getName() + ":" + field.getName());
                    }
                }
            }
        }
        apps.sort(null);
        return apps;
    }
}
