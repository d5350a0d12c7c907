package dev.wharf.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.worker.WorkerEnvironment.AppHint;
import dev.wharf.worker.WorkerEnvironment.TlsHint;
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
    void whetherTheServerSpeaksTlsTravelsWithTheHintButNoKeyNorPassword() {
        AppHint hint = new AppHint("hello", "", "AUTO", TlsHint.HTTP2);
        WorkerEnvironment spare = new WorkerEnvironment(Path.of("control.sock"), "secret", 7, 0, true, hint);

        assertThat(spare.toMap()).containsEntry(WorkerEnvironment.WARM_TLS, "HTTP2");
        assertThat(WorkerEnvironment.from(spare.toMap()).warmUp().tls()).isEqualTo(TlsHint.HTTP2);
        assertThat(new AppHint("hello", "", "AUTO").tls()).isEqualTo(TlsHint.NONE);
        assertThat(new WorkerEnvironment(
                                Path.of("control.sock"), "secret", 7, 0, true, new AppHint("hello", "", "AUTO"))
                        .toMap())
                .doesNotContainKey(WorkerEnvironment.WARM_TLS);
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
