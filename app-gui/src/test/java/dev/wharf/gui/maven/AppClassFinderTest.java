package dev.wharf.gui.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wharf.asgi.App;
import dev.wharf.gui.maven.FoundApp.Kind;
import dev.wharf.importer.AppInterface;
import jakarta.servlet.Servlet;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppClassFinderTest {

    /** What a web project's classes need: Wharf's ASGI API and the servlet API (reading the whole test class path takes long). */
    private static final List<String> CLASSPATH = List.of(location(App.class), location(Servlet.class));

    @TempDir
    Path project;

    @Test
    void offersClassesImplementingAppAndStaticAppFieldsOfTheProjectOnly() throws Exception {
        Path classes = compile(
                "target/classes", List.of(), Map.of("com/example/Hello.java", """
                        package com.example;
                        import dev.wharf.asgi.*;
                        public final class Hello implements App {
                            public void call(Scope scope, Receive receive, Send send) { }
                        }
                        """, "com/example/Main.java", """
                        package com.example;
                        import dev.wharf.asgi.App;
                        public final class Main {
                            public static final App app = new Hello();
                            static final App hidden = new Hello();
                            public static String notAnApp = "";
                        }
                        """));

        List<FoundApp> apps = AppClassFinder.find(List.of(classes), CLASSPATH);

        assertThat(apps).extracting(FoundApp::name).containsExactly("com.example.Hello", "com.example.Main:app");
        assertThat(apps).allSatisfy(app -> {
            assertThat(app.kind()).isEqualTo(Kind.ASGI);
            assertThat(app.app()).isEqualTo(app.name());
            assertThat(app.appInterface()).isEqualTo(AppInterface.ASGI);
            assertThat(app.servletInitParams()).isEmpty();
        });
    }

    @Test
    void offersServletsAndJaxRsApplicationsWithTheSettingsThatServeThem() throws Exception {
        Path jaxRsApi = jaxRsApi();
        Path jersey = jersey(jaxRsApi);
        Path hk2 = hk2(jersey);
        Path classes = compile("target/classes", List.of(jaxRsApi), webApp());
        List<String> classpath = new ArrayList<>(CLASSPATH);
        classpath.addAll(List.of(jaxRsApi.toString(), jersey.toString(), hk2.toString()));

        List<FoundApp> apps = AppClassFinder.find(List.of(classes), classpath);

        assertThat(apps)
                .extracting(FoundApp::name, FoundApp::kind)
                .containsExactly(
                        tuple("com.example.Api", Kind.JAX_RS),
                        tuple("com.example.Greeting", Kind.SERVLET),
                        tuple("com.example.Plain", Kind.SERVLET));
        FoundApp api = apps.get(0);
        assertThat(api.app()).isEqualTo("org.glassfish.jersey.servlet.ServletContainer");
        assertThat(api.appInterface()).isEqualTo(AppInterface.SERVLET);
        assertThat(api.servletInitParams()).containsExactly("jakarta.ws.rs.Application=com.example.Api");
        assertThat(api.usable()).isTrue();
        FoundApp greeting = apps.get(1);
        assertThat(greeting.app()).isEqualTo("com.example.Greeting");
        assertThat(greeting.appInterface()).isEqualTo(AppInterface.SERVLET);
        assertThat(greeting.servletInitParams()).isEmpty();
    }

    @Test
    void aJaxRsApplicationWithoutJerseyOnTheClasspathSaysWhatIsMissing() throws Exception {
        Path jaxRsApi = jaxRsApi();
        Path classes = compile("target/classes", List.of(jaxRsApi), webApp());
        List<String> classpath = new ArrayList<>(CLASSPATH);
        classpath.add(jaxRsApi.toString());

        FoundApp api = AppClassFinder.find(List.of(classes), classpath).get(0);

        assertThat(api.kind()).isEqualTo(Kind.JAX_RS);
        assertThat(api.usable()).isFalse();
        assertThat(api.missing())
                .startsWith("com.example.Api is a JAX-RS application: serving it needs a JAX-RS implementation")
                .contains("Jersey's jersey-container-servlet");
    }

    @Test
    void aJaxRsApplicationWithJerseyButNoInjectionManagerSaysToAddJerseyHk2() throws Exception {
        Path jaxRsApi = jaxRsApi();
        Path jersey = jersey(jaxRsApi);
        Path classes = compile("target/classes", List.of(jaxRsApi), webApp());
        List<String> classpath = new ArrayList<>(CLASSPATH);
        classpath.addAll(List.of(jaxRsApi.toString(), jersey.toString()));

        FoundApp api = AppClassFinder.find(List.of(classes), classpath).get(0);

        assertThat(api.usable()).isFalse();
        assertThat(api.missing()).contains("without an injection manager: add org.glassfish.jersey.inject:jersey-hk2");
    }

    @Test
    void aServletIsFoundWhenTheServletApiIsNotOnTheRuntimeClasspath() throws Exception {
        // The usual pom: jakarta.servlet-api in provided scope, as Wharf provides it at run time.
        Path classes = compile("target/classes", List.of(jaxRsApi()), webApp());
        List<String> runtime = List.of(location(App.class));

        List<FoundApp> apps = AppClassFinder.find(List.of(classes), runtime);

        assertThat(apps)
                .filteredOn(app -> app.kind() == Kind.SERVLET)
                .extracting(FoundApp::name)
                .containsExactly("com.example.Greeting", "com.example.Plain");
    }

    private static String location(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HttpServlet, a GenericServlet, an abstract servlet (not offered) and a JAX-RS application. */
    private static Map<String, String> webApp() {
        return Map.of(
                "com/example/Base.java",
                """
                package com.example;
                public abstract class Base extends jakarta.servlet.http.HttpServlet { }
                """,
                "com/example/Greeting.java",
                """
                package com.example;
                import jakarta.servlet.http.*;
                public class Greeting extends Base {
                    protected void doGet(HttpServletRequest request, HttpServletResponse response) { }
                }
                """,
                "com/example/Plain.java",
                """
                package com.example;
                import jakarta.servlet.*;
                public class Plain extends GenericServlet {
                    public void service(ServletRequest request, ServletResponse response) { }
                }
                """,
                "com/example/Api.java",
                """
                package com.example;
                public class Api extends jakarta.ws.rs.core.Application { }
                """);
    }

    /** The JAX-RS API's one class the finder looks for, as its jar would give it. */
    private Path jaxRsApi() throws Exception {
        return compile("lib/jakarta.ws.rs-api", List.of(), Map.of("jakarta/ws/rs/core/Application.java", """
                        package jakarta.ws.rs.core;
                        public class Application { }
                        """));
    }

    /** Jersey's servlet and the injection it looks up, as jersey-container-servlet would give them. */
    private Path jersey(Path jaxRsApi) throws Exception {
        return compile(
                "lib/jersey-container-servlet",
                List.of(jaxRsApi),
                Map.of(
                        "org/glassfish/jersey/servlet/ServletContainer.java",
                        """
                        package org.glassfish.jersey.servlet;
                        public class ServletContainer extends jakarta.servlet.http.HttpServlet { }
                        """,
                        "org/glassfish/jersey/internal/inject/InjectionManagerFactory.java",
                        """
                        package org.glassfish.jersey.internal.inject;
                        public interface InjectionManagerFactory { }
                        """));
    }

    /** An injection manager for Jersey, as jersey-hk2 would give it. */
    private Path hk2(Path jersey) throws Exception {
        return compile(
                "lib/jersey-hk2",
                List.of(jersey),
                Map.of("org/glassfish/jersey/inject/hk2/Hk2InjectionManagerFactory.java", """
                        package org.glassfish.jersey.inject.hk2;
                        public class Hk2InjectionManagerFactory
                                implements org.glassfish.jersey.internal.inject.InjectionManagerFactory { }
                        """));
    }

    /** Compiles {@code sources} (by path) into the folder {@code into} of the project, against the test's class path and {@code with}. */
    private Path compile(String into, List<Path> with, Map<String, String> sources) throws Exception {
        Path src = project.resolve("src").resolve(into);
        Path classes = Files.createDirectories(project.resolve(into));
        List<String> args = new ArrayList<>();
        List<String> classpath = new ArrayList<>(CLASSPATH);
        with.forEach(path -> classpath.add(path.toString()));
        args.addAll(List.of("-d", classes.toString(), "-cp", String.join(File.pathSeparator, classpath)));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            args.add(file.toString());
        }
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new)))
                .isZero();
        return classes;
    }
}
