package dev.wharf.importer;

import dev.wharf.asgi.App;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns an import string into an {@link App}, as Uvicorn's {@code importer} does for
 * {@code module:attribute}. Accepted forms:
 * <ul>
 *   <li>{@code com.example.Main:app}: a static field holding an {@code App}, or a no-arg static
 *       method returning one; with {@code --factory}, a method or {@code Supplier<App>} to call;</li>
 *   <li>{@code com.example.Hello}: a class implementing {@code App} with a no-arg constructor;</li>
 *   <li>{@code lifecycle-lab}: the name of a bundled sample.</li>
 * </ul>
 * Every failure names what was looked for and where.
 */
public final class AppImporter {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");
    private static final String PREFIX = "Error loading ASGI app. ";

    private final ClassLoader wharfLoader;

    public AppImporter(ClassLoader wharfLoader) {
        this.wharfLoader = wharfLoader;
    }

    public AppImporter() {
        this(AppImporter.class.getClassLoader());
    }

    public LoadedApp load(String importString, List<Path> appDir, boolean factory) throws AppImportException {
        if (importString == null || importString.isBlank()) {
            throw new AppImportException(
                    PREFIX + "No application given: name one as <class>:<attribute>, a class implementing "
                            + App.class.getName() + ", or a bundled sample (" + sampleNames() + ").");
        }
        String target = BundledSamples.on(wharfLoader)
                .find(importString)
                .map(BundledSamples.Sample::app)
                .orElse(importString);
        ClassLoader loader = AppClassPath.loaderFor(appDir, wharfLoader);
        int colon = target.indexOf(':');
        String className = colon < 0 ? target : target.substring(0, colon);
        String attribute = colon < 0 ? null : target.substring(colon + 1);
        if (className.isEmpty() || (attribute != null && (attribute.isEmpty() || attribute.contains(":")))) {
            throw new AppImportException(PREFIX + "Import string \"" + importString
                    + "\" must be in format \"<class>:<attribute>\", " + "a class implementing " + App.class.getName()
                    + ", or a bundled sample (" + sampleNames() + ").");
        }
        Class<?> type = findClass(importString, className, loader, appDir);
        App app = attribute == null ? fromClass(type, factory) : fromAttribute(type, attribute, factory);
        return new LoadedApp(app, loader, attribute == null ? className : className + ":" + attribute);
    }

    private Class<?> findClass(String importString, String className, ClassLoader loader, List<Path> appDir)
            throws AppImportException {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            String where = appDir.isEmpty()
                    ? "Wharf's own classpath; add the app's classes or jars with --app-dir"
                    : "--app-dir "
                            + appDir.stream()
                                    .map(p -> p.toAbsolutePath().normalize().toString())
                                    .collect(Collectors.joining(File.pathSeparator))
                            + " and Wharf's own classpath";
            String hint = className.contains(".") ? "" : " Bundled samples: " + sampleNames() + ".";
            throw new AppImportException(
                    PREFIX + "Could not find class \"" + className + "\" (looked in " + where + ")." + hint);
        } catch (LinkageError e) {
            Throwable cause = e instanceof ExceptionInInitializerError ei && ei.getCause() != null ? ei.getCause() : e;
            throw new AppImportException(PREFIX + "Loading class \"" + className + "\" failed: " + cause, cause);
        }
    }

    private App fromClass(Class<?> type, boolean factory) throws AppImportException {
        if (!App.class.isAssignableFrom(type) && !Supplier.class.isAssignableFrom(type)) {
            throw new AppImportException(PREFIX + "Class \"" + type.getName() + "\" does not implement "
                    + App.class.getName() + "; implement it, or name the attribute that holds the app as \""
                    + type.getName() + ":app\".");
        }
        Object instance;
        try {
            Constructor<?> constructor = type.getConstructor();
            instance = constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new AppImportException(
                    PREFIX + "Class \"" + type.getName() + "\" needs a public no-arg constructor.");
        } catch (InvocationTargetException e) {
            throw new AppImportException(
                    PREFIX + "Constructing \"" + type.getName() + "\" raised " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AppImportException(PREFIX + "Could not construct \"" + type.getName() + "\": " + e, e);
        }
        return asApp(instance, type.getName(), factory);
    }

    private App fromAttribute(Class<?> type, String attribute, boolean factory) throws AppImportException {
        String target = type.getName() + ":" + attribute;
        Field field = staticField(type, attribute);
        if (field != null) {
            try {
                return asApp(field.get(null), target, factory);
            } catch (IllegalAccessException e) {
                throw new AppImportException(PREFIX + "Field \"" + target + "\" is not public.");
            }
        }
        Method method = staticMethod(type, attribute);
        if (method == null) {
            throw new AppImportException(
                    PREFIX + "Attribute \"" + attribute + "\" not found in class \"" + type.getName()
                            + "\": expected a public static field or a public static no-arg method of that name.");
        }
        try {
            return asApp(method.invoke(null), target + "()", false);
        } catch (InvocationTargetException e) {
            throw new AppImportException(PREFIX + "Calling \"" + target + "()\" raised " + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new AppImportException(PREFIX + "Method \"" + target + "()\" is not public.");
        }
    }

    private static App asApp(Object value, String target, boolean factory) throws AppImportException {
        if (value == null) {
            throw new AppImportException(PREFIX + "\"" + target + "\" is null.");
        }
        if (value instanceof App app) {
            if (factory) {
                throw new AppImportException(
                        PREFIX + "--factory was given, but \"" + target
                                + "\" is an App, not a factory; drop --factory, or name a method or Supplier<App> that makes the app.");
            }
            return app;
        }
        if (value instanceof Supplier<?> supplier) {
            if (!factory) {
                log.warn(
                        "ASGI app factory detected. Using it, but please consider setting the --factory flag explicitly.");
            }
            Object made;
            try {
                made = supplier.get();
            } catch (RuntimeException e) {
                throw new AppImportException(PREFIX + "The factory \"" + target + "\" raised " + e, e);
            }
            if (made instanceof App app) {
                return app;
            }
            throw new AppImportException(PREFIX + "The factory \"" + target + "\" returned "
                    + (made == null ? "null" : "a " + made.getClass().getName()) + ", not a " + App.class.getName()
                    + ".");
        }
        throw new AppImportException(
                PREFIX + "\"" + target + "\" is a " + value.getClass().getName() + ", not a " + App.class.getName()
                        + (factory ? " or a Supplier<App>." : "."));
    }

    private static Field staticField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return Modifier.isStatic(field.getModifiers()) ? field : null;
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Method staticMethod(Class<?> type, String name) {
        try {
            Method method = type.getMethod(name);
            return Modifier.isStatic(method.getModifiers()) ? method : null;
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private String sampleNames() {
        var names = BundledSamples.on(wharfLoader).names();
        return names.isEmpty() ? "none found on the classpath" : String.join(", ", names);
    }
}
