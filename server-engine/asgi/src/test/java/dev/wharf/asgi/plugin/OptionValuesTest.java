package dev.wharf.asgi.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.asgi.option.OptionHelp;
import java.util.List;
import org.junit.jupiter.api.Test;

class OptionValuesTest {

    private static final OptionHelp HELP = OptionHelp.of("What it does.", "When it matters.", "The usual mistake.");
    static final PluginOption<Integer> LEVEL =
            PluginOption.integer("level", 6, HELP).range(1, 9);
    static final PluginOption<List<String>> TYPES = PluginOption.list("content_types", List.of("text/*"), HELP);
    static final PluginOption<String> DIRECTORY =
            PluginOption.string("directory", "", HELP).required();

    /** A plugin that only declares options: parsing never calls wrap. */
    private record Declaring(List<PluginOption<?>> options) implements Plugin {
        public String id() {
            return "demo";
        }

        public String description() {
            return "Declares options for the test.";
        }

        public App wrap(App app, PluginContext context) {
            return app;
        }
    }

    private static final Plugin DEMO = new Declaring(List.of(LEVEL, TYPES, DIRECTORY));

    @Test
    void givenValuesAreParsedAndTheRestTakeTheirDefaults() throws Exception {
        OptionValues values = OptionValues.parse(DEMO, List.of("level=3", "directory=public"));
        assertThat(values.get(LEVEL)).isEqualTo(3);
        assertThat(values.get(TYPES)).containsExactly("text/*");
        assertThat(values.get(DIRECTORY)).isEqualTo("public");
        assertThat(values.asMap()).containsOnlyKeys("level", "content_types", "directory");
    }

    @Test
    void everyProblemIsReportedAtOnceNamingThePluginTheOptionAndTheValue() {
        assertThatThrownBy(() -> OptionValues.parse(
                        DEMO, List.of("level=12", "levle=3", "junk", "content_types=a", "content_types=b")))
                .isInstanceOfSatisfying(
                        PluginOptionException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        "plugin 'demo': there is no option 'levle'; its options are level, content_types, directory",
                                        "plugin 'demo': 'junk' is not NAME=VALUE; write for example level=VALUE",
                                        "plugin 'demo', option 'content_types': given twice ('a' and 'b'); give it once, with the items separated by commas",
                                        "plugin 'demo', option 'level': 12 is out of range; use a whole number from 1 to 9",
                                        "plugin 'demo', option 'directory': a value is required (text); set it with directory=VALUE"));
    }

    @Test
    void aPluginAskingForAnOptionItDidNotDeclareIsToldSo() throws Exception {
        OptionValues values = OptionValues.parse(new Declaring(List.of(LEVEL)), List.of());
        assertThatThrownBy(() -> values.get(TYPES))
                .hasMessage(
                        "plugin 'demo' does not declare option 'content_types'; add it to the list its options() returns");
    }

    @Test
    void theVersionDefaultsToTheJarManifest() {
        // Test classes come from a folder, which has no manifest.
        assertThat(DEMO.version()).isEqualTo("unversioned");
    }
}
