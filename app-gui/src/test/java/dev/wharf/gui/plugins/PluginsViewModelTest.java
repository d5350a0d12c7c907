package dev.wharf.gui.plugins;

import static dev.wharf.config.catalog.PluginOptions.PLUGINS;
import static dev.wharf.config.catalog.PluginOptions.PLUGINS_DIR;
import static dev.wharf.config.catalog.PluginOptions.PLUGINS_LENIENT;
import static dev.wharf.config.catalog.PluginOptions.PLUGIN_OPTIONS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.options.OptionField;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.plugins.PluginHost;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Plugins panel's view model on the plugins bundled with Wharf (on the test class path) and a real settings form. */
class PluginsViewModelTest {

    private final SettingsFormViewModel form = new SettingsFormViewModel(4);
    /** Each folder discovery read, {@code null} for Wharf's class path alone. */
    private final List<Path> read = new ArrayList<>();

    private final PluginsViewModel plugins = new PluginsViewModel(
            form,
            folder -> {
                read.add(folder);
                return PluginHost.discover(folder, PluginsViewModelTest.class.getClassLoader());
            },
            new UiThreads(Runnable::run, Runnable::run));

    @Test
    void listsTheBundledPluginsAndEnablingOrderingAndTypingWriteThePluginSettings() {
        assertThat(plugins.entries())
                .extracting(PluginEntry::id)
                .contains("cors", "gzip", "live-reload", "request-inspector", "static-files");
        assertThat(plugins.entries())
                .allSatisfy(entry -> assertThat(entry.source()).isEqualTo("bundled"));
        assertThat(plugins.foundProperty().get()).startsWith("5 plugins found: 5 bundled");

        entry("gzip").enabledProperty().set(true);
        entry("cors").enabledProperty().set(true);
        assertThat(text(PLUGINS)).isEqualTo("gzip,cors");
        assertThat(plugins.entries()).extracting(PluginEntry::id).startsWith("gzip", "cors");

        plugins.move(entry("cors"), -1);
        assertThat(text(PLUGINS)).isEqualTo("cors,gzip");
        assertThat(entry("cors").positionProperty().get()).isEqualTo(1);
        assertThat(entry("gzip").positionProperty().get()).isEqualTo(2);

        option("gzip", "level").textProperty().set("9");
        option("cors", "allow_origins").textProperty().set("http://localhost:3000,https://example.org");
        assertThat(text(PLUGIN_OPTIONS))
                .isEqualTo("cors.allow_origins=http://localhost:3000,https://example.org\ngzip.level=9");
        assertThat(form.settings()).hasValueSatisfying(settings -> {
            assertThat(settings.get(PLUGINS)).containsExactly("cors", "gzip");
            assertThat(settings.get(PLUGIN_OPTIONS))
                    .containsExactly("cors.allow_origins=http://localhost:3000,https://example.org", "gzip.level=9");
        });

        entry("gzip").enabledProperty().set(false);
        assertThat(text(PLUGINS)).isEqualTo("cors");
        assertThat(text(PLUGIN_OPTIONS)).isEqualTo("cors.allow_origins=http://localhost:3000,https://example.org");
        assertThat(entry("gzip").positionProperty().get()).isZero();
    }

    @Test
    void aRefusedOptionShowsThePluginsOwnMessageAndRefusesTheForm() {
        entry("gzip").enabledProperty().set(true);
        option("gzip", "level").textProperty().set("12");

        assertThat(option("gzip", "level").errorProperty().get())
                .isEqualTo("12 is out of range; use a whole number from 1 to 9");
        assertThat(plugins.problemsProperty().get())
                .isEqualTo("plugin 'gzip', option 'level': 12 is out of range; use a whole number from 1 to 9");
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.settings()).isEmpty();

        option("gzip", "level").textProperty().set("4");
        assertThat(option("gzip", "level").errorProperty().get()).isNull();
        assertThat(plugins.problemsProperty().get()).isNull();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aRequiredOptionLeftEmptyIsRefusedUntilGivenAValueThePluginTakes(@TempDir Path site) {
        entry("static-files").enabledProperty().set(true);

        assertThat(option("static-files", "directory").errorProperty().get()).startsWith("a value is required");
        assertThat(plugins.problemsProperty().get())
                .startsWith("plugin 'static-files', option 'directory': a value is required");
        assertThat(form.validProperty().get()).isFalse();

        String missing = site.resolve("missing").toString();
        option("static-files", "directory").textProperty().set(missing);
        assertThat(option("static-files", "directory").errorProperty().get())
                .contains("'" + missing + "'")
                .endsWith("an existing folder");
        assertThat(form.validProperty().get()).isFalse();

        option("static-files", "directory").textProperty().set(site.toString());
        assertThat(form.validProperty().get()).isTrue();
        assertThat(text(PLUGIN_OPTIONS)).isEqualTo("static-files.directory=" + site);
    }

    @Test
    void aProfileShowsItsPluginsInOrderWithTheirOptionsAndIsNotChangedByIt(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("api.json");
        Files.writeString(file, """
                {"app": "lifecycle-lab", "plugins": ["request-inspector", {"id": "gzip", "options": {"level": 3}}]}""");
        form.load(new Profile(file, ProfileFile.read(file), false));

        assertThat(plugins.entries()).extracting(PluginEntry::id).startsWith("request-inspector", "gzip");
        assertThat(entry("request-inspector").positionProperty().get()).isEqualTo(1);
        assertThat(entry("gzip").positionProperty().get()).isEqualTo(2);
        assertThat(entry("cors").enabledProperty().get()).isFalse();
        assertThat(option("gzip", "level").textProperty().get()).isEqualTo("3");
        assertThat(option("gzip", "minimum_size").textProperty().get()).isEmpty();
        assertThat(option("gzip", "minimum_size").prompt()).isEqualTo("default 500");
        assertThat(form.modifiedProperty().get()).isFalse();
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void aPluginEnabledButNotFoundIsListedAndRefusesTheStartUnlessLenient() {
        form.field(PLUGINS).textProperty().set("gzip,shout");

        assertThat(entry("shout").found()).isFalse();
        assertThat(entry("shout").source()).isEqualTo("not found");
        assertThat(entry("shout").problemsProperty().get())
                .isEqualTo(
                        "plugin 'shout' was not found; the plugins found are cors, gzip, live-reload, request-inspector, static-files");
        assertThat(form.validProperty().get()).isFalse();

        form.field(PLUGINS_LENIENT).textProperty().set("true");
        assertThat(form.validProperty().get()).isTrue();
        assertThat(plugins.problemsProperty().get()).contains("plugin 'shout' was not found");
    }

    @Test
    void anOptionItDoesNotTakeIsKeptAndNamedUntilDropped() {
        form.field(PLUGINS).textProperty().set("gzip");
        form.field(PLUGIN_OPTIONS).textProperty().set("gzip.colour=red\ngzip.level=2");

        assertThat(entry("gzip").unknown()).containsExactly("colour=red");
        assertThat(entry("gzip").problemsProperty().get())
                .isEqualTo("plugin 'gzip': there is no option 'colour'; its options are "
                        + String.join(
                                ", ",
                                entry("gzip").options().stream()
                                        .map(OptionField::name)
                                        .toList()));
        assertThat(form.validProperty().get()).isFalse();

        plugins.dropUnknown(entry("gzip"));
        assertThat(text(PLUGIN_OPTIONS)).isEqualTo("gzip.level=2");
        assertThat(form.validProperty().get()).isTrue();
    }

    @Test
    void typingAPluginsFolderDoesNotReadItUntilScanIsPressed(@TempDir Path folder) {
        Path missing = folder.resolve("nowhere");
        String path = missing.toString();
        for (int typed = 1; typed <= path.length(); typed++) {
            form.field(PLUGINS_DIR).textProperty().set(path.substring(0, typed));
        }

        assertThat(read).as("only Wharf's own class path was read").containsExactly((Path) null);
        assertThat(plugins.scanHintProperty().get()).startsWith("The plugins folder " + missing + " is not read yet");
        assertThat(plugins.foundProperty().get()).isEqualTo("5 plugins found: 5 bundled");
        assertThat(plugins.discoveryProblems()).isEmpty();
        assertThat(plugins.canScanProperty().get()).isTrue();

        plugins.scan();

        assertThat(read).containsExactly(null, missing);
        assertThat(plugins.scanHintProperty().get()).isNull();
        assertThat(plugins.discoveryProblems())
                .singleElement()
                .asString()
                .startsWith("The plugins folder " + missing + " does not exist");
        assertThat(plugins.foundProperty().get()).endsWith(", 0 in " + missing);
        assertThat(plugins.entries()).extracting(PluginEntry::id).contains("gzip");
    }

    @Test
    void aProfileWithAPluginsFolderIsShownWithoutReadingItAndStartReadsIt(@TempDir Path folder) throws Exception {
        Path jars = Files.createDirectory(folder.resolve("plugins"));
        Path file = folder.resolve("api.json");
        Files.writeString(file, """
                {"app": "lifecycle-lab", "plugins_dir": "%s", "plugins": ["gzip", "shout"]}""".formatted(jars));
        form.load(new Profile(file, ProfileFile.read(file), false));

        assertThat(read).containsExactly((Path) null);
        assertThat(entry("shout").awaitingScan()).isTrue();
        assertThat(entry("shout").source()).isEqualTo("not read yet");
        assertThat(entry("shout").problemsProperty().get()).isNull();
        assertThat(form.validProperty().get())
                .as("a plugin the folder may hold does not hold the start")
                .isTrue();

        plugins.scanUnlessScanned();
        plugins.scanUnlessScanned();

        assertThat(read).containsExactly(null, jars);
        assertThat(entry("shout").awaitingScan()).isFalse();
        assertThat(entry("shout").problemsProperty().get()).startsWith("plugin 'shout' was not found");
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void aPluginsFolderOtherUsersCanWriteToIsRefusedWithWhatToDo(@TempDir Path folder) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path shared = Files.createDirectory(folder.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        form.field(PLUGINS_DIR).textProperty().set(shared.toString());
        form.field(PLUGINS).textProperty().set("shout");

        plugins.scan();

        assertThat(plugins.discoveryProblems())
                .singleElement()
                .asString()
                .startsWith("The plugins folder " + shared + " is world-writable (rwxrwxrwx)")
                .endsWith("chmod go-w " + shared);
        assertThat(plugins.problemsProperty().get()).contains("chmod go-w " + shared);
        assertThat(form.validProperty().get()).isFalse();
    }

    private PluginEntry entry(String id) {
        return plugins.entries().stream()
                .filter(e -> e.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " is not listed"));
    }

    private OptionField option(String id, String name) {
        List<OptionField> options = entry(id).options();
        return options.stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private String text(Setting<?> setting) {
        return form.field(setting).textProperty().get();
    }
}
