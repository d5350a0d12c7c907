package dev.wharf.installer.jpackage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LauncherShortcutsTest {

    /** What jpackage 25 writes into an app image with one extra launcher. */
    private static final String WRITTEN = """
            <?xml version="1.0" ?>
            <jpackage-state version="25.0.3" platform="linux">
              <main-launcher>Wharf</main-launcher>
              <add-launcher name="wharf-cli" service="false">
                <shortcut>false</shortcut>
              </add-launcher></jpackage-state>""";

    @Test
    void anExtraLaunchersShortcutIsAlsoWrittenAsTheLinuxPackagerReadsIt() {
        assertThat(LauncherShortcuts.carriedOver(WRITTEN))
                .contains("<add-launcher name=\"wharf-cli\" service=\"false\">")
                .contains("<shortcut>false</shortcut><linux-shortcut>false</linux-shortcut>")
                .contains("<main-launcher>Wharf</main-launcher>");
    }

    @Test
    void aStateThatAlreadySaysItTheLinuxWayIsKept() {
        String once = LauncherShortcuts.carriedOver(WRITTEN);

        assertThat(LauncherShortcuts.carriedOver(once)).isEqualTo(once);
        String selfClosed =
                "<add-launcher name=\"a\"/><add-launcher name=\"b\"><shortcut>false</shortcut></add-launcher>";
        assertThat(LauncherShortcuts.carriedOver(selfClosed))
                .isEqualTo(
                        "<add-launcher name=\"a\"/><add-launcher name=\"b\"><shortcut>false</shortcut><linux-shortcut>false</linux-shortcut></add-launcher>");
        assertThat(LauncherShortcuts.carriedOver(
                        "<jpackage-state><main-launcher>Wharf</main-launcher></jpackage-state>"))
                .isEqualTo("<jpackage-state><main-launcher>Wharf</main-launcher></jpackage-state>");
    }

    @Test
    void theImagesStateFileIsRewrittenInPlace(@TempDir Path image) throws Exception {
        Path state = image.resolve(LauncherShortcuts.STATE_FILE);
        Files.createDirectories(state.getParent());
        Files.writeString(state, WRITTEN);

        LauncherShortcuts.carryOver(image);
        LauncherShortcuts.carryOver(image.resolve("no-image-here"));

        assertThat(state).content().contains("<linux-shortcut>false</linux-shortcut>");
    }
}
