package dev.wharf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A tiny app's project in a folder, laid out as Maven lays one out ({@code src/main/java} built into
 * {@code target/classes}), for reload tests. The app answers every HTTP request with
 * {@code Greeting.TEXT}, a compile-time constant that the compiler copies into {@code Main}: only a
 * reload that recompiles a changed class's dependents serves a new greeting. Its lifespan startup
 * calls {@code Greeting.startup()}, which a test can make fail.
 */
public final class AppProject {

    public static final String APP = "reloadapp.Main:app";

    private static final String MAIN = """
            package reloadapp;

            import dev.wharf.asgi.*;
            import java.util.List;
import java.util.Map;

            public final class Main {
                public static final App app = (scope, receive, send) -> {
                    if (scope instanceof LifespanScope) {
                        receive.receive();
                        try {
                            Greeting.startup();
                        } catch (RuntimeException e) {
                            send.send(new LifespanStartupFailed(e.getMessage()));
                            return;
                        }
                        send.send(new LifespanStartupComplete());
                        receive.receive();
                        send.send(new LifespanShutdownComplete());
                        return;
                    }
                    if (!(scope instanceof HttpScope)) {
                        return;
                    }
                    receive.receive();
                    send.send(new HttpResponseStart(200, List.of(Header.of("content-type", "text/plain"))));
                    send.send(new HttpResponseBody(Bytes.bytes(Greeting.TEXT), false));
                };
            }
            """;

    private final Path root;

    private AppProject(Path root) {
        this.root = root;
    }

    /** Writes the project into {@code root} with a greeting and builds it, as {@code mvn compile} would. */
    public static AppProject create(Path root, String greeting) {
        AppProject project = new AppProject(root);
        project.write("reloadapp/Main.java", MAIN);
        project.write("reloadapp/Greeting.java", greeting(greeting));
        project.build();
        return project;
    }

    /** Writes a project of these sources (by path under {@code src/main/java}) into {@code root} and builds it. */
    public static AppProject of(Path root, Map<String, String> sources) {
        AppProject project = new AppProject(root);
        sources.forEach(project::write);
        project.build();
        return project;
    }

    /**
     * Greeting's source; {@code TEXT} is on line 4, so a greeting that breaks the syntax there puts the
     * compile error on line 4.
     */
    public static String greeting(String text) {
        return "package reloadapp;\n\npublic final class Greeting {\n    public static final String TEXT = \"" + text
                + "\";\n\n" + "    public static void startup() {\n    }\n}\n";
    }

    /** Greeting's source with a startup that fails with {@code message}. */
    public static String failingStartup(String text, String message) {
        return greeting(text)
                .replace(
                        "public static void startup() {\n",
                        "public static void startup() {\n        throw new " + "IllegalStateException(\"" + message
                                + "\");\n");
    }

    public Path classes() {
        return root.resolve("target/classes");
    }

    public Path sources() {
        return root.resolve("src/main/java");
    }

    /** Writes a source file as an editor does; its time is moved on so even a same-millisecond write counts as newer. */
    public void write(String relative, String text) {
        Path file = sources().resolve(relative);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusMillis(5)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compiles every source into {@code target/classes}, as the user's own build does. */
    public void build() {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        List<String> args =
                new ArrayList<>(List.of("-d", classes().toString(), "-cp", System.getProperty("java.class.path")));
        try (var files = Files.walk(sources())) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> args.add(f.toString()));
            Files.createDirectories(classes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int code = compiler.run(null, null, null, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("the test app did not compile");
        }
    }
}
