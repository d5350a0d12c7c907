package dev.wharf.installer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class PackagerTest {

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int packager(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--app-lib=" + folder.resolve("lib"),
                "--main-jar=wharf-app.jar",
                "--main-class=dev.wharf.gui.WharfLauncher",
                "--version=0.1.0-SNAPSHOT",
                "--descriptors=src/packaging",
                "--work=" + folder.resolve("work"),
                "--dest=" + folder.resolve("dest")));
        args.addAll(List.of(extra));
        CommandLine command = Packager.commandLine();
        command.setErr(new PrintWriter(err, true));
        return command.execute(args.toArray(String[]::new));
    }

    @Test
    void withoutAppGuisBuildPackagingStopsAndSaysWhatToBuild() throws Exception {
        Files.createDirectories(folder.resolve("lib"));

        assertThat(packager()).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("Packaging failed: ")
                .contains("build app-gui first")
                .doesNotContain("Exception");
        assertThat(folder.resolve("dest")).doesNotExist();
    }

    @Test
    void anInstallerChoiceOtherThanAutoOrNoneIsRefusedWithTheChoices() {
        assertThat(packager("--installer=rpm")).isEqualTo(2);
        assertThat(err.toString()).contains("--installer").contains("auto, none");
    }

    @Test
    void aVersionTheInstallerCannotCarryIsRefusedBeforeAnythingIsBuilt() {
        assertThat(packager("--app-version=latest")).isEqualTo(1);
        assertThat(err.toString()).contains("'latest'");
        assertThat(folder.resolve("work")).doesNotExist();
    }
}
