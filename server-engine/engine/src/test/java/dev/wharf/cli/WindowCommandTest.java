package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Setting;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code wharf window [OPTIONS] [APP]}: the flags reach the window as given, or it never opens. */
class WindowCommandTest {

    private final List<Map<Setting<?>, List<String>>> opened = new ArrayList<>();
    private final StringWriter err = new StringWriter();

    private int wharf(String... args) {
        return Main.commandLine(flags -> {
                    opened.add(flags);
                    return 0;
                })
                .setErr(new PrintWriter(err, true))
                .setOut(new PrintWriter(new StringWriter(), true))
                .execute(args);
    }

    @Test
    void theWindowOpensWithTheFlagsAndTheAppAsGivenOneItemPerOccurrence() {
        int exit = wharf("window", "hello", "--workers", "3", "--header", "x-a: 1", "--header", "x-b: 2");

        assertThat(exit).isZero();
        assertThat(opened).hasSize(1);
        assertThat(opened.getFirst())
                .containsEntry(AppOptions.APP, List.of("hello"))
                .containsEntry(WorkerOptions.WORKERS, List.of("3"))
                .containsEntry(ServerOptions.HEADERS, List.of("x-a: 1", "x-b: 2"))
                .doesNotContainKey(ServerOptions.PORT);
    }

    @Test
    void aValueItsSettingRefusesEndsTheCommandWithExit2NamingTheFlagAndNoWindowOpens() {
        int exit = wharf("window", "--workers", "many", "--port", "99999");

        assertThat(exit).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("--workers", "many", "--port", "99999");
    }

    @Test
    void anUnknownFlagIsRefusedAsWharfRunRefusesIt() {
        int exit = wharf("window", "--wokers", "3");

        assertThat(exit).isEqualTo(2);
        assertThat(opened).isEmpty();
        assertThat(err.toString()).contains("--wokers");
    }

    @Test
    void aWharfWithoutItsWindowSaysSoRatherThanOpeningNothing() {
        int exit = Main.commandLine(WindowOpener.NONE)
                .setErr(new PrintWriter(err, true))
                .execute("window");

        assertThat(exit).isEqualTo(1);
    }
}
