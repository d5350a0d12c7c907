package dev.wharf.export.kubernetes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.profile.Presets;
import dev.wharf.config.setting.Preset;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * lifecycle-lab's container profile as Kubernetes objects: the YAML matches reviewed golden files
 * ({@code -Dwharf.updateGolden=true} rewrites them, to review in the diff) and reads back through
 * fabric8's model into the same objects.
 */
class KubernetesManifestsTest {

    private static final Path GOLDEN = Path.of("src/test/resources/dev/wharf/export/kubernetes");

    private static final Settings PROFILE = Presets.settings(
                    Preset.CONTAINER, new Presets.Inputs("10.0.0.0/8", 10, 40, 4))
            .with(AppOptions.APP, "lifecycle-lab")
            .with(WorkerOptions.WORKER_JVM_OPTIONS, List.of("-Xmx256m"));

    private final KubernetesManifests manifests =
            new KubernetesManifests("lifecycle-lab", PROFILE, "registry.example.com/lifecycle-lab:1.0", 2, "/");

    @Test
    void theManifestsMatchTheReviewedGoldenFiles() throws IOException {
        for (Map.Entry<String, String> file : manifests.files().entrySet()) {
            Path golden = GOLDEN.resolve(file.getKey());
            if (Boolean.getBoolean("wharf.updateGolden")) {
                Files.writeString(golden, file.getValue());
            }
            assertThat(file.getValue()).as(golden.toString()).isEqualTo(Files.readString(golden));
        }
    }

    @Test
    void theYamlReadsBackThroughTheModelIntoTheSameObjects() {
        YAMLMapper yaml = KubernetesManifests.yamlMapper();
        Map<String, String> files = manifests.files();

        assertThat(yaml.readValue(files.get("lifecycle-lab-deployment.yaml"), Deployment.class))
                .isEqualTo(manifests.deployment());
        assertThat(yaml.readValue(files.get("lifecycle-lab-service.yaml"), Service.class))
                .isEqualTo(manifests.service());
        assertThat(yaml.readValue(files.get("lifecycle-lab-pdb.yaml"), PodDisruptionBudget.class))
                .isEqualTo(manifests.podDisruptionBudget());
    }

    @Test
    void thePodFollowsTheProfileDrainWorkersAndHeaps() {
        Deployment deployment = manifests.deployment();
        Container wharf =
                deployment.getSpec().getTemplate().getSpec().getContainers().get(0);

        // graceful shutdown 25 s + 10 s margin + 5 s preStop pause
        assertThat(deployment.getSpec().getTemplate().getSpec().getTerminationGracePeriodSeconds())
                .isEqualTo(40L);
        assertThat(wharf.getLifecycle().getPreStop().getSleep().getSeconds()).isEqualTo(5L);
        assertThat(wharf.getResources().getRequests()).containsEntry("cpu", new Quantity("4"));
        // 256 Mi × 4 workers = 1024, + 50 % = 1536, + 256 for the supervisor
        assertThat(wharf.getResources().getLimits()).containsEntry("memory", new Quantity("1792", "Mi"));
        assertThat(wharf.getArgs())
                .containsSubsequence("run", "lifecycle-lab")
                .containsSubsequence("--forwarded-allow-ips", "10.0.0.0/8")
                .containsSubsequence("--host", "0.0.0.0", "--port", "8000")
                .doesNotContain("--reload");
        assertThat(wharf.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/");
        assertThat(manifests.notes()).contains("Ingress: Wharf trusts X-Forwarded-* from 10.0.0.0/8");
    }
}
