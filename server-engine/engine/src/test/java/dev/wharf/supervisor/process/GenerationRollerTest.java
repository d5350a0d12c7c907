package dev.wharf.supervisor.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class GenerationRollerTest {

    private final Settings serving = Settings.defaults();

    @Test
    void aRollToAnotherAddressBindsANewSocket() {
        assertThat(GenerationRoller.bindsDifferently(serving, serving.with(ServerOptions.PORT, 9001)))
                .isTrue();
        assertThat(GenerationRoller.bindsDifferently(serving, serving.with(ServerOptions.HOST, "0.0.0.0")))
                .isTrue();
        assertThat(GenerationRoller.bindsDifferently(serving, serving.with(ServerOptions.UDS, Path.of("wharf.sock"))))
                .isTrue();
        assertThat(GenerationRoller.bindsDifferently(serving, serving.with(ServerOptions.BACKLOG, 16)))
                .isTrue();
    }

    @Test
    void aRollThatChangesNeitherAddressNorBacklogKeepsTheServingSocket() {
        Settings next = serving.with(WorkerOptions.WORKERS, 4)
                .with(AppOptions.APP, "com.example.Other:app")
                .with(ServerOptions.SERVER_HEADER, false);

        assertThat(GenerationRoller.bindsDifferently(serving, next)).isFalse();
    }
}
