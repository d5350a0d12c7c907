package dev.wharf.testing;

import dev.wharf.asgi.App;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;

/**
 * Builds a third-party plugin jar while a test runs: compiles Java sources against the ASGI API
 * with {@code javax.tools} and packs the classes with a manifest and a
 * {@code META-INF/services/dev.wharf.asgi.plugin.Plugin} entry, as a plugin author's build would.
 */
public final class PluginJar {

    private static final String SERVICES = "META-INF/services/dev.wharf.asgi.plugin.Plugin";

    private PluginJar() {}

    /**
     * @param folder    where the jar goes (a plugins folder)
     * @param jarName   its file name
     * @param version   its {@code Implementation-Version}
     * @param sources   Java sources by fully qualified class name
     * @param providers the lines of the services entry: usually plugin class names; a name with no
     *                  class behind it makes a broken jar
     */
    public static Path build(
            Path folder, String jarName, String version, Map<String, String> sources, List<String> providers)
            throws IOException {
        Path classes = Files.createTempDirectory("wharf-plugin-classes");
        try {
            compile(sources, classes);
            Path jar = folder.resolve(jarName);
            Manifest manifest = new Manifest();
            manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
            manifest.getMainAttributes().put(Attributes.Name.IMPLEMENTATION_VERSION, version);
            try (OutputStream file = Files.newOutputStream(jar);
                    JarOutputStream out = new JarOutputStream(file, manifest)) {
                out.putNextEntry(new JarEntry(SERVICES));
                out.write((String.join("\n", providers) + "\n").getBytes(StandardCharsets.UTF_8));
                try (Stream<Path> files = Files.walk(classes)) {
                    for (Path path : files.filter(Files::isRegularFile).sorted().toList()) {
                        out.putNextEntry(
                                new JarEntry(classes.relativize(path).toString().replace('\\', '/')));
                        out.write(Files.readAllBytes(path));
                    }
                }
            }
            return jar;
        } finally {
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path path : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static void compile(Map<String, String> sources, Path classes) throws IOException {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "the tests run on a JRE without javac; a JDK is needed to build plugin jars");
        }
        List<JavaFileObject> units = new ArrayList<>();
        sources.forEach((className, source) -> units.add(new Source(className, source)));
        StringWriter diagnostics = new StringWriter();
        List<String> options = List.of("--release", "21", "-d", classes.toString(), "-classpath", asgiApiLocation());
        if (!compiler.getTask(diagnostics, null, null, options, null, units).call()) {
            throw new IllegalStateException("the test plugin does not compile:\n" + diagnostics);
        }
    }

    /** The ASGI API's classes folder or jar: what a plugin author compiles against. */
    private static String asgiApiLocation() {
        try {
            return Path.of(App.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final class Source extends SimpleJavaFileObject {
        private final String code;

        Source(String className, String code) {
            super(URI.create("string:///" + className.replace('.', '/') + Kind.SOURCE.extension), Kind.SOURCE);
            this.code = code;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return code;
        }
    }
}
