package dev.wharf.plugins;

import dev.wharf.asgi.App;
import dev.wharf.asgi.plugin.AppCode;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOptionException;
import dev.wharf.asgi.plugin.TelemetrySink;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point to plugins for a worker: finds them ({@link #discover}) and wraps the
 * application in the ones the user asked for ({@link #wrap}), validating every request first.
 *
 * <p>It sees plugins only through the SPI in {@code dev.wharf.asgi.plugin}; it knows nothing of
 * the command line, the profile file or the server, which hand it a list of {@link PluginRequest}s
 * and serve the app it returns. Closing it closes the plugin jars' class loaders: do so only once
 * the wrapped app no longer runs.
 */
public final class PluginHost implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    private final Map<String, DiscoveredPlugin> plugins;
    private final List<PluginProblem> discoveryProblems;
    private final List<URLClassLoader> jarLoaders;
    private final LatestTelemetry telemetry = new LatestTelemetry();

    private PluginHost(PluginDiscovery discovery) {
        this.plugins = Map.copyOf(discovery.plugins);
        this.discoveryProblems = List.copyOf(discovery.problems);
        this.jarLoaders = List.copyOf(discovery.jarLoaders);
    }

    /**
     * Finds the plugins on Wharf's class path and in the jars of {@code pluginsDir}.
     * Problems (a jar that will not load, two plugins with one id, a folder other users may write
     * to, whose jars are then not opened) are logged as warnings and kept
     * in {@link #discoveryProblems()}; they only stop a start when a broken plugin is asked for.
     *
     * @param pluginsDir a folder of plugin jars, or {@code null} for none
     * @param wharfLoader Wharf's own class loader: the bundled plugins, and the parent of each jar's loader
     */
    public static PluginHost discover(Path pluginsDir, ClassLoader wharfLoader) {
        PluginHost host = new PluginHost(PluginDiscovery.run(pluginsDir, wharfLoader));
        host.discoveryProblems.forEach(problem -> log.warn("Plugins: {}", problem.message()));
        return host;
    }

    /** A host with exactly these plugins, for embedding Wharf and for tests. */
    public static PluginHost of(Plugin... plugins) {
        return new PluginHost(PluginDiscovery.of(List.of(plugins)));
    }

    /** Every plugin found, by id. */
    public List<DiscoveredPlugin> plugins() {
        return plugins.values().stream()
                .sorted((a, b) -> a.id().compareTo(b.id()))
                .toList();
    }

    public Optional<DiscoveredPlugin> find(String id) {
        return Optional.ofNullable(plugins.get(id));
    }

    public List<PluginProblem> discoveryProblems() {
        return discoveryProblems;
    }

    /** Where {@link #wrap(App, List, boolean)} has plugins publish; keys are {@code <plugin id>.<key>}. */
    public LatestTelemetry telemetry() {
        return telemetry;
    }

    /** {@link #wrap(App, List, boolean, TelemetrySink)} publishing to this host's {@link #telemetry()}. */
    public PluginChain wrap(App app, List<PluginRequest> requests, boolean lenient) throws PluginException {
        return wrap(app, requests, lenient, telemetry);
    }

    /**
     * Wraps {@code app} in the plugins asked for, the first request outermost. Every request is
     * checked (the plugin exists, its options are valid) before any plugin wraps anything.
     *
     * @param lenient   {@code false}: any problem stops the start; {@code true}: a plugin with a
     *                  problem is left out, with a warning, and the rest still wrap the app
     * @param telemetry where plugins publish; each plugin's keys get its id in front
     * @throws PluginException when not lenient and a plugin is missing, rejects its options or
     *                         fails to wrap; it lists every problem found
     */
    public PluginChain wrap(App app, List<PluginRequest> requests, boolean lenient, TelemetrySink telemetry)
            throws PluginException {
        return wrap(app, requests, lenient, telemetry, AppCode.unchanging("0"));
    }

    /**
     * {@link #wrap(App, List, boolean, TelemetrySink)} for a worker whose code may be hot-swapped.
     *
     * @param code the version of the app's code, and news of its swaps, for the plugins to hear
     */
    public PluginChain wrap(
            App app, List<PluginRequest> requests, boolean lenient, TelemetrySink telemetry, AppCode code)
            throws PluginException {
        List<PluginProblem> problems = new ArrayList<>();
        List<Validated> validated = validate(requests, problems);
        stopUnlessLenient(problems, lenient);
        App wrapped = app;
        Deque<DiscoveredPlugin> applied = new ArrayDeque<>();
        for (int i = validated.size() - 1; i >= 0; i--) {
            DiscoveredPlugin plugin = validated.get(i).plugin();
            try {
                App next = plugin.plugin()
                        .wrap(
                                wrapped,
                                new PluginContext(validated.get(i).values(), keyedBy(plugin.id(), telemetry), code));
                if (next == null) {
                    throw new IllegalStateException("wrap returned null instead of an app");
                }
                wrapped = next;
                applied.addFirst(plugin);
            } catch (Exception | LinkageError e) {
                problems.add(new PluginProblem(
                        plugin.id(),
                        "plugin '" + plugin.id() + "' could not wrap the app: " + PluginDiscovery.describe(e)));
                stopUnlessLenient(problems, lenient);
            }
        }
        problems.forEach(
                problem -> log.warn("Continuing without a plugin, as lenient loading allows: {}", problem.message()));
        applied.forEach(plugin -> log.info("Plugin {} enabled", plugin));
        return new PluginChain(wrapped, List.copyOf(applied), problems);
    }

    /**
     * The problems {@link #wrap} would stop at for {@code requests} (a plugin missing, an option
     * unknown, a value refused), in the same words, without wrapping anything: for a form that
     * checks the plugin settings as they are typed.
     */
    public List<PluginProblem> check(List<PluginRequest> requests) {
        List<PluginProblem> problems = new ArrayList<>();
        validate(requests, problems);
        return List.copyOf(problems);
    }

    /** Checks each request (the plugin exists, its options parse); adds what is wrong to {@code problems}. */
    private List<Validated> validate(List<PluginRequest> requests, List<PluginProblem> problems) {
        List<Validated> validated = new ArrayList<>();
        for (PluginRequest request : requests) {
            DiscoveredPlugin found = plugins.get(request.id());
            if (found == null) {
                problems.add(new PluginProblem(request.id(), notFound(request.id())));
                continue;
            }
            try {
                validated.add(new Validated(found, OptionValues.parse(found.plugin(), request.options())));
            } catch (PluginOptionException e) {
                e.problems().forEach(message -> problems.add(new PluginProblem(request.id(), message)));
            } catch (RuntimeException e) {
                problems.add(new PluginProblem(
                        request.id(),
                        "plugin '" + request.id() + "' failed while checking its options: "
                                + PluginDiscovery.describe(e)));
            }
        }
        return validated;
    }

    private String notFound(String id) {
        StringBuilder message = new StringBuilder("plugin '" + id + "' was not found; ");
        message.append(
                plugins.isEmpty()
                        ? "no plugins were found on the class path or in the plugins folder"
                        : "the plugins found are "
                                + String.join(
                                        ", ", plugins.keySet().stream().sorted().toList()));
        if (!discoveryProblems.isEmpty()) {
            message.append(". Problems while looking for plugins: ");
            message.append(String.join(
                    "; ", discoveryProblems.stream().map(PluginProblem::message).toList()));
        }
        return message.toString();
    }

    private static void stopUnlessLenient(List<PluginProblem> problems, boolean lenient) throws PluginException {
        if (!lenient && !problems.isEmpty()) {
            throw new PluginException(problems);
        }
    }

    private static TelemetrySink keyedBy(String pluginId, TelemetrySink sink) {
        return (key, snapshot) -> sink.publish(pluginId + "." + key, snapshot);
    }

    @Override
    public void close() throws IOException {
        for (URLClassLoader loader : jarLoaders) {
            loader.close();
        }
    }

    private record Validated(DiscoveredPlugin plugin, OptionValues values) {}
}
