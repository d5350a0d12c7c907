package dev.wharf.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The samples that ship with Wharf, so that {@code wharf run lifecycle-lab} works from a fresh
 * clone. Each sample jar carries {@value #DESCRIPTOR} with its {@code name}, its {@code app}
 * import string and a one-line {@code description}; this class only reads those files.
 */
public final class BundledSamples {

    public static final String DESCRIPTOR = "META-INF/wharf/sample.properties";

    /**
     * One bundled sample.
     *
     * @param classPath where its classes are (its jar, or its class folder in a build), loaded as any
     *                  app's {@code --app-dir} is
     */
    public record Sample(String name, String app, String description, Path classPath) {}

    private final Map<String, Sample> byName;

    private BundledSamples(Map<String, Sample> byName) {
        this.byName = byName;
    }

    /** The samples visible to {@code loader}. */
    public static BundledSamples on(ClassLoader loader) {
        Map<String, Sample> found = new TreeMap<>();
        try {
            Enumeration<URL> descriptors = loader.getResources(DESCRIPTOR);
            while (descriptors.hasMoreElements()) {
                Sample sample = read(descriptors.nextElement());
                found.putIfAbsent(sample.name(), sample);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list the bundled samples", e);
        }
        return new BundledSamples(Map.copyOf(found));
    }

    private static Sample read(URL descriptor) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = descriptor.openStream()) {
            properties.load(in);
        }
        String name = properties.getProperty("name");
        String app = properties.getProperty("app");
        if (name == null || app == null) {
            throw new IOException(descriptor + " must define 'name' and 'app'");
        }
        return new Sample(name, app, properties.getProperty("description", ""), classPathOf(descriptor));
    }

    /** The jar or folder a descriptor was found in. */
    private static Path classPathOf(URL descriptor) throws IOException {
        try {
            String url = descriptor.toString();
            if (url.startsWith("jar:")) {
                return Path.of(URI.create(url.substring("jar:".length(), url.indexOf("!/"))));
            }
            Path file = Path.of(descriptor.toURI());
            Path root = file;
            for (int i = DESCRIPTOR.split("/").length; i > 0; i--) {
                root = root.getParent();
            }
            return root;
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("cannot tell where the sample " + descriptor + " lives", e);
        }
    }

    public Optional<Sample> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Sample names, sorted. */
    public Set<String> names() {
        return new TreeSet<>(byName.keySet());
    }
}
