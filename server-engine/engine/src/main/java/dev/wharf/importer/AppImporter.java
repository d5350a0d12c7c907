package dev.wharf.importer;

import dev.wharf.asgi.App;
import dev.wharf.servlet.ServletApp;
import java.io.File;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
        return load(ImportRequest.of(importString, appDir, factory));
    }

    public LoadedApp load(ImportRequest request) throws AppImportException {
        String importString = request.app();
        if (importString == null || importString.isBlank()) {
            throw new AppImportException(
                    PREFIX + "No application given: name one as <class>:<attribute>, a class implementing "
                            + App.class.getName() + ", or a bundled sample (" + sampleNames() + ").");
        }
        Optional<BundledSamples.Sample> sample = BundledSamples.on(wharfLoader).find(importString);
        if (sample.isPresent()) {
            request = sample.get().settle(request);
        }
        List<Path> appDir = request.appDir();
        boolean factory = request.factory();
        AppInterface wanted = request.appInterface();
        String target = sample.map(BundledSamples.Sample::app).orElse(importString);
        ClassLoader loader = appLoader(appDir, sample, wanted != AppInterface.ASGI);
        int colon = target.indexOf(':');
        String className = colon < 0 ? target : target.substring(0, colon);
        String attribute = colon < 0 ? null : target.substring(colon + 1);
        if (className.isEmpty() || (attribute != null && (attribute.isEmpty() || attribute.contains(":")))) {
            throw new AppImportException(PREFIX + "Import string \"" + importString
                    + "\" must be in format \"<class>:<attribute>\", " + "a class implementing " + App.class.getName()
                    + ", or a bundled sample (" + sampleNames() + ").");
        }
        Class<?> type = findClass(importString, className, loader, appDir);
        String named = attribute == null ? className : className + ":" + attribute;
        Object value = attribute == null ? instance(type, wanted, factory) : attributeValue(type, attribute);
        if (wanted != AppInterface.ASGI && ServletImport.isServlet(value)) {
            ServletApp servlet = ServletImport.adapt(value, request, loader);
            return new LoadedApp(servlet, loader, named, AppInterface.SERVLET, servlet::activeSessions);
        }
        if (wanted == AppInterface.SERVLET) {
            throw new AppImportException(
                    PREFIX + "--interface servlet was given, but \"" + named + "\" is "
                            + describe(value) + ", not a " + ServletImport.API
                            + "; name a servlet class, or a static field"
                            + " or method that gives one (or use --interface asgi).",
                    null,
                    AppImportException.USAGE);
        }
        boolean called = attribute != null && staticField(type, attribute) == null;
        App app = asApp(value, attribute == null ? className : called ? named + "()" : named, factory && !called);
        return new LoadedApp(app, loader, named);
    }

    private static String describe(Object value) {
        if (value instanceof Class<?> type) {
            return "the class " + type.getName();
        }
        return value == null ? "null" : "a " + value.getClass().getName();
    }

    /**
     * The app's own class loader: its {@code --app-dir} entries and a sample's own jar and libraries,
     * the folders over the jars (so a reload's fresh classes come first, and a reload shares the
     * libraries' loader), over the contract alone. Without either,
     * the app is one of this JVM's own classes (Wharf embedded in an app, or Wharf's tests) and
     * comes from its loader.
     */
    private ClassLoader appLoader(List<Path> appDir, Optional<BundledSamples.Sample> sample, boolean servletShared)
            throws AppImportException {
        List<Path> classPath = new ArrayList<>(appDir);
        if (sample.isPresent()) {
            if (sample.get().librariesMissing()) {
                throw new AppImportException(
                        PREFIX + "The bundled sample \"" + sample.get().name()
                                + "\" needs its libraries in " + sample.get().libraries()
                                + ", which is not there; build Wharf again (mvn package) to copy them.");
            }
            classPath.addAll(sample.get().classPathEntries());
        }
        if (classPath.isEmpty()) {
            return wharfLoader;
        }
        return AppClassPath.appLoader(classPath, wharfLoader, servletShared);
    }

    private Class<?> findClass(String importString, String className, ClassLoader loader, List<Path> appDir)
            throws AppImportException {
        try {
            return Class.forName(className, true, loader);
        } catch (ClassNotFoundException e) {
            String where = loader == wharfLoader
                    ? "Wharf's own classpath; add the app's classes or jars with --app-dir"
                    : searched(appDir, loader) + ", besides the JDK and the ASGI API";
            String hint = className.contains(".") ? "" : " Bundled samples: " + sampleNames() + ".";
            throw new AppImportException(
                    PREFIX + "Could not find class \"" + className + "\" (looked in " + where + ")." + hint);
        } catch (NoClassDefFoundError e) {
            if (missingClass(e).startsWith("class \"" + ContractClassLoader.SERVLET)) {
                throw new AppImportException(
                        PREFIX + "Class \"" + className + "\" is written for the Servlet API ("
                                + missingClass(e) + "), which an app served with --interface asgi does not see;"
                                + " serve it with --interface servlet (or auto).",
                        e);
            }
            throw new AppImportException(
                    PREFIX + "Class \"" + className + "\" needs " + missingClass(e) + ", which is in none of "
                            + searched(appDir, loader) + " (an app sees only its own classpath, the JDK and the"
                            + " ASGI API; add the jar that has it to --app-dir).",
                    e);
        } catch (LinkageError e) {
            Throwable cause = e instanceof ExceptionInInitializerError ei && ei.getCause() != null ? ei.getCause() : e;
            throw new AppImportException(PREFIX + "Loading class \"" + className + "\" failed: " + cause, cause);
        }
    }

    private static String missingClass(NoClassDefFoundError e) {
        String message = e.getMessage() == null ? "a class" : e.getMessage().replace('/', '.');
        return "class \"" + message + "\"";
    }

    /** The entries a class was looked for in: the --app-dir ones, and a sample's own. */
    private static String searched(List<Path> appDir, ClassLoader loader) {
        List<String> entries = new ArrayList<>();
        if (loader instanceof URLClassLoader) {
            for (URL url : AppClassPath.entriesOf(loader)) {
                try {
                    entries.add(Path.of(url.toURI()).toString());
                } catch (URISyntaxException | IllegalArgumentException e) {
                    entries.add(url.toString());
                }
            }
        } else {
            appDir.forEach(p -> entries.add(p.toAbsolutePath().normalize().toString()));
        }
        return (appDir.isEmpty() ? "the app's classpath " : "--app-dir ") + String.join(File.pathSeparator, entries);
    }

    /**
     * What a class name alone stands for: an instance of a servlet class (when servlets are served),
     * of an App or of a factory; else the class itself, which the caller refuses with its reason.
     */
    private Object instance(Class<?> type, AppInterface wanted, boolean factory) throws AppImportException {
        boolean servlet = wanted != AppInterface.ASGI && ServletImport.isServletType(type);
        if (!servlet && !App.class.isAssignableFrom(type) && !Supplier.class.isAssignableFrom(type)) {
            if (wanted == AppInterface.SERVLET) {
                return type;
            }
            throw new AppImportException(PREFIX + "Class \"" + type.getName() + "\" does not implement "
                    + App.class.getName() + "; implement it, or name the attribute that holds the app as \""
                    + type.getName() + ":app\".");
        }
        try {
            Constructor<?> constructor = type.getConstructor();
            return constructor.newInstance();
        } catch (NoSuchMethodException e) {
            throw new AppImportException(
                    PREFIX + "Class \"" + type.getName() + "\" needs a public no-arg constructor.");
        } catch (InvocationTargetException e) {
            throw new AppImportException(
                    PREFIX + "Constructing \"" + type.getName() + "\" raised " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new AppImportException(PREFIX + "Could not construct \"" + type.getName() + "\": " + e, e);
        }
    }

    /** The value of a public static field, or what a public static no-arg method returns. */
    private Object attributeValue(Class<?> type, String attribute) throws AppImportException {
        String target = type.getName() + ":" + attribute;
        Field field = staticField(type, attribute);
        if (field != null) {
            try {
                return field.get(null);
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
            return method.invoke(null);
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
