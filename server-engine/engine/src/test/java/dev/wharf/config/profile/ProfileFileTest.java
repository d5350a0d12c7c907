package dev.wharf.config.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.setting.InvalidSettingsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFileTest {

    @TempDir
    Path folder;

    @Test
    void settingsWrittenAreReadBackTheSame() throws Exception {
        Settings settings = Settings.defaults()
                .with(AppOptions.APP, "lifecycle-lab")
                .with(ServerOptions.PORT, 9000)
                .with(ServerOptions.HEADERS, List.of("x-env:dev"))
                .with(TimeoutOptions.TIMEOUT_KEEP_ALIVE, Duration.ofMillis(2500))
                .with(LimitOptions.LIMIT_CONCURRENCY, 10);
        Path file = folder.resolve("wharf.json");

        ProfileFile.write(file, "Lab", settings, null);
        ProfileDocument read = ProfileFile.read(file);

        assertThat(read.name()).isEqualTo("Lab");
        assertThat(read.settings()).isEqualTo(settings);
        assertThat(read.warnings()).isEmpty();
        assertThat(Files.readString(file))
                .contains("\"timeout_keep_alive\" : 2.5")
                .doesNotContain("\"backlog\"");
    }

    @Test
    void unknownKeysAreReportedWithASuggestionAndKeptWhenWrittenBack() throws Exception {
        Path file = folder.resolve("wharf.json");
        Files.writeString(file, "{\"app\": \"hello\", \"prot\": 9000, \"x-team\": {\"owner\": \"ana\"}}");

        ProfileDocument read = ProfileFile.read(file);
        assertThat(read.warnings())
                .anyMatch(w -> w.contains("unknown key \"prot\"") && w.contains("did you mean \"port\"?"));
        assertThat(read.warnings()).anyMatch(w -> w.contains("unknown key \"x-team\""));

        ProfileFile.write(file, read.name(), read.settings().with(ServerOptions.PORT, 9001), read.unknown());
        ObjectNode written = (ObjectNode) new ObjectMapper().readTree(file.toFile());
        assertThat(written.get("prot").intValue()).isEqualTo(9000);
        assertThat(written.get("x-team").get("owner").textValue()).isEqualTo("ana");
        assertThat(written.get("port").intValue()).isEqualTo(9001);
    }

    @Test
    void thePluginsSectionIsTheReadableFormOfThePluginSettings() throws Exception {
        Path file = folder.resolve("wharf.json");
        Files.writeString(
                file,
                "{\"plugins\": [{\"id\": \"gzip\", \"options\": {\"level\": 6, \"content_types\": [\"text/html\", \"text/css\"]}},"
                        + " \"cors\"]}");

        Settings settings = ProfileFile.read(file).settings();

        assertThat(settings.get(PluginOptions.PLUGINS)).containsExactly("gzip", "cors");
        assertThat(settings.get(PluginOptions.PLUGIN_OPTIONS))
                .containsExactly("gzip.level=6", "gzip.content_types=text/html,text/css");
        ProfileFile.write(file, null, settings, null);
        assertThat(Files.readString(file))
                .contains("\"plugins\"")
                .contains("\"level\" : \"6\"")
                .doesNotContain("plugin_options");
        assertThat(ProfileFile.read(file).settings()).isEqualTo(settings);
    }

    @Test
    void invalidJsonNamesTheFileLineAndColumn() throws Exception {
        Path file = folder.resolve("broken.json");
        Files.writeString(file, "{\n  \"port\": 8000,\n  \"host\" \"0.0.0.0\"\n}");
        assertThatThrownBy(() -> ProfileFile.read(file))
                .isInstanceOf(ProfileException.class)
                .hasMessageContaining("broken.json, line 3, column")
                .hasMessageContaining("is not valid JSON");
    }

    @Test
    void aFileThatIsNotAnObjectIsRefused() throws Exception {
        Path file = folder.resolve("list.json");
        Files.writeString(file, "[1, 2]");
        assertThatThrownBy(() -> ProfileFile.read(file))
                .hasMessageContaining("must hold a JSON object")
                .hasMessageContaining("not array");
    }

    @Test
    void aMissingFileSaysWhereItLooked() {
        assertThatThrownBy(() -> ProfileFile.read(folder.resolve("nope.json")))
                .hasMessageContaining("does not exist (looked at");
    }

    @Test
    void badValuesNameTheKeyAndTheFile() throws Exception {
        Path file = folder.resolve("wharf.json");
        Files.writeString(file, "{\"port\": \"eighty\", \"lifespan\": \"maybe\"}");
        ProfileDocument read = ProfileFile.read(file);
        assertThatThrownBy(read::settings)
                .isInstanceOf(InvalidSettingsException.class)
                .hasMessageContaining("--port (from " + file + ", key \"port\"): 'eighty' is not a whole number")
                .hasMessageContaining(
                        "--lifespan (from " + file + ", key \"lifespan\"): 'maybe' is not one of the choices");
    }

    @Test
    void writingLeavesNoTemporaryFileBehindAndReplacesTheOldOne() throws Exception {
        Path file = folder.resolve("wharf.json");
        Files.writeString(file, "{\"port\": 1}");
        ProfileFile.write(file, null, Settings.defaults().with(ServerOptions.PORT, 2), null);
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("wharf.json");
        }
        assertThat(ProfileFile.read(file).settings().get(ServerOptions.PORT)).isEqualTo(2);
    }
}
