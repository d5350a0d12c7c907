package dev.wharf.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.setting.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The README's settings table is generated from the model. To refresh it after changing a setting:
 * {@code mvn -pl server-engine/engine test -Dtest=ReadmeSettingsTableTest -Dwharf.updateReadme=true}.
 */
class ReadmeSettingsTableTest {

    private static final Path README = Path.of(System.getProperty("wharf.root", "../.."), "README.md");

    @Test
    void readmeSettingsTableMatchesTheModel() throws Exception {
        String readme = Files.readString(README);
        String expected = SettingsTable.replaceIn(readme);
        if (Boolean.getBoolean("wharf.updateReadme") && !expected.equals(readme)) {
            Files.writeString(README, expected);
            readme = expected;
        }
        assertThat(readme)
                .as("README.md's settings table is stale; regenerate it with "
                        + "mvn -pl server-engine/engine test -Dtest=ReadmeSettingsTableTest -Dwharf.updateReadme=true")
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("dev.wharf.config.SettingsModel#all")
    void everySettingIsInTheTable(Setting<?> setting) {
        String table = SettingsTable.markdown();
        assertThat(table).contains("`" + setting.flag());
    }
}
