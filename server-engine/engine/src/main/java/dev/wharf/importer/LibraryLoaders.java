package dev.wharf.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The loader of an app's libraries: the jars of {@code --app-dir}. Jars rarely change while the
 * project's classes do, so the last one is kept and shared by every app load in this JVM whose jars
 * are the same files, unchanged. A spare worker builds it and runs the app's framework through it
 * before it is adopted; the app it then serves finds the framework's classes loaded, initialised and
 * compiled. A jar that changed (a rebuilt module) makes a new loader.
 */
final class LibraryLoaders {

    /** Which jars, as they were on disk, and whether the Servlet API is shared. */
    private record Key(List<String> jars, boolean servletShared) {}

    private static Key lastKey;
    private static ClassLoader last;

    private LibraryLoaders() {}

    static synchronized ClassLoader forJars(List<Path> jars, ClassLoader wharf, boolean servletShared) {
        Key key = new Key(describe(jars), servletShared);
        if (!key.equals(lastKey)) {
            URL[] urls = jars.stream().map(AppClassPath::toUrl).toArray(URL[]::new);
            last = new URLClassLoader("wharf-app-libraries", urls, new ContractClassLoader(wharf, servletShared));
            lastKey = key;
        }
        return last;
    }

    private static List<String> describe(List<Path> jars) {
        List<String> described = new ArrayList<>();
        for (Path jar : jars) {
            try {
                described.add(jar.toAbsolutePath().normalize() + "|" + Files.size(jar) + "|"
                        + Files.getLastModifiedTime(jar).toMillis());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the app's library " + jar, e);
            }
        }
        return described;
    }
}
