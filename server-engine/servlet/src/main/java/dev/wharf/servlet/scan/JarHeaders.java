package dev.wharf.servlet.scan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The class headers of jars read in this JVM, kept while each jar is the same file, unchanged (its path,
 * size and modification time), as Wharf's library class loader keeps the jars' classes. A framework's jars
 * are thousands of classes that take a second or more to read on a loaded machine, and they rarely change
 * between two loads of the app while the project's folders do.
 */
final class JarHeaders {

    /** Enough for a large app's jars; the least recently used jar is dropped past it. */
    private static final int MAX_JARS = 512;

    private record Key(Path jar, long size, long modified) {}

    private static final Map<Key, Map<String, ClassFileHeader>> READ = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Map<String, ClassFileHeader>> eldest) {
            return size() > MAX_JARS;
        }
    };

    private JarHeaders() {}

    /** The headers of the jar's classes, by name, in the jar's order. */
    static Map<String, ClassFileHeader> of(Path jar) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
        Key key = new Key(
                jar.toAbsolutePath().normalize(),
                attributes.size(),
                attributes.lastModifiedTime().toMillis());
        synchronized (READ) {
            Map<String, ClassFileHeader> known = READ.get(key);
            if (known != null) {
                return known;
            }
        }
        // Read outside the lock: two loads racing on a new jar both read it, and either result is the same.
        Map<String, ClassFileHeader> headers = new LinkedHashMap<>();
        ClasspathScanner.scanJar(jar, headers);
        Map<String, ClassFileHeader> kept = Collections.unmodifiableMap(headers);
        synchronized (READ) {
            READ.put(key, kept);
        }
        return kept;
    }
}
