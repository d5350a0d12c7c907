package dev.wharf.installer.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.installer.PackagingException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeModulesTest {

    @TempDir
    Path folder;

    @Test
    void theListIsReadWithoutItsCommentsAndBlankLines() throws IOException {
        Path file = Files.writeString(folder.resolve("runtime-modules.txt"), """
                # why these
                java.desktop      # JavaFX needs it

                jdk.unsupported
                """);

        RuntimeModules modules = RuntimeModules.read(file);

        assertThat(modules.roots()).containsExactly("java.desktop", "jdk.unsupported");
        assertThat(modules.addModulesArgument()).isEqualTo("java.desktop,jdk.unsupported");
    }

    @Test
    void aLineThatIsNoModuleNameIsRefusedWithItsNumber() throws IOException {
        Path file = Files.writeString(folder.resolve("runtime-modules.txt"), "java.base\njava.desktop, java.sql\n");

        assertThatThrownBy(() -> RuntimeModules.read(file))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("line 2")
                .hasMessageContaining("'java.desktop, java.sql'");
    }

    @Test
    void theRuntimeHoldsWhatTheListedModulesRequire() {
        Set<String> resolved = new RuntimeModules(List.of("java.desktop")).resolved(folder);

        assertThat(resolved).contains("java.desktop", "java.xml", "java.base").doesNotContain("java.sql");
    }

    @Test
    void aModuleJdepsFindsThatTheRuntimeWouldLackStopsPackagingAndIsNamed() {
        RuntimeModules modules = new RuntimeModules(List.of("java.desktop"));

        modules.checkCovers(Set.of("java.base", "java.xml"), folder);
        assertThatThrownBy(() -> modules.checkCovers(Set.of("java.xml", "java.sql", "jdk.unsupported"), folder))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("java.sql, jdk.unsupported")
                .hasMessageContaining("runtime-modules.txt");
    }

    @Test
    void aModuleNoJdkHasIsRefused() {
        assertThatThrownBy(() -> new RuntimeModules(List.of("java.desktop", "jdk.nonexistent")).resolved(folder))
                .isInstanceOf(PackagingException.class)
                .hasMessageContaining("jdk.nonexistent");
    }
}
