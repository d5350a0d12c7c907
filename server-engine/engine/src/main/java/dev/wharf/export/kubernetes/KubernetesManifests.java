package dev.wharf.export.kubernetes;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.sources.RunFlags;
import dev.wharf.export.StopTimeout;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.ProbeBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.ResourceRequirementsBuilder;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * A profile as Kubernetes objects, built with fabric8's typed model (never string templates): a
 * Deployment whose pods run {@code wharf run} with the profile's flags, a Service in front and a
 * PodDisruptionBudget. Readiness is an HTTP request the app answers, which only a worker past
 * lifespan startup does; the grace period covers the drain, the margin and a preStop pause in which
 * endpoints stop sending new connections.
 *
 * @param name      the objects' name and {@code app.kubernetes.io/name} label
 * @param settings  the profile's settings
 * @param image     the container image that holds Wharf and the app
 * @param replicas  pods in the Deployment
 * @param probePath the path the probes request; any answer from 200 to 399 counts as ready
 */
public record KubernetesManifests(String name, Settings settings, String image, int replicas, String probePath) {

    /** Where the container image (the installer's runtime) keeps the command. */
    public static final String WHARF_IN_IMAGE = "/opt/wharf/bin/wharf-cli";
    /** How long a terminating pod keeps serving while endpoints and load balancers drop it. */
    static final long PRE_STOP_SECONDS = 5;

    private static final Set<Setting<?>> LEFT_OUT =
            Set.of(ServerOptions.HOST, ServerOptions.PORT, ServerOptions.UDS, ServerOptions.FD);

    /** Sorted, so the YAML is the same at every export. */
    private Map<String, String> labels() {
        return new TreeMap<>(Map.of("app.kubernetes.io/name", name, "app.kubernetes.io/managed-by", "wharf-export"));
    }

    private int port() {
        int port = settings.get(ServerOptions.PORT);
        return port == 0 ? ServerOptions.PORT.defaultValue() : port;
    }

    public Deployment deployment() {
        List<String> args = new ArrayList<>(List.of("run"));
        args.addAll(RunFlags.of(settings, LEFT_OUT));
        args.addAll(List.of("--host", "0.0.0.0", "--port", Integer.toString(port())));
        return new DeploymentBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels())
                .endMetadata()
                .withNewSpec()
                .withReplicas(replicas)
                .withNewSelector()
                .withMatchLabels(Map.of("app.kubernetes.io/name", name))
                .endSelector()
                .withNewTemplate()
                .withNewMetadata()
                .withLabels(labels())
                .endMetadata()
                .withNewSpec()
                .withTerminationGracePeriodSeconds(StopTimeout.seconds(settings) + PRE_STOP_SECONDS)
                .addNewContainer()
                .withName("wharf")
                .withImage(image)
                .withCommand(WHARF_IN_IMAGE)
                .withArgs(args)
                .addNewPort()
                .withName("http")
                .withContainerPort(port())
                .endPort()
                .withStartupProbe(probe(2, 60))
                .withReadinessProbe(probe(5, 2))
                .withLivenessProbe(probe(10, 3))
                .withNewLifecycle()
                .withNewPreStop()
                .withNewSleep()
                .withSeconds(PRE_STOP_SECONDS)
                .endSleep()
                .endPreStop()
                .endLifecycle()
                .withResources(resources())
                .endContainer()
                .endSpec()
                .endTemplate()
                .endSpec()
                .build();
    }

    private Probe probe(int periodSeconds, int failureThreshold) {
        return new ProbeBuilder()
                .withNewHttpGet()
                .withPath(probePath)
                .withPort(new IntOrString("http"))
                .endHttpGet()
                .withPeriodSeconds(periodSeconds)
                .withFailureThreshold(failureThreshold)
                .build();
    }

    /** A CPU per worker; memory from the heaps when the profile fixes them. */
    private ResourceRequirements resources() {
        Map<String, Quantity> requests = new LinkedHashMap<>();
        Map<String, Quantity> limits = new LinkedHashMap<>();
        requests.put("cpu", new Quantity(Integer.toString(settings.get(WorkerOptions.WORKERS))));
        OptionalLong memory = WorkerMemory.podMib(settings);
        if (memory.isPresent()) {
            Quantity mib = new Quantity(Long.toString(memory.getAsLong()), "Mi");
            requests.put("memory", mib);
            limits.put("memory", mib);
        }
        return new ResourceRequirementsBuilder()
                .withRequests(requests)
                .withLimits(limits)
                .build();
    }

    public Service service() {
        return new ServiceBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels())
                .endMetadata()
                .withNewSpec()
                .withSelector(Map.of("app.kubernetes.io/name", name))
                .addNewPort()
                .withName("http")
                .withPort(80)
                .withTargetPort(new IntOrString("http"))
                .endPort()
                .endSpec()
                .build();
    }

    public PodDisruptionBudget podDisruptionBudget() {
        return new PodDisruptionBudgetBuilder()
                .withNewMetadata()
                .withName(name)
                .withLabels(labels())
                .endMetadata()
                .withNewSpec()
                .withMaxUnavailable(new IntOrString(1))
                .withNewSelector()
                .withMatchLabels(Map.of("app.kubernetes.io/name", name))
                .endSelector()
                .endSpec()
                .build();
    }

    /** What the typed objects cannot say: the ingress's trust list, the image, the memory left unsized. */
    public String notes() {
        StringBuilder notes = new StringBuilder();
        notes.append("# Notes for ").append(name).append(" (written by `wharf export kubernetes`)\n\n");
        notes.append("- Ingress: Wharf trusts X-Forwarded-* from ")
                .append(
                        settings.get(ProxyOptions.PROXY_HEADERS)
                                ? settings.get(ProxyOptions.FORWARDED_ALLOW_IPS)
                                : "nobody (proxy headers are off)")
                .append(". Set it to the addresses the ingress controller's pods connect from (often the pod ")
                .append("network, e.g. 10.0.0.0/8), never '*'.\n");
        notes.append("- Image: ")
                .append(image)
                .append(" must hold Wharf at ")
                .append(WHARF_IN_IMAGE)
                .append(" (the installer's runtime, bin/ and lib/ of the .deb's /opt/wharf) and the app; a ")
                .append("distroless-style base (gcr.io/distroless/base-debian12) is enough, as the runtime is ")
                .append("self-contained.\n");
        notes.append("- Shutdown: preStop sleeps ")
                .append(PRE_STOP_SECONDS)
                .append(" s (Kubernetes >= 1.30) while endpoints drop the pod; then SIGTERM drains for the ")
                .append("graceful-shutdown timeout; terminationGracePeriodSeconds covers both and a margin.\n");
        if (WorkerMemory.podMib(settings).isEmpty()) {
            notes.append("- Memory: the profile leaves each worker's heap to --worker-max-heap auto, so no memory ")
                    .append("request or limit is written. Give --worker-jvm-option -Xmx512m (or --worker-max-heap) ")
                    .append("to size the pod as heap × workers + 50 % + 256 Mi for the supervisor.\n");
        }
        return notes.toString();
    }

    /** The files to write: one YAML per object, and the notes. */
    public Map<String, String> files() {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(name + "-deployment.yaml", yaml(deployment()));
        files.put(name + "-service.yaml", yaml(service()));
        files.put(name + "-pdb.yaml", yaml(podDisruptionBudget()));
        files.put(name + "-NOTES.md", notes());
        return files;
    }

    /** The YAML Wharf writes and reads the objects with. */
    public static YAMLMapper yamlMapper() {
        // Jackson 3, as fabric8's model 8 is annotated for (Quantity and IntOrString serialise themselves).
        return YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .build();
    }

    private static String yaml(Object object) {
        return yamlMapper().writeValueAsString(object);
    }
}
