package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ReloadOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reload watches and compiles, worked out from --app-dir and --reload-dir. */
class WatchedFoldersTest {

    @TempDir
    Path work;

    private static Settings settings(List<String> appDir, List<String> reloadDirs) {
        return Config.builder("app.Main:app")
                .set(AppOptions.APP_DIR, appDir)
                .set(ReloadOptions.RELOAD_DIRS, reloadDirs)
                .build()
                .settings();
    }

    @Test
    void aMavenClassFolderBringsItsProjectsSourceAndResourceFolders() throws Exception {
        Path classes = Files.createDirectories(work.resolve("app/target/classes"));
        Path sources = Files.createDirectories(work.resolve("app/src/main/java"));
        Path resources = Files.createDirectories(work.resolve("app/src/main/resources"));
        Path libs = Files.createDirectories(work.resolve("libs"));
        Files.writeString(libs.resolve("dep.jar"), "");

        WatchedFolders folders = WatchedFolders.of(settings(List.of("app/target/classes", "libs/*"), List.of()), work);

        assertThat(folders.watched()).containsExactly(classes, sources, resources, libs);
        assertThat(folders.sourceRoots()).containsExactly(sources);
        assertThat(folders.resourceRoots()).containsExactly(resources);
        assertThat(folders.classFolders()).containsExactly(classes);
        assertThat(folders.appClassPath()).containsExactly(classes, libs.resolve("dep.jar"));
    }

    @Test
    void aGradleClassFolderIsUnderstoodTooAndMissingSourceFoldersAreLeftOut() throws Exception {
        Path classes = Files.createDirectories(work.resolve("app/build/classes/java/main"));
        Path sources = Files.createDirectories(work.resolve("app/src/main/java"));

        WatchedFolders folders = WatchedFolders.of(settings(List.of(classes.toString()), List.of()), work);

        assertThat(folders.watched()).containsExactly(classes, sources);
        assertThat(folders.resourceRoots()).isEmpty();
    }

    @Test
    void reloadDirsReplaceTheDefaultsAndFoldersInsideOthersAreWatchedOnce() throws Exception {
        Files.createDirectories(work.resolve("app/target/classes"));
        Path templates = Files.createDirectories(work.resolve("templates/pages"));

        WatchedFolders folders = WatchedFolders.of(
                settings(List.of("app/target/classes"), List.of("templates", "templates/pages")), work);

        assertThat(folders.watched()).containsExactly(templates.getParent());
    }

    @Test
    void withNothingToGoByTheWorkingFolderIsWatched() {
        assertThat(WatchedFolders.of(settings(List.of(), List.of()), work).watched())
                .containsExactly(work);
    }

    @Test
    void aReloadDirThatIsNoFolderIsRefusedByName() {
        assertThatThrownBy(() -> WatchedFolders.of(settings(List.of(), List.of("no-such-folder")), work))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--reload-dir 'no-such-folder' is not a folder")
                .hasMessageContaining(work.resolve("no-such-folder").toString());
    }
}
