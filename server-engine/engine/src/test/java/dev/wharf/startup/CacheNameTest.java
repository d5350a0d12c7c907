package dev.wharf.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CacheNameTest {

    private static final Instant BUILT = Instant.parse("2026-11-01T10:00:00Z");

    @TempDir
    Path folder;

    private Path jar(String name, String content) throws Exception {
        Path jar = Files.writeString(folder.resolve(name), content);
        Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        return jar;
    }

    @Test
    void aBuildIsTheRuntimeAndEachJarsNameSizeAndTimeOfWriting() throws Exception {
        Path engine = jar("wharf-engine.jar", "the engine");
        Path netty = jar("netty.jar", "netty");
        String build = CacheName.build("25.0.1+8", List.of(engine, netty));

        assertThat(build).matches("[0-9a-f]{12}").isEqualTo(CacheName.build("25.0.1+8", List.of(engine, netty)));
        assertThat(CacheName.build("25.0.2+7", List.of(engine, netty))).isNotEqualTo(build);
        Files.setLastModifiedTime(netty, FileTime.from(BUILT.plusSeconds(1)));
        assertThat(CacheName.build("25.0.1+8", List.of(engine, netty))).isNotEqualTo(build);
        Files.setLastModifiedTime(netty, FileTime.from(BUILT));
        Files.move(netty, folder.resolve("netty-4.2.8.jar"));
        assertThat(CacheName.build("25.0.1+8", List.of(engine, folder.resolve("netty-4.2.8.jar"))))
                .isNotEqualTo(build);
    }

    @Test
    void aRebuildKeepsThePlaceAndChangesTheBuild() throws Exception {
        Path jar = jar("wharf-engine.jar", "the engine");
        Launch launch = new Launch("java", List.of("-XX:+UseSerialGC"), jar.toString());
        CacheName before = CacheName.of("worker", launch).orElseThrow();

        Files.setLastModifiedTime(jar, FileTime.from(BUILT.plusSeconds(60)));
        CacheName after = CacheName.of("worker", launch).orElseThrow();

        assertThat(after.placePrefix()).isEqualTo(before.placePrefix());
        assertThat(after.build()).isNotEqualTo(before.build());
        assertThat(after.toString()).startsWith("worker-").matches("worker-[0-9a-f]{12}-[0-9a-f]{12}");
        assertThat(CacheName.of("worker", new Launch("java", List.of("-XX:+UseZGC"), jar.toString()))
                        .orElseThrow()
                        .place())
                .isNotEqualTo(before.place());
    }

    @Test
    void aClassPathFolderOfJarsAndTheModulePathCountTheJarsInThem() throws Exception {
        Path lib = Files.createDirectories(folder.resolve("lib"));
        Path javafx = Files.createDirectories(lib.resolve("javafx"));
        Files.writeString(lib.resolve("b.jar"), "b");
        Files.writeString(lib.resolve("a.jar"), "a");
        Files.writeString(lib.resolve("notes.txt"), "not a jar");
        Files.writeString(javafx.resolve("javafx-base.jar"), "fx");
        Launch launch = new Launch("java", List.of("--module-path", javafx.toString()), lib + File.separator + "*");

        assertThat(launch.jars())
                .contains(List.of(lib.resolve("a.jar"), lib.resolve("b.jar"), javafx.resolve("javafx-base.jar")));
    }

    @Test
    void aClassPathWithAFolderOfClassesHasNoName() throws Exception {
        Path jar = jar("wharf-engine.jar", "the engine");
        Launch launch = new Launch("java", List.of(), jar + File.pathSeparator + folder.resolve("classes"));

        assertThat(CacheName.of("worker", launch)).isEmpty();
    }
}
