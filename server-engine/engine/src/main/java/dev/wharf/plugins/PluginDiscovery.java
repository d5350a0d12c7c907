package dev.wharf.plugins;

import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginOption;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds plugins with {@link ServiceLoader}: first on Wharf's class path, then in each jar of the
 * plugins folder, every jar in its own class loader whose parent is Wharf's, so two plugin jars
 * never see each other's classes. Never in the app's own class loader: plugins are Wharf's.
 *
 * <p>Nothing that goes wrong in a plugin's class or jar escapes as an exception: it becomes a
 * {@link PluginProblem} naming the jar or the plugin, and discovery goes on with the others.
 *
 * <p>A folder other users may write to is refused before any jar in it is opened: whoever can add
 * a jar there would have their code run by Wharf (and by the window that lists the plugins).
 */
final class PluginDiscovery {

    static final String CLASSPATH = "classpath";
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    final Map<String, DiscoveredPlugin> plugins = new LinkedHashMap<>();
    final List<PluginProblem> problems = new ArrayList<>();
    final List<URLClassLoader> jarLoaders = new ArrayList<>();

    static PluginDiscovery run(Path pluginsDir, ClassLoader wharfLoader) {
        PluginDiscovery discovery = new PluginDiscovery();
        discovery.scan(wharfLoader, CLASSPATH, null);
        if (pluginsDir != null) {
            discovery.scanFolder(pluginsDir, wharfLoader);
        }
        return discovery;
    }

    static PluginDiscovery of(List<Plugin> plugins) {
        PluginDiscovery discovery = new PluginDiscovery();
        plugins.forEach(plugin -> discovery.add(plugin, CLASSPATH));
        return discovery;
    }

    private void scanFolder(Path folder, ClassLoader wharfLoader) {
        if (!Files.isDirectory(folder)) {
            String where = folder.isAbsolute() ? "" : " (looked at " + folder.toAbsolutePath() + ")";
            problems.add(new PluginProblem(
                    null,
                    "The plugins folder " + folder + " does not exist" + where
                            + "; create it or point the plugins folder option elsewhere."));
            return;
        }
        String unsafe = writableByOthers(folder);
        if (unsafe != null) {
            problems.add(new PluginProblem(null, unsafe));
            return;
        }
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, "*.{jar,JAR}")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            problems.add(new PluginProblem(null, "The plugins folder " + folder + " cannot be read: " + e));
            return;
        }
        jars.sort(null);
        for (Path jar : jars) {
            String name = jar.getFileName().toString();
            URLClassLoader loader = new URLClassLoader("wharf-plugin-" + name, new URL[] {toUrl(jar)}, wharfLoader);
            jarLoaders.add(loader);
            if (scan(loader, name, loader) == 0) {
                problems.add(new PluginProblem(
                        null,
                        name + " in the plugins folder holds no plugin: it needs a " + "META-INF/services/"
                                + Plugin.class.getName() + " entry naming its Plugin class."));
            }
        }
    }

    /**
     * Why {@code folder} must not be trusted with code, or {@code null}: group- or world-writable
     * on a POSIX file system. Other file systems (Windows ACLs) are not checked.
     */
    static String writableByOthers(Path folder) {
        Set<PosixFilePermission> permissions;
        try {
            permissions = Files.getPosixFilePermissions(folder);
        } catch (UnsupportedOperationException e) {
            return null;
        } catch (IOException e) {
            return "The plugins folder " + folder + " cannot be read: " + e;
        }
        boolean world = permissions.contains(PosixFilePermission.OTHERS_WRITE);
        if (!world && !permissions.contains(PosixFilePermission.GROUP_WRITE)) {
            return null;
        }
        return "The plugins folder " + folder + " is " + (world ? "world" : "group") + "-writable ("
                + PosixFilePermissions.toString(permissions) + "): other users could put a jar there whose code "
                + "Wharf would run, so no plugin is loaded from it. Make it writable by you alone: chmod go-w "
                + shellWord(folder.toString());
    }

    /** The path as one word a shell takes, so the command can be pasted as it is. */
    private static String shellWord(String text) {
        return text.matches("[A-Za-z0-9_./:@%+=,-]+") ? text : "'" + text.replace("'", "'\\''") + "'";
    }

    /**
     * Loads the providers {@code loader} sees; with {@code own} set, only those whose class that
     * loader defines itself, as a jar's loader also sees every plugin on the class path.
     *
     * @return how many providers were found, loaded or not
     */
    private int scan(ClassLoader loader, String source, ClassLoader own) {
        int found = 0;
        Iterator<ServiceLoader.Provider<Plugin>> providers =
                ServiceLoader.load(Plugin.class, loader).stream().iterator();
        while (true) {
            ServiceLoader.Provider<Plugin> provider;
            try {
                if (!providers.hasNext()) {
                    return found;
                }
                provider = providers.next();
                if (own != null && provider.type().getClassLoader() != own) {
                    continue;
                }
                found++;
                add(provider.get(), source);
            } catch (ServiceConfigurationError | LinkageError e) {
                found++;
                problems.add(new PluginProblem(null, source + ": a plugin could not be loaded: " + describe(e)));
            }
        }
    }

    /** Checks what Wharf relies on before the plugin counts as found. */
    private void add(Plugin plugin, String source) {
        String className = plugin.getClass().getName();
        String id;
        List<PluginOption<?>> options;
        try {
            id = plugin.id();
            options = plugin.options();
            plugin.version();
            plugin.description();
        } catch (RuntimeException | LinkageError e) {
            problems.add(new PluginProblem(
                    null, source + ": plugin class " + className + " failed to describe itself: " + describe(e)));
            return;
        }
        if (options == null) {
            problems.add(new PluginProblem(
                    null,
                    source + ": plugin class " + className + " returns null from options(); "
                            + "a plugin without options returns List.of()"));
            return;
        }
        if (id == null || !ID.matcher(id).matches()) {
            problems.add(new PluginProblem(
                    null,
                    source + ": plugin class " + className + " has the id '" + id
                            + "'; an id is lower-case letters and digits, words joined by '-'"));
            return;
        }
        Set<String> names = new HashSet<>();
        for (PluginOption<?> option : options) {
            if (!names.add(option.name())) {
                problems.add(new PluginProblem(
                        id,
                        "plugin '" + id + "' (" + source + ") declares option '" + option.name()
                                + "' twice; it is not available"));
                return;
            }
        }
        DiscoveredPlugin existing = plugins.get(id);
        if (existing != null) {
            problems.add(new PluginProblem(
                    id,
                    "plugin '" + id + "' from " + source + " is ignored: " + existing
                            + " has the same id; remove one of them"));
            return;
        }
        plugins.put(id, new DiscoveredPlugin(plugin, source));
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder(e.getMessage() == null ? e.toString() : e.getMessage());
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append(": ").append(cause);
        }
        return text.toString();
    }

    private static URL toUrl(Path jar) {
        try {
            return jar.toAbsolutePath().normalize().toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a usable jar path: " + jar, e);
        }
    }
}
