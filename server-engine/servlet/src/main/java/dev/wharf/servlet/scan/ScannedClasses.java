package dev.wharf.servlet.scan;

import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The application's classes as discovery sees them: headers read from the class files, and the classes
 * loaded, lazily and without initialising them, through the application's class loader (never the
 * adapter's: the servlet API may live in a loader the adapter shares with the application).
 */
public final class ScannedClasses {

    private final Map<String, ClassFileHeader> headers;
    private final ClassLoader appLoader;
    private final Map<String, Class<?>> loaded = new HashMap<>();

    public ScannedClasses(Map<String, ClassFileHeader> headers, ClassLoader appLoader) {
        this.headers = headers;
        this.appLoader = appLoader;
    }

    /** The classes carrying {@code annotation} on the class itself, in name order. */
    public List<Class<?>> annotatedWith(Class<? extends Annotation> annotation) {
        return candidates(annotation)
                .filter(type -> type.isAnnotationPresent(annotation))
                .toList();
    }

    /**
     * What {@code @HandlesTypes} asks for: for an annotation, the classes that carry it on the class, a
     * method, a field or a constructor; for a class or interface, the classes that extend or implement it.
     */
    public Set<Class<?>> handledBy(Class<?> type) {
        if (type.isAnnotation()) {
            Class<? extends Annotation> annotation = type.asSubclass(Annotation.class);
            return candidates(annotation)
                    .filter(found -> carries(found, annotation))
                    .collect(LinkedHashSet::new, Set::add, Set::addAll);
        }
        Set<Class<?>> found = new LinkedHashSet<>();
        for (ClassFileHeader header : sorted()) {
            if (!header.name().equals(type.getName()) && inherits(header, type)) {
                Class<?> candidate = load(header.name());
                if (candidate != null && type.isAssignableFrom(candidate)) {
                    found.add(candidate);
                }
            }
        }
        return found;
    }

    private Stream<Class<?>> candidates(Class<? extends Annotation> annotation) {
        List<Class<?>> found = new ArrayList<>();
        for (ClassFileHeader header : sorted()) {
            if (header.mentions(annotation)) {
                Class<?> type = load(header.name());
                if (type != null) {
                    found.add(type);
                }
            }
        }
        return found.stream();
    }

    private static boolean carries(Class<?> type, Class<? extends Annotation> annotation) {
        try {
            return type.isAnnotationPresent(annotation)
                    || any(type.getDeclaredMethods(), annotation)
                    || any(type.getDeclaredFields(), annotation)
                    || any(type.getDeclaredConstructors(), annotation);
        } catch (LinkageError e) {
            return false; // a member's type is missing from the classpath: the class could not serve anyway
        }
    }

    private static boolean any(AnnotatedElement[] elements, Class<? extends Annotation> annotation) {
        for (AnnotatedElement element : elements) {
            if (element.isAnnotationPresent(annotation)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the class may extend or implement {@code type}: its supertypes are followed through the
     * scanned headers, and loaded only where they leave the application's own classes (a library's base
     * class); the JDK's own types never lead to an application type.
     */
    private boolean inherits(ClassFileHeader header, Class<?> type) {
        Deque<String> pending = new ArrayDeque<>(supertypes(header));
        Set<String> seen = new HashSet<>();
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!seen.add(name)) {
                continue;
            }
            if (name.equals(type.getName())) {
                return true;
            }
            ClassFileHeader known = headers.get(name);
            if (known != null) {
                pending.addAll(supertypes(known));
            } else if (!name.startsWith("java.")) {
                Class<?> outside = load(name);
                if (outside != null && type.isAssignableFrom(outside)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> supertypes(ClassFileHeader header) {
        List<String> names = new ArrayList<>(header.interfaces());
        if (header.superName() != null) {
            names.add(header.superName());
        }
        return names;
    }

    private List<ClassFileHeader> sorted() {
        return headers.values().stream()
                .sorted(Comparator.comparing(ClassFileHeader::name))
                .toList();
    }

    private Class<?> load(String name) {
        if (loaded.containsKey(name)) {
            return loaded.get(name);
        }
        Class<?> type;
        try {
            type = Class.forName(name, false, appLoader);
        } catch (ClassNotFoundException | LinkageError e) {
            type = null; // a class whose dependencies are absent cannot be a servlet here
        }
        loaded.put(name, type);
        return type;
    }
}
