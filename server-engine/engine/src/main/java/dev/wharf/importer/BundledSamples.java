package dev.wharf.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
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
 *
 * <p>A sample with libraries of its own (a Jersey app and its Jackson) names their folder with
 * {@code lib}, relative to the folder its jar (or class folder) is in: they must never be on
 * Wharf's classpath, where they would meet Wharf's own versions, so only the sample's class loader
 * reads them. {@code interface} and {@code servlet-init-param.NAME=VALUE} are the settings it
 * needs, so that its name alone serves it.
 */
public final class BundledSamples {

    public static final String DESCRIPTOR = "META-INF/wharf/sample.properties";

    private static final String INIT_PARAM = "servlet-init-param.";

    /**
     * One bundled sample.
     *
     * @param classPath         where its classes are (its jar, or its class folder in a build), loaded
     *                          as any app's {@code --app-dir} is
     * @param libraries         the folder of its own jars, or {@code null} when it has none
     * @param appInterface      the contract it is written for; {@code auto} when it does not say
     * @param servletInitParams {@code NAME=VALUE} init parameters it needs as a servlet app
     */
    public record Sample(
            String name,
            String app,
            String description,
            Path classPath,
            Path libraries,
            AppInterface appInterface,
            List<String> servletInitParams) {

        public Sample {
            servletInitParams = List.copyOf(servletInitParams);
        }

        /** A sample of classes alone: no libraries, no settings of its own. */
        public Sample(String name, String app, String description, Path classPath) {
            this(name, app, description, classPath, null, AppInterface.AUTO, List.of());
        }

        /** Its classpath: its own classes, then every jar of its library folder. */
        public List<Path> classPathEntries() {
            return libraries == null ? List.of(classPath) : List.of(classPath, libraries.resolve("*"));
        }

        /**
         * {@code request} with the sample's settings where the user gave none: its interface when
         * theirs is {@code auto}, its init parameters before theirs, so that one of the same name is
         * theirs.
         */
        public ImportRequest settle(ImportRequest request) {
            AppInterface chosen = request.appInterface() == AppInterface.AUTO ? appInterface : request.appInterface();
            List<String> params = new ArrayList<>(servletInitParams);
            params.addAll(request.servletInitParams());
            return new ImportRequest(
                    request.app(), request.appDir(), request.factory(), chosen, params, request.rootPath());
        }

        /** Whether its library folder is missing (a build that did not copy it). */
        boolean librariesMissing() {
            return libraries != null && !Files.isDirectory(libraries);
        }
    }

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
        Path classPath = classPathOf(descriptor);
        String lib = properties.getProperty("lib");
        Path libraries = lib == null || lib.isBlank() ? null : classPath.resolveSibling(lib.strip());
        return new Sample(
                name,
                app,
                properties.getProperty("description", ""),
                classPath,
                libraries,
                appInterface(descriptor, properties.getProperty("interface")),
                servletInitParams(properties));
    }

    private static AppInterface appInterface(URL descriptor, String value) throws IOException {
        if (value == null || value.isBlank()) {
            return AppInterface.AUTO;
        }
        try {
            return AppInterface.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IOException(descriptor + ": interface '" + value + "' is none of auto, asgi, servlet", e);
        }
    }

    /** The {@code servlet-init-param.NAME=VALUE} entries as {@code NAME=VALUE}, sorted by name. */
    private static List<String> servletInitParams(Properties properties) {
        return properties.stringPropertyNames().stream()
                .filter(key -> key.startsWith(INIT_PARAM) && key.length() > INIT_PARAM.length())
                .sorted()
                .map(key -> key.substring(INIT_PARAM.length()) + "=" + properties.getProperty(key))
                .toList();
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
