package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.profile.ProfileFile;
import dev.wharf.config.setting.Preset;
import dev.wharf.testing.WharfProcess;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wharf export kubernetes} as a user runs it: files written, or the pool math across replicas refused. */
class ExportKubernetesTest {

    private static final Duration EXIT = Duration.ofSeconds(30);

    @TempDir
    Path folder;

    @Test
    void replicasWhosePoolsTogetherPassTheBudgetAreRefused() throws Exception {
        Path profile = folder.resolve("shop.json");
        // 2 workers × 10 fit the budget of 20 in one pod; three pods need 60.
        ProfileFile.write(
                profile,
                "shop",
                Presets.settings(Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", 10, 20, 2))
                        .with(AppOptions.APP, "lifecycle-lab"),
                null);
        Path out = folder.resolve("k8s");

        try (WharfProcess export = export(profile, out, 3)) {
            assertThat(export.awaitExit(EXIT)).isEqualTo(2);
            assertThat(export.stderr())
                    .contains(
                            "refused: 3 replicas × 2 workers × 10 connections = 60, over the database's budget of 20: "
                                    + "lower --replicas, --workers or --db-pool-size, or raise the budget.");
        }
        assertThat(out).doesNotExist();

        try (WharfProcess export = export(profile, out, 1)) {
            assertThat(export.awaitExit(EXIT)).isZero();
        }
        assertThat(out.resolve("shop-deployment.yaml")).content().contains("image: shop:1");
        assertThat(out.resolve("shop-pdb.yaml")).exists();
        assertThat(out.resolve("shop-service.yaml")).exists();
    }

    private static WharfProcess export(Path profile, Path out, int replicas) throws IOException {
        return WharfProcess.start(
                "export",
                "kubernetes",
                "--profile",
                profile.toString(),
                "-o",
                out.toString(),
                "--image",
                "shop:1",
                "--replicas",
                Integer.toString(replicas));
    }
}
