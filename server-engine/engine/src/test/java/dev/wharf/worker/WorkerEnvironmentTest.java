package dev.wharf.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.worker.WorkerEnvironment.AppHint;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkerEnvironmentTest {

    @Test
    void aSparesAppHintTravelsThroughTheEnvironment() {
        AppHint hint = new AppHint("org.glassfish.jersey.servlet.ServletContainer", "classes:lib/*", "SERVLET");
        WorkerEnvironment spare = new WorkerEnvironment(Path.of("control.sock"), "secret", 7, 0, true, hint);

        assertThat(WorkerEnvironment.from(spare.toMap())).isEqualTo(spare);
    }

    @Test
    void aWorkerStartedForAGenerationHasNoHint() {
        WorkerEnvironment worker = new WorkerEnvironment(Path.of("control.sock"), "secret", 3, 2, false);

        assertThat(worker.toMap()).doesNotContainKey(WorkerEnvironment.WARM_APP);
        assertThat(WorkerEnvironment.from(worker.toMap()).warmUp()).isNull();
    }

    @Test
    void aWorkerStartedByHandIsToldHowWorkersAreStarted() {
        assertThatThrownBy(() -> WorkerEnvironment.from(Map.of()))
                .hasMessageContaining("WHARF_CONTROL_SOCKET is not set")
                .hasMessageContaining("wharf run APP --workers N");
    }
}
