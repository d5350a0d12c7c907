package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.supervisor.ServerStatus;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerRunTest {

    private final Settings settings = Settings.defaults().with(AppOptions.APP_DIR, List.of("target/classes"));
    private final ServerRun run = new ServerRun(settings);

    @Test
    void aWorkerPutsItsGenerationsDevClassesFirstOnTheAppClasspath() {
        Settings worker = ServerRun.withDevClasses(settings, List.of(Path.of("dev-2"), Path.of("dev-1")));

        assertThat(worker.get(AppOptions.APP_DIR)).containsExactly("dev-2", "dev-1", "target/classes");
    }

    @Test
    void withoutDevClassesAWorkerGetsTheSettingsAsTheyAre() {
        assertThat(ServerRun.withDevClasses(settings, List.of())).isSameAs(settings);
    }

    @Test
    void theGenerationRollingInGetsItsOwnDevClassesWhileTheServingOneKeepsItsOwn() {
        run.starting();
        Roll roll = run.beginRoll(settings, null, "reload", List.of(Path.of("dev-1")));

        assertThat(run.rolling(roll.generation())).isTrue();
        assertThat(run.rolling(run.generation())).isFalse();
        assertThat(run.workerSettings(settings, roll.generation()).get(AppOptions.APP_DIR))
                .containsExactly("dev-1", "target/classes");
        assertThat(run.workerSettings(settings, run.generation())).isSameAs(settings);
    }

    @Test
    void generationsAreNumberedInTheOrderTheyBeginAndAFailedOneKeepsItsNumber() {
        run.starting();
        assertThat(run.generation()).isEqualTo(1);

        Roll failed = run.beginRoll(settings, null, "restart", List.of());
        run.endRoll();
        Roll next = run.beginRoll(settings, null, "restart", List.of());

        assertThat(failed.generation()).isEqualTo(2);
        assertThat(next.generation()).isEqualTo(3);
        assertThat(run.generation()).isEqualTo(1);
    }

    @Test
    void aRolledGenerationServesWithItsSettingsAndDevClasses() {
        run.starting();
        Settings next = settings.with(ServerOptions.SERVER_HEADER, false);
        run.beginRoll(next, null, "reload", List.of(Path.of("dev-1")));

        run.serve(run.endRoll());

        assertThat(run.roll()).isNull();
        assertThat(run.generation()).isEqualTo(2);
        assertThat(run.running()).isSameAs(next);
        assertThat(run.servingPrefix()).containsExactly(Path.of("dev-1"));
        assertThat(run.status()).isEqualTo(ServerStatus.RUNNING);
    }

    @Test
    void aStartingServerRunsOnceItsFirstWorkerHasStartedAndOnlyThen() {
        run.starting();

        assertThat(run.workerStarted()).isTrue();
        assertThat(run.status()).isEqualTo(ServerStatus.RUNNING);
        assertThat(run.workerStarted()).isFalse();
    }

    @Test
    void aFailedServerRunsAgainWhenAWorkerStartsAfterAll() {
        run.starting();
        run.failed();

        assertThat(run.up()).isFalse();
        assertThat(run.workerStarted()).isTrue();
        assertThat(run.up()).isTrue();
    }

    @Test
    void scalingChangesTheWorkerCountBothRunningAndAskedFor() {
        run.settingsApplied(settings.with(ServerOptions.PORT, 9001), settings);

        run.scaled(3);

        assertThat(run.running().get(WorkerOptions.WORKERS)).isEqualTo(3);
        assertThat(run.desired().get(WorkerOptions.WORKERS)).isEqualTo(3);
        assertThat(run.pendingRestart()).containsExactly(ServerOptions.PORT);
    }
}
