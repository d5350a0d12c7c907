package dev.wharf.gui.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppClassFinderTest {

    @TempDir
    Path project;

    @Test
    void offersClassesImplementingAppAndStaticAppFieldsOfTheProjectOnly() throws Exception {
        Path sources = Files.createDirectories(project.resolve("src/com/example"));
        Files.writeString(sources.resolve("Hello.java"), """
                package com.example;
                import dev.wharf.asgi.*;
                public final class Hello implements App {
                    public void call(Scope scope, Receive receive, Send send) { }
                }
                """);
        Files.writeString(sources.resolve("Main.java"), """
                package com.example;
                import dev.wharf.asgi.App;
                public final class Main {
                    public static final App app = new Hello();
                    static final App hidden = new Hello();
                    public static String notAnApp = "";
                }
                """);
        Path classes = Files.createDirectories(project.resolve("target/classes"));
        String classpath = System.getProperty("java.class.path");
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        "-cp",
                        classpath,
                        sources.resolve("Hello.java").toString(),
                        sources.resolve("Main.java").toString());
        assertThat(compiled).isZero();

        List<String> apps = AppClassFinder.find(List.of(classes), Arrays.asList(classpath.split(File.pathSeparator)));

        assertThat(apps).containsExactly("com.example.Hello", "com.example.Main:app");
    }
}
