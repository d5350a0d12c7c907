package dev.wharf.gui.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The window on top of the engine, as docs/architecture.md draws it: it drives the supervisor API
 * and shows the settings model, and never reaches into the worker, the protocols or Netty.
 */
class WindowDependenciesTest {

    private static JavaClasses window;

    @BeforeAll
    static void importWindow() {
        window = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.wharf.gui");
    }

    @Test
    void noPackageCyclesInTheWindow() {
        slices().matching("dev.wharf.gui.(**)").should().beFreeOfCycles().check(window);
    }

    @Test
    void theWindowUsesOnlyTheEnginesApi() {
        noClasses()
                .that()
                .resideInAPackage("dev.wharf.gui..")
                .should()
                .dependOnClassesThat(engineInternals())
                .because("the window drives the supervisor API and shows the settings model; the rest is the"
                        + " engine's own")
                .check(window);
    }

    @Test
    void theWindowNeverTouchesNetty() {
        noClasses()
                .that()
                .resideInAPackage("dev.wharf.gui..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("io.netty..")
                .check(window);
    }

    /**
     * Engine classes outside the window's API: the supervisor API, the settings model (with the
     * interface setting's values), the values workers report, plugin discovery and the ASGI contract
     * are open to it; of the rest only the supervisor factory, the command line's entry point, which
     * the launcher hands a command to, and the start-up caches, which the launcher readies the
     * packaged window's archive with.
     */
    private static DescribedPredicate<JavaClass> engineInternals() {
        return DescribedPredicate.describe("are engine internals", javaClass -> {
            String name = javaClass.getName();
            String pkg = javaClass.getPackageName();
            if (!pkg.startsWith("dev.wharf.") || pkg.startsWith("dev.wharf.gui")) {
                return false;
            }
            boolean api = pkg.equals("dev.wharf.supervisor")
                    || pkg.equals("dev.wharf.config")
                    || pkg.startsWith("dev.wharf.config.")
                    || pkg.equals("dev.wharf.control")
                            && javaClass.getSimpleName().matches("WorkerStats|LifespanPhase|DbPoolStats")
                    || pkg.equals("dev.wharf.plugins")
                    || pkg.startsWith("dev.wharf.asgi")
                    || name.equals("dev.wharf.importer.AppInterface")
                    || name.equals("dev.wharf.supervisor.process.Supervisors")
                    || pkg.equals("dev.wharf.startup")
                    || name.equals("dev.wharf.cli.Main");
            return !api;
        });
    }
}
