package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import dev.wharf.testing.Apps;
import dev.wharf.testing.LogCapture;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RunningServer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PluginHostTest {

    private static final PluginOption<Integer> WEIGHT = PluginOption.integer(
                    "weight", 1, OptionHelp.of("How heavy the marker is.", "Never; it is a test option.", "None."))
            .range(1, 9);

    /** Notes its id in {@link #seen} each time a request passes through it, then calls the app it wraps. */
    private final List<String> seen = new CopyOnWriteArrayList<>();

    private final AtomicInteger wraps = new AtomicInteger();

    private final class Marker implements Plugin {
        private final String id;

        Marker(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }

        public String description() {
            return "Notes that a request passed through it.";
        }

        public List<PluginOption<?>> options() {
            return List.of(WEIGHT);
        }

        public App wrap(App app, PluginContext context) {
            wraps.incrementAndGet();
            context.telemetry()
                    .publish("weight", Map.of("weight", context.options().get(WEIGHT)));
            return (scope, receive, send) -> {
                if (scope instanceof HttpScope) {
                    seen.add(id);
                }
                app.call(scope, receive, send);
            };
        }
    }

    private static final class Refusing implements Plugin {
        public String id() {
            return "refusing";
        }

        public String description() {
            return "Cannot wrap anything.";
        }

        public List<PluginOption<?>> options() {
            return List.of();
        }

        public App wrap(App app, PluginContext context) {
            throw new IllegalStateException("the folder it needs went away");
        }
    }

    /** The app answers with the plugins the request passed through, in order. */
    private App echoSeen() {
        return Apps.http((scope, receive, send) -> {
            receive.receive();
            Apps.respond(send, 200, String.join(",", seen));
        });
    }

    private String get(App app) throws Exception {
        try (RunningServer server = RunningServer.start(app);
                RawHttpClient client = server.connect()) {
            return client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read().bodyText();
        }
    }

    @Test
    void pluginsWrapInTheOrderGivenFirstListedOutermost() throws Exception {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"), new Marker("third"));
        PluginChain chain = host.wrap(
                echoSeen(),
                List.of(PluginRequest.of("third"), PluginRequest.of("first"), PluginRequest.of("second")),
                false);
        assertThat(chain.applied()).extracting(DiscoveredPlugin::id).containsExactly("third", "first", "second");
        assertThat(get(chain.app())).isEqualTo("third,first,second");
    }

    @Test
    void noPluginsAskedForServesTheAppItself() throws Exception {
        App app = echoSeen();
        PluginChain chain = PluginHost.of(new Marker("first")).wrap(app, List.of(), false);
        assertThat(chain.app()).isSameAs(app);
        assertThat(chain.applied()).isEmpty();
    }

    @Test
    void aMissingPluginStopsTheStartNamingItAndThePluginsThatExist() {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"));
        assertThatThrownBy(() ->
                        host.wrap(echoSeen(), List.of(PluginRequest.of("first"), PluginRequest.of("gzipp")), false))
                .isInstanceOf(PluginException.class)
                .hasMessage("""
                        Could not enable the plugins asked for:
                          plugin 'gzipp' was not found; the plugins found are first, second
                        Fix the plugin settings, or enable lenient plugin loading to start without these plugins.""");
        assertThat(wraps).hasValue(0);
    }

    @Test
    void badOptionValuesStopTheStartBeforeAnyPluginWrapsWithEveryProblemNamed() {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"));
        assertThatThrownBy(() -> host.wrap(
                        echoSeen(),
                        List.of(PluginRequest.of("first", "weight=12"), PluginRequest.of("second", "colour=red")),
                        false))
                .isInstanceOfSatisfying(
                        PluginException.class,
                        e -> assertThat(e.problems())
                                .containsExactly(
                                        new PluginProblem(
                                                "first",
                                                "plugin 'first', option 'weight': 12 is out of range; use a whole number from 1 to 9"),
                                        new PluginProblem(
                                                "second",
                                                "plugin 'second': there is no option 'colour'; its options are weight")));
        assertThat(wraps).hasValue(0);
    }

    @Test
    void checkReportsWhatTheStartWouldStopAtInItsWordsWithoutWrapping() {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"));
        List<PluginRequest> requests = List.of(PluginRequest.of("first", "weight=12"), PluginRequest.of("missing"));
        assertThat(host.check(requests))
                .extracting(PluginProblem::message)
                .containsExactly(
                        "plugin 'first', option 'weight': 12 is out of range; use a whole number from 1 to 9",
                        "plugin 'missing' was not found; the plugins found are first, second");
        assertThatThrownBy(() -> host.wrap(echoSeen(), requests, false))
                .isInstanceOfSatisfying(
                        PluginException.class, e -> assertThat(e.problems()).isEqualTo(host.check(requests)));
        assertThat(host.check(List.of(PluginRequest.of("first", "weight=3")))).isEmpty();
        assertThat(wraps).hasValue(0);
    }

    @Test
    void aPluginThatFailsToWrapStopsTheStartNamingIt() {
        PluginHost host = PluginHost.of(new Marker("first"), new Refusing());
        assertThatThrownBy(() ->
                        host.wrap(echoSeen(), List.of(PluginRequest.of("first"), PluginRequest.of("refusing")), false))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("plugin 'refusing' could not wrap the app: the folder it needs went away");
    }

    @Test
    void lenientLoadingLeavesOutEachBrokenPluginWithAWarningAndServesWithTheRest() throws Exception {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"), new Refusing());
        PluginChain chain;
        try (LogCapture log = LogCapture.of("wharf.error")) {
            chain = host.wrap(
                    echoSeen(),
                    List.of(
                            PluginRequest.of("first"),
                            PluginRequest.of("missing"),
                            PluginRequest.of("second", "weight=0"),
                            PluginRequest.of("refusing")),
                    true);
            assertThat(log.messages())
                    .filteredOn(m -> m.startsWith("Continuing without a plugin"))
                    .hasSize(3);
        }
        assertThat(chain.applied()).extracting(DiscoveredPlugin::id).containsExactly("first");
        assertThat(chain.problems())
                .extracting(PluginProblem::pluginId)
                .containsExactlyInAnyOrder("missing", "second", "refusing");
        assertThat(get(chain.app())).isEqualTo("first");
    }

    @Test
    void telemetryIsKeptUnderEachPluginsOwnId() throws Exception {
        PluginHost host = PluginHost.of(new Marker("first"), new Marker("second"));
        host.wrap(echoSeen(), List.of(PluginRequest.of("first", "weight=3"), PluginRequest.of("second")), false);
        assertThat(host.telemetry().all())
                .isEqualTo(Map.of("first.weight", Map.of("weight", 3), "second.weight", Map.of("weight", 1)));
    }
}
