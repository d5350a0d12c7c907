package dev.wharf.architecture;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The engine's direction of use, as docs/architecture.md draws it: each layer uses only the layers
 * below it, and no two packages use each other, however indirectly. A change that breaks either
 * fails here with the offending dependency named.
 */
class EngineLayersTest {

    /** Bottom to top: a layer may use the ones before it in this list, never the ones after. */
    private static final List<Layer> LAYERS = List.of(
            new Layer("contract", "dev.wharf.asgi.."),
            new Layer("interfaces", "dev.wharf.servlet.."),
            new Layer("foundations", "dev.wharf.importer..", "dev.wharf.middleware..", "dev.wharf.startup.."),
            new Layer("settings", "dev.wharf.config.."),
            new Layer(
                    "services",
                    "dev.wharf.logging..",
                    "dev.wharf.lifespan..",
                    "dev.wharf.plugins",
                    "dev.wharf.control..",
                    "dev.wharf.tls.."),
            new Layer("shared protocol", "dev.wharf.protocols"),
            new Layer("websocket", "dev.wharf.protocols.websocket.."),
            new Layer("http", "dev.wharf.protocols.http.."),
            new Layer("server", "dev.wharf.server.."),
            new Layer("worker", "dev.wharf.worker.."),
            new Layer("supervisor api", "dev.wharf.supervisor"),
            new Layer("reload", "dev.wharf.supervisor.reload.."),
            new Layer("supervisor", "dev.wharf.supervisor.process.."),
            new Layer("metrics", "dev.wharf.metrics.."),
            new Layer("export", "dev.wharf.export.."),
            new Layer("cli", "dev.wharf.cli.."));

    private static JavaClasses engine;

    record Layer(String name, String... packages) {}

    @BeforeAll
    static void importEngine() {
        engine = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.wharf");
    }

    @Test
    void noPackageCycles() {
        ArchRule rule = slices().matching("dev.wharf.(**)").should().beFreeOfCycles();
        rule.check(engine);
    }

    @Test
    void eachLayerUsesOnlyTheLayersBelowIt() {
        LayeredArchitecture architecture = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (Layer layer : LAYERS) {
            architecture = architecture.layer(layer.name()).definedBy(layer.packages());
        }
        for (int i = 0; i < LAYERS.size() - 1; i++) {
            String[] above = LAYERS.subList(i + 1, LAYERS.size()).stream()
                    .map(Layer::name)
                    .toArray(String[]::new);
            architecture = architecture.whereLayer(LAYERS.get(i).name()).mayOnlyBeAccessedByLayers(above);
        }
        architecture = architecture.whereLayer(LAYERS.getLast().name()).mayNotBeAccessedByAnyLayer();
        architecture.check(engine);
    }

    @Test
    void everyEnginePackageBelongsToALayer() {
        List<String> layered = LAYERS.stream()
                .flatMap(layer -> Arrays.stream(layer.packages()))
                .toList();
        List<String> unplaced = engine.stream()
                .map(javaClass -> javaClass.getPackageName())
                .distinct()
                .filter(name -> !name.startsWith("dev.wharf.samples") && !name.startsWith("dev.wharf.plugins."))
                .filter(name -> layered.stream().noneMatch(pattern -> inPattern(name, pattern)))
                .toList();
        assertThat(unplaced)
                .as("packages no layer of docs/architecture.md names")
                .isEmpty();
    }

    private static boolean inPattern(String packageName, String pattern) {
        if (pattern.endsWith("..")) {
            String root = pattern.substring(0, pattern.length() - 2);
            return packageName.equals(root) || packageName.startsWith(root + ".");
        }
        return packageName.equals(pattern);
    }
}
