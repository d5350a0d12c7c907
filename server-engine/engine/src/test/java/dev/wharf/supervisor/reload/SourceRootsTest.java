package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.ReloadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The source roots reload compiles: a changed file's root comes from its package declaration. */
class SourceRootsTest {

    @TempDir
    Path work;

    private Path write(String relative, String text) throws Exception {
        Path file = work.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        return file;
    }

    @Test
    void aFilesRootIsWhereItsPackageStartsEvenAfterAHeaderComment() throws Exception {
        Path file = write(
                "module/src/com/example/web/Routes.java",
                "/* package not.this; */\n// package nor.this;\npackage com.example.web;\n\nclass Routes {}\n");

        assertThat(SourceRoots.rootOf(file)).isEqualTo(work.resolve("module/src"));
    }

    @Test
    void aFileWithoutAPackageOrWithOneThatDoesNotMatchItsFolderIsItsOwnRoot() throws Exception {
        assertThat(SourceRoots.rootOf(write("scripts/Tool.java", "class Tool {}\n")))
                .isEqualTo(work.resolve("scripts"));
        assertThat(SourceRoots.rootOf(write("misc/Odd.java", "package elsewhere;\nclass Odd {}\n")))
                .isEqualTo(work.resolve("misc"));
    }

    @Test
    void everySourceOfTheRootsIsCompiledButEditorFilesAreNot() throws Exception {
        Path main = write("src/app/Main.java", "package app;\nclass Main {}\n");
        Path helper = write("src/app/util/Helper.java", "package app.util;\nclass Helper {}\n");
        write("src/app/.#Main.java", "lock");
        write("src/.hidden/Skipped.java", "class Skipped {}\n");
        SourceRoots roots = new SourceRoots(
                List.of(work.resolve("src")),
                new ChangeFilter(
                        ReloadOptions.RELOAD_INCLUDES.defaultValue(), ReloadOptions.RELOAD_EXCLUDES.defaultValue()));

        assertThat(roots.sources()).containsExactlyInAnyOrder(main, helper);
    }
}
