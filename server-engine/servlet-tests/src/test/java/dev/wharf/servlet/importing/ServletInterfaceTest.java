package dev.wharf.servlet.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.importer.AppImportException;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.AppInterface;
import dev.wharf.importer.ImportRequest;
import dev.wharf.importer.LoadedApp;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import java.io.File;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --interface} as a user meets it: an app folder of their own (compiled here) and the jars
 * it ships, loaded by the importer in an app class loader of its own and served by a real worker.
 */
class ServletInterfaceTest {

    private static final Path APP_LIB = Path.of("target/app-lib");

    @TempDir
    Path project;

    private Path compile(Map<String, String> sources) throws IOException {
        Path src = Files.createDirectories(project.resolve("src"));
        Path classes = Files.createDirectories(project.resolve("classes"));
        List<String> classPath =
                new ArrayList<>(jars().stream().map(Path::toString).toList());
        classPath.add(Path.of(jakarta.servlet.Servlet.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString());
        classPath.add(Path.of(dev.wharf.asgi.App.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString());
        List<String> args =
                new ArrayList<>(List.of("-d", classes.toString(), "-cp", String.join(File.pathSeparator, classPath)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .isZero();
        return classes;
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(APP_LIB)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted().toList();
        }
    }

    private static final String HELLO_SERVLET = """
            package shop;

            public final class HelloServlet extends jakarta.servlet.http.HttpServlet {
                @Override
                protected void doGet(jakarta.servlet.http.HttpServletRequest request,
                        jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
                    response.setContentType("text/plain");
                    response.getWriter().print("hello " + getInitParameter("who"));
                }
            }
            """;

    @Test
    void aServletClassIsFoundAndServedThroughTheAdapter() throws Exception {
        Path classes = compile(Map.of("shop.HelloServlet", HELLO_SERVLET));
        LoadedApp loaded = new AppImporter()
                .load(new ImportRequest(
                        "shop.HelloServlet", List.of(classes), false, AppInterface.AUTO, List.of("who=servlets"), ""));
        assertThat(loaded.served()).isEqualTo(AppInterface.SERVLET);
        try (WharfServer server = WharfServer.start(loaded.app(), loaded.classLoader())) {
            HttpResponse<String> response = Http.get(server.uri("/"));
            assertThat(response.body()).isEqualTo("hello servlets");
        }
    }

    @Test
    void aJaxRsAppRunsOnJerseyWithItsOwnJackson() throws Exception {
        Path classes = compile(Map.of("shop.Api", """
                package shop;

                @jakarta.ws.rs.ApplicationPath("/api")
                public class Api extends jakarta.ws.rs.core.Application {
                    @Override
                    public java.util.Set<Class<?>> getClasses() {
                        return java.util.Set.of(Versions.class);
                    }
                }
                """, "shop.Versions", """
                package shop;

                @jakarta.ws.rs.Path("/versions")
                public class Versions {
                    public record Report(String jackson, boolean sawNetty) {}

                    @jakarta.ws.rs.GET
                    @jakarta.ws.rs.Produces("application/json")
                    public Report get() {
                        boolean netty;
                        try {
                            Class.forName("io.netty.channel.Channel");
                            netty = true;
                        } catch (ClassNotFoundException e) {
                            netty = false;
                        }
                        return new Report(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString(), netty);
                    }
                }
                """));
        List<Path> appDir = new ArrayList<>(List.of(classes));
        appDir.add(APP_LIB.resolve("*"));
        LoadedApp loaded = new AppImporter()
                .load(new ImportRequest(
                        "org.glassfish.jersey.servlet.ServletContainer",
                        appDir,
                        false,
                        AppInterface.SERVLET,
                        List.of("jakarta.ws.rs.Application=shop.Api"),
                        ""));
        try (WharfServer server = WharfServer.start(loaded.app(), loaded.classLoader())) {
            HttpResponse<String> response = Http.get(server.uri("/versions"));
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"jackson\":\"2.19.1\",\"sawNetty\":false}");
        }
        assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
                .as("Wharf's own Jackson")
                .isNotEqualTo("2.19.1");
    }

    @Test
    void anAsgiAppWithInterfaceServletIsRefusedNamingWhatItIs() throws Exception {
        Path classes = compile(Map.of("shop.Main", """
                package shop;

                public final class Main {
                    public static final dev.wharf.asgi.App app = (scope, receive, send) -> {};
                }
                """));
        assertThatThrownBy(() -> new AppImporter()
                        .load(new ImportRequest(
                                "shop.Main:app", List.of(classes), false, AppInterface.SERVLET, List.of(), "")))
                .isInstanceOf(AppImportException.class)
                .hasMessageContaining("--interface servlet was given, but \"shop.Main:app\" is a shop.Main$$Lambda")
                .hasMessageContaining("not a jakarta.servlet.Servlet");
    }

    @Test
    void aServletWithInterfaceAsgiIsRefusedPointingAtTheServletInterface() throws Exception {
        Path classes = compile(Map.of("shop.HelloServlet", HELLO_SERVLET));
        assertThatThrownBy(() -> new AppImporter()
                        .load(new ImportRequest(
                                "shop.HelloServlet", List.of(classes), false, AppInterface.ASGI, List.of(), "")))
                .hasMessageContaining("is written for the Servlet API")
                .hasMessageContaining("serve it with --interface servlet (or auto)");
    }

    @Test
    void aServletWhoseInitThrowsFailsStartupWithItsStackTrace() throws Exception {
        Path classes = compile(Map.of("shop.Broken", """
                package shop;

                public final class Broken extends jakarta.servlet.http.HttpServlet {
                    @Override
                    public void init() {
                        throw new IllegalStateException("no database at db.example:5432");
                    }
                }
                """));
        LoadedApp loaded = new AppImporter().load("shop.Broken", List.of(classes), false);
        String failure = WharfServer.startupFailure(loaded.app(), loaded.classLoader());
        assertThat(failure)
                .contains("IllegalStateException: no database at db.example:5432")
                .contains("shop.Broken.init(Broken.java");
    }
}
