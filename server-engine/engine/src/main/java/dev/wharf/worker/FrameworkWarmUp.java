package dev.wharf.worker;

import dev.wharf.config.Config;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.setting.LifespanMode;
import dev.wharf.importer.AppClassPath;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.AppInterface;
import dev.wharf.worker.WorkerEnvironment.AppHint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A spare's warm-up of the app's framework, after {@link SpareWarmUp Wharf's own}: the framework's
 * servlet, from the app's jars, served with no init parameters, which gives an empty app of that
 * framework. It runs through the app's library loader, which the app's next load in this JVM shares
 * (unchanged jars give the same loader), so a reload then finds the framework's classes loaded,
 * initialised and compiled: Jersey starts an app in about a tenth of its cold time. Only the
 * framework's code runs, never the user's: the project's folders are left out, and so are the init
 * parameters that would name the user's classes. Frameworks whose servlet needs its parameters to
 * start are not warmed.
 */
final class FrameworkWarmUp {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    /** Servlets that start an empty app without init parameters. */
    static final Set<String> EMPTY_APP_SERVLETS = Set.of("org.glassfish.jersey.servlet.ServletContainer");

    private FrameworkWarmUp() {}

    /** Whether a spare warms up for this app: a known framework's servlet, from jars among the app's classpath. */
    static boolean applies(AppHint hint) {
        return applies(hint, EMPTY_APP_SERVLETS);
    }

    private static boolean applies(AppHint hint, Set<String> servlets) {
        return hint != null
                && servlets.contains(hint.app())
                && !hint.appInterface().equals(AppInterface.ASGI.name())
                && !jars(hint).isEmpty();
    }

    static void run(AppHint hint, BooleanSupplier adopted) {
        run(hint, adopted, EMPTY_APP_SERVLETS);
    }

    static void run(AppHint hint, BooleanSupplier adopted, Set<String> servlets) {
        if (!applies(hint, servlets) || adopted.getAsBoolean()) {
            return;
        }
        // The framework's own log lines (Jersey's on java.util.logging) would read as the app's.
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        Level before = root.getLevel();
        root.setLevel(Level.OFF);
        try {
            Config config = Config.builder(hint.app())
                    .set(AppOptions.APP_DIR, jars(hint))
                    .set(AppOptions.INTERFACE, AppInterface.SERVLET)
                    .host("127.0.0.1")
                    .port(0)
                    .accessLog(false)
                    .lifespan(LifespanMode.ON)
                    .build();
            SpareWarmUp.serveBriefly(config, new AppImporter().load(config.importRequest()), adopted);
        } catch (Exception | LinkageError e) {
            log.debug("A spare worker's warm-up of {} failed: {}", hint.app(), e.toString());
        } finally {
            root.setLevel(before);
        }
    }

    /** The app's jars as its classpath names them ({@code lib/*}, {@code a.jar}); its folders are left out. */
    private static List<String> jars(AppHint hint) {
        return AppClassPath.parse(hint.appDir()).stream()
                .filter(entry -> entry.getFileName() != null
                        && (entry.getFileName().toString().equals("*") || Files.isRegularFile(entry)))
                .map(Path::toString)
                .toList();
    }
}
