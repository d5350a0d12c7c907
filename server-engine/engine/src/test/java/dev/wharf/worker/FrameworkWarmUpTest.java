package dev.wharf.worker;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.importer.AppImporter;
import dev.wharf.importer.AppInterface;
import dev.wharf.importer.ImportRequest;
import dev.wharf.importer.LoadedApp;
import dev.wharf.worker.WorkerEnvironment.AppHint;
import jakarta.servlet.Servlet;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A spare runs the app's framework from the app's jars before it is adopted, and the app it then
 * serves shares what that warmed: the same classes, already initialised. The user's classes and
 * init parameters play no part in the warm-up.
 */
class FrameworkWarmUpTest {

    private static final String FRAMEWORK = "fw.FrameworkServlet";

    @TempDir
    Path project;

    /** A "framework" servlet that counts, in a static field, the inits it saw and the parameters they had. */
    private Path frameworkJar() throws IOException {
        Path src = Files.createDirectories(project.resolve("src/fw"));
        Files.writeString(src.resolve("FrameworkServlet.java"), """
                package fw;

                public class FrameworkServlet extends jakarta.servlet.GenericServlet {
                    public static final java.util.List<String> INITS =
                            java.util.Collections.synchronizedList(new java.util.ArrayList<>());

                    @Override
                    public void init() {
                        INITS.add(String.valueOf(java.util.Collections.list(getInitParameterNames())));
                    }

                    @Override
                    public void service(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {}
                }
                """);
        Path out = Files.createDirectories(project.resolve("out"));
        String servletApi = Path.of(Servlet.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString();
        assertThat(ToolProvider.getSystemJavaCompiler()
                        .run(
                                null,
                                null,
                                null,
                                "-d",
                                out.toString(),
                                "-cp",
                                servletApi,
                                src.resolve("FrameworkServlet.java").toString()))
                .isZero();
        Path jar = Files.createDirectories(project.resolve("lib")).resolve("framework.jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(file);
                Stream<Path> classes = Files.list(out.resolve("fw"))) {
            for (Path type : classes.toList()) {
                entries.putNextEntry(new JarEntry("fw/" + type.getFileName()));
                entries.write(Files.readAllBytes(type));
                entries.closeEntry();
            }
        }
        return jar;
    }

    @SuppressWarnings("unchecked")
    private static List<String> inits(LoadedApp app) throws Exception {
        return (List<String>)
                app.classLoader().loadClass(FRAMEWORK).getField("INITS").get(null);
    }

    @Test
    void theAppLoadedAfterTheWarmUpSharesTheFrameworkClassesItWarmed() throws Exception {
        Path jar = frameworkJar();
        Path classes = Files.createDirectories(project.resolve("classes"));
        String appDir = classes + File.pathSeparator + project.resolve("lib/*");

        FrameworkWarmUp.run(new AppHint(FRAMEWORK, appDir, "SERVLET"), () -> false, Set.of(FRAMEWORK));
        LoadedApp app = new AppImporter()
                .load(new ImportRequest(
                        FRAMEWORK,
                        List.of(classes, jar),
                        false,
                        AppInterface.SERVLET,
                        List.of("jakarta.ws.rs.Application=com.example.Api"),
                        ""));

        // The app's loader finds the class the warm-up initialised (its own init comes at lifespan
        // startup), and that init saw none of the parameters that name the user's classes.
        assertThat(inits(app)).containsExactly("[]");
    }

    @Test
    void anAppThatIsNotAKnownFrameworksServletIsNotWarmedUp() {
        assertThat(FrameworkWarmUp.applies(new AppHint("com.example.MyServlet", "lib/*", "SERVLET")))
                .isFalse();
        assertThat(FrameworkWarmUp.applies(
                        new AppHint("org.glassfish.jersey.servlet.ServletContainer", "target/classes", "AUTO")))
                .as("no jars to warm up")
                .isFalse();
        assertThat(FrameworkWarmUp.applies(
                        new AppHint("org.glassfish.jersey.servlet.ServletContainer", "lib/*", "ASGI")))
                .isFalse();
    }
}
