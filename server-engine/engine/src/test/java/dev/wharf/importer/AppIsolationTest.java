package dev.wharf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The app's own class loader: an app sees the JDK, the ASGI API and its own classpath, never the
 * rest of Wharf; its own libraries win over Wharf's; bundled samples load the same way.
 */
class AppIsolationTest {

    private static final Path OTHER_JACKSON = Path.of("target/app-jars");

    @TempDir
    Path project;

    /** Compiles {@code sources} (class name to body) against the ASGI API and {@code libraries} into a class folder. */
    private Path compile(Map<String, String> sources, List<Path> libraries) throws IOException {
        Path src = Files.createDirectories(project.resolve("src"));
        Path classes = Files.createDirectories(project.resolve("classes"));
        List<String> args = new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath(libraries)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .as("the test app compiles")
                .isZero();
        return classes;
    }

    private static String classPath(List<Path> libraries) {
        List<String> entries = new ArrayList<>();
        entries.add(Path.of(App.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString());
        libraries.forEach(l -> entries.add(l.toString()));
        return String.join(File.pathSeparator, entries);
    }

    /** An app whose {@code probe} answers what its class loader lets it see. */
    private static String prober(String body) {
        return """
                package probe;

                import java.util.function.Supplier;

                public final class Probe implements Supplier<String> {
                    public static final dev.wharf.asgi.App app = (scope, receive, send) -> {};

                    public String get() {
                        %s
                    }
                }
                """.formatted(body);
    }

    @SuppressWarnings("unchecked")
    private static String probe(LoadedApp loaded) throws Exception {
        Class<?> probe = Class.forName("probe.Probe", true, loaded.classLoader());
        return ((Supplier<String>) probe.getConstructor().newInstance()).get();
    }

    @Test
    void anAppCannotLoadNettyNorWharfsInternals() throws Exception {
        Path classes = compile(Map.of("probe.Probe", prober("""
                        StringBuilder seen = new StringBuilder();
                        for (String name : new String[] {"io.netty.channel.Channel", "dev.wharf.server.Server",
                                "com.fasterxml.jackson.databind.ObjectMapper", "picocli.CommandLine",
                                "dev.wharf.asgi.HttpScope", "java.net.http.HttpClient"}) {
                            try {
                                Class.forName(name, false, Probe.class.getClassLoader());
                                seen.append(name).append(' ');
                            } catch (ClassNotFoundException e) {
                                // hidden
                            }
                        }
                        return seen.toString().strip();
                        """)), List.of());
        LoadedApp loaded = new AppImporter().load("probe.Probe:app", List.of(classes), false);
        assertThat(probe(loaded)).isEqualTo("dev.wharf.asgi.HttpScope java.net.http.HttpClient");
    }

    @Test
    void anAppsOwnLibraryWinsOverWharfsCopy() throws Exception {
        List<Path> jackson = jars(OTHER_JACKSON);
        Path classes = compile(Map.of("probe.Probe", prober("""
                        return com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
                        """)), jackson);
        List<Path> appDir = new ArrayList<>(List.of(classes));
        appDir.addAll(jackson);
        LoadedApp loaded = new AppImporter().load("probe.Probe:app", appDir, false);
        assertThat(probe(loaded)).isEqualTo("2.17.2");
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .as("Wharf's own")
                .isNotEqualTo("2.17.2");
    }

    @Test
    void resourcesAndServicesComeFromTheAppsClasspathOnly() throws Exception {
        Path classes = compile(Map.of("probe.Probe", prober("""
                        ClassLoader loader = Probe.class.getClassLoader();
                        int services = 0;
                        for (Runnable r : java.util.ServiceLoader.load(Runnable.class, loader)) {
                            services++;
                        }
                        return (loader.getResource("app.properties") != null) + " "
                                + (loader.getResource("logback.xml") != null
                                        || loader.getResource("META-INF/services/org.slf4j.spi.SLF4JServiceProvider") != null)
                                + " " + services;
                        """), "probe.Task", """
                        package probe;

                        public final class Task implements Runnable {
                            public void run() {}
                        }
                        """), List.of());
        Files.writeString(classes.resolve("app.properties"), "a=1\n");
        Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(classes.resolve("META-INF/services/java.lang.Runnable"), "probe.Task\n");
        LoadedApp loaded = new AppImporter().load("probe.Probe:app", List.of(classes), false);
        assertThat(probe(loaded)).isEqualTo("true false 1");
    }

    @Test
    void aClassTheAppNeedsAndLacksIsNamedWithTheEntriesSearched() throws Exception {
        Path lib = project.resolve("lib");
        Path classes = compile(Map.of("probe.Probe", """
                        package probe;

                        public final class Probe {
                            public static final dev.wharf.asgi.App app = new Helper().app();
                        }
                        """, "probe.Helper", """
                        package probe;

                        public final class Helper {
                            dev.wharf.asgi.App app() {
                                return (scope, receive, send) -> {};
                            }
                        }
                        """), List.of());
        Files.createDirectories(lib.resolve("probe"));
        Files.move(classes.resolve("probe/Helper.class"), lib.resolve("probe/Helper.class"));
        assertThatThrownBy(() -> new AppImporter().load("probe.Probe:app", List.of(classes), false))
                .isInstanceOf(AppImportException.class)
                .hasMessageContaining("needs class \"probe.Helper\"")
                .hasMessageContaining(classes.toAbsolutePath().toString());
    }

    @Test
    void aBundledSampleLoadsInItsOwnLoaderLikeAnyApp() throws Exception {
        Path sample = compile(Map.of("probe.Probe", prober("return \"sample\";")), List.of());
        Path descriptor = sample.resolve(BundledSamples.DESCRIPTOR);
        Files.createDirectories(descriptor.getParent());
        Files.writeString(descriptor, "name=probe\napp=probe.Probe:app\n");
        // Wharf's own classpath has the sample, as target/lib has the bundled samples' jars.
        ClassLoader wharf = AppClassPath.loaderFor(List.of(sample), getClass().getClassLoader());
        LoadedApp loaded = new AppImporter(wharf).load("probe", List.of(), false);
        assertThat(loaded.classLoader()).isNotSameAs(wharf);
        assertThat(loaded.classLoader().getName()).isEqualTo("wharf-app");
        assertThat(loaded.app().getClass().getClassLoader()).isSameAs(loaded.classLoader());
        assertThat(probe(loaded)).isEqualTo("sample");
    }

    @Test
    void aCopyOfABundledSampleInAnAppDirWinsOverTheBundledOne() throws Exception {
        Path classes = compile(Map.of("dev.wharf.samples.hello.Hello", """
                        package dev.wharf.samples.hello;

                        public final class Hello implements dev.wharf.asgi.App {
                            public static final dev.wharf.asgi.App app = new Hello();

                            public void call(dev.wharf.asgi.Scope scope, dev.wharf.asgi.Receive receive,
                                    dev.wharf.asgi.Send send) {}

                            @Override
                            public String toString() {
                                return "my own copy";
                            }
                        }
                        """), List.of());
        LoadedApp loaded = new AppImporter().load("dev.wharf.samples.hello.Hello:app", List.of(classes), false);
        assertThat(loaded.app()).hasToString("my own copy");
    }

    private static List<Path> jars(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }
}
