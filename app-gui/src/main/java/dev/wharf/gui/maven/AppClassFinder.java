package dev.wharf.gui.maven;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the apps a project's compiled classes offer, with the settings that serve each: ASGI apps
 * ({@code com.example.Hello} for a class implementing {@code App}, {@code com.example.Main:app} for
 * a static field holding one), servlets, and JAX-RS applications. It reads class files (ClassGraph)
 * and never loads or runs the project's code in the window's process.
 */
public final class AppClassFinder {

    static final String APP = "dev.wharf.asgi.App";
    static final String SERVLET = "jakarta.servlet.Servlet";
    static final String JAX_RS_APPLICATION = "jakarta.ws.rs.core.Application";

    /**
     * Servlet base classes known by name: a project usually takes the servlet API in {@code provided}
     * scope (Wharf provides it, as a servlet container does), so it is not on the runtime classpath
     * read here and a servlet shows only by the name of the class it extends.
     */
    private static final List<String> SERVLET_BASES =
            List.of("jakarta.servlet.GenericServlet", "jakarta.servlet.http.HttpServlet");

    private AppClassFinder() {}

    /**
     * @param own        the project's own class folders (only apps found there are offered)
     * @param classpath  everything they need to be read, dependencies included
     * @return the apps found, by name
     */
    public static List<FoundApp> find(List<Path> own, List<String> classpath) {
        List<String> entries = new ArrayList<>(classpath);
        own.forEach(folder -> entries.add(0, folder.toString()));
        List<File> ownFiles = own.stream()
                .map(path -> path.toAbsolutePath().normalize().toFile())
                .toList();
        List<FoundApp> apps = new ArrayList<>();
        try (ScanResult scan = new ClassGraph()
                .overrideClasspath(entries)
                .enableClassInfo()
                .enableFieldInfo()
                .ignoreClassVisibility()
                .scan()) {
            boolean jersey = scan.getClassInfo(FoundApp.JERSEY_SERVLET) != null;
            boolean injection = !scan.getClassesImplementing(FoundApp.JERSEY_INJECTION)
                    .filter(type -> !type.isAbstract())
                    .isEmpty();
            for (ClassInfo type : scan.getAllClasses()) {
                File element = type.getClasspathElementFile();
                if (element == null || !ownFiles.contains(element.getAbsoluteFile())) {
                    continue;
                }
                if (!type.isAbstract() && !type.isInterface()) {
                    if (type.implementsInterface(APP)) {
                        apps.add(FoundApp.asgi(type.getName()));
                    } else if (isServlet(type)) {
                        apps.add(FoundApp.servlet(type.getName()));
                    } else if (type.extendsSuperclass(JAX_RS_APPLICATION)) {
                        apps.add(FoundApp.jaxRs(type.getName(), jersey, injection));
                    }
                }
                for (FieldInfo field : type.getDeclaredFieldInfo()) {
                    if (field.isStatic()
                            && field.isPublic()
                            && APP.equals(field.getTypeDescriptor().toString())) {
                        apps.add(FoundApp.asgi(type.getName() + ":" + field.getName()));
                    }
                }
            }
        }
        apps.sort(Comparator.comparing(FoundApp::name));
        return apps;
    }

    private static boolean isServlet(ClassInfo type) {
        return type.implementsInterface(SERVLET) || SERVLET_BASES.stream().anyMatch(type::extendsSuperclass);
    }
}
