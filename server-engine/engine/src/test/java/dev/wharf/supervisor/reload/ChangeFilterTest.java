package dev.wharf.supervisor.reload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.ReloadOptions;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which changed files trigger a reload with the model's default globs, and with a user's own. */
class ChangeFilterTest {

    private static final Path ROOT = Path.of("/project");
    private static final ChangeFilter DEFAULTS = new ChangeFilter(
            ReloadOptions.RELOAD_INCLUDES.defaultValue(), ReloadOptions.RELOAD_EXCLUDES.defaultValue());

    private static boolean triggers(ChangeFilter filter, String relative) {
        return filter.triggers(ROOT, ROOT.resolve(relative));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "src/main/java/app/Main.java",
                "target/classes/app/Main.class",
                "lib/dep.jar",
                "src/main/resources/app.properties",
                "static/site.css",
                "Main.java"
            })
    void sourcesClassesJarsAndResourcesTriggerAReload(String file) {
        assertThat(triggers(DEFAULTS, file)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "src/app/.#Main.java",
                "src/app/Main.java~",
                "src/app/.Main.java.swp",
                "src/app/#Main.java#",
                ".git/index.json",
                "src/.idea/workspace.xml",
                "web/node_modules/x/index.js",
                "node_modules/x/index.js",
                "target/surefire-reports/TEST-x.xml",
                "target/maven-status/list.txt",
                "notes.md"
            })
    void editorFilesHiddenFoldersAndBuildReportsDoNot(String file) {
        assertThat(triggers(DEFAULTS, file)).isFalse();
    }

    @Test
    void anExcludeWinsOverAnIncludeAndAGlobWithASlashMatchesThePathUnderTheWatchedFolder() {
        ChangeFilter filter = new ChangeFilter(List.of("*.sql", "templates/**"), List.of("**/generated/**"));

        assertThat(triggers(filter, "db/schema.sql")).isTrue();
        assertThat(triggers(filter, "templates/page/index.mustache")).isTrue();
        assertThat(triggers(filter, "other/templates/index.mustache")).isFalse();
        assertThat(triggers(filter, "db/generated/schema.sql")).isFalse();
        assertThat(triggers(filter, "generated/schema.sql")).isFalse();
        assertThat(triggers(filter, "src/Main.java")).isFalse();
    }
}
