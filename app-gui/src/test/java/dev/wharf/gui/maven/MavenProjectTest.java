package dev.wharf.gui.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MavenProjectTest {

    @TempDir
    Path project;

    @Test
    void mavenRunsOnceToCompileTheProjectAndGiveItsClasspathWithProgress() throws Exception {
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>com.example</groupId>
                  <artifactId>tiny</artifactId>
                  <version>1</version>
                  <properties><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>
                  <build><plugins><plugin>
                    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId>
                    <version>3.13.0</version><configuration><release>17</release></configuration>
                  </plugin></plugins></build>
                </project>
                """);
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example"));
        Files.writeString(sources.resolve("Tiny.java"), "package com.example; public class Tiny { }\n");
        List<String> progress = new ArrayList<>();

        MavenProject.Resolved resolved = new MavenProject(project).resolve(progress::add);

        assertThat(resolved.classpath())
                .first()
                .isEqualTo(project.resolve("target/classes").toString());
        assertThat(project.resolve("target/classes/com/example/Tiny.class")).exists();
        assertThat(resolved.apps()).isEmpty();
        assertThat(progress).anyMatch(line -> line.contains("BUILD SUCCESS"));
    }

    @Test
    void aFolderWithoutPomXmlIsRefusedWithWhatToChoose() {
        assertThatThrownBy(() -> new MavenProject(project).resolve(line -> {}))
                .isInstanceOf(MavenException.class)
                .hasMessageContaining("has no pom.xml")
                .hasMessageContaining("choose the folder of a Maven project");
    }
}
