package dev.wharf.plugins;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.testing.Apps;
import dev.wharf.testing.PluginJar;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.ShoutPlugin;
import java.net.URLClassLoader;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Third-party plugin jars dropped in the plugins folder, built by the test as a plugin author would. */
class PluginFolderTest {

    private static final String SHOUT = ShoutPlugin.SOURCE;

    private static final String FAILING = """
            package com.example.failing;

            public final class FailingPlugin extends com.example.failing.Base {
                public FailingPlugin() { throw new IllegalStateException("no licence key"); }
            }
            """;

    private static final String FAILING_BASE = """
            package com.example.failing;

            import dev.wharf.asgi.App;
            import dev.wharf.asgi.plugin.*;
            import java.util.List;

            public abstract class Base implements Plugin {
                public String id() { return "failing"; }
                public String description() { return "Never loads."; }
                public List<PluginOption<?>> options() { return List.of(); }
                public App wrap(App app, PluginContext context) { return app; }
            }
            """;

    @TempDir
    Path plugins;

    private Path shoutJar() throws Exception {
        return PluginJar.build(
                plugins,
                "shout-plugin.jar",
                "1.2.3",
                Map.of("com.example.shout.ShoutPlugin", SHOUT),
                List.of("com.example.shout.ShoutPlugin"));
    }

    @Test
    void aPluginJarInThePluginsFolderIsDiscoveredAndWrapsTheAppItServes() throws Exception {
        shoutJar();
        ClassLoader appLoader = getClass().getClassLoader();
        try (PluginHost host = PluginHost.discover(plugins, appLoader)) {
            DiscoveredPlugin shout = host.find("shout").orElseThrow();
            assertThat(shout.source()).isEqualTo("shout-plugin.jar");
            assertThat(shout.plugin().version()).isEqualTo("1.2.3");
            assertThat(shout.plugin().getClass().getClassLoader())
                    .isInstanceOf(URLClassLoader.class)
                    .extracting(ClassLoader::getParent)
                    .isSameAs(appLoader);
            assertThat(host.discoveryProblems()).isEmpty();

            PluginChain chain =
                    host.wrap(Apps.text("hello"), List.of(PluginRequest.of("shout", "value=from-a-jar")), false);
            try (RunningServer server = RunningServer.start(chain.app());
                    RawHttpClient client = server.connect()) {
                RawResponse response =
                        client.send("GET / HTTP/1.1\r\nHost: x\r\n\r\n").read();
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.header("x-shout")).contains("from-a-jar");
                assertThat(response.bodyText()).isEqualTo("hello");
            }
            assertThat(host.telemetry().latest("shout.wrapped")).contains(Map.of("value", "from-a-jar"));
        }
    }

    @Test
    void eachJarHasItsOwnClassLoaderSoPluginsDoNotSeeEachOther() throws Exception {
        shoutJar();
        PluginJar.build(
                plugins,
                "other.jar",
                "1.0",
                Map.of(
                        "com.example.other.Other",
                        SHOUT.replace("com.example.shout", "com.example.other")
                                .replace("ShoutPlugin", "Other")
                                .replace("\"shout\"", "\"other\"")),
                List.of("com.example.other.Other"));
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            ClassLoader shout =
                    host.find("shout").orElseThrow().plugin().getClass().getClassLoader();
            ClassLoader other =
                    host.find("other").orElseThrow().plugin().getClass().getClassLoader();
            assertThat(shout).isNotSameAs(other);
            assertThatThrownBy(() -> other.loadClass("com.example.shout.ShoutPlugin"))
                    .isInstanceOf(ClassNotFoundException.class);
        }
    }

    @Test
    void aJarThatFailsToLoadIsReportedByNameAndTheOthersStillLoad() throws Exception {
        shoutJar();
        PluginJar.build(
                plugins,
                "failing.jar",
                "1.0",
                Map.of("com.example.failing.FailingPlugin", FAILING, "com.example.failing.Base", FAILING_BASE),
                List.of("com.example.failing.FailingPlugin", "com.example.failing.Missing"));
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            assertThat(host.find("shout")).isPresent();
            assertThat(host.discoveryProblems())
                    .extracting(PluginProblem::message)
                    .satisfiesExactlyInAnyOrder(
                            m -> assertThat(m)
                                    .startsWith("failing.jar: a plugin could not be loaded:")
                                    .contains(
                                            "com.example.failing.FailingPlugin could not be instantiated",
                                            "no licence key"),
                            m -> assertThat(m)
                                    .startsWith("failing.jar: a plugin could not be loaded:")
                                    .contains("com.example.failing.Missing not found"));

            assertThatThrownBy(() -> host.wrap(Apps.text("hello"), List.of(PluginRequest.of("failing")), false))
                    .isInstanceOf(PluginException.class)
                    .hasMessageContaining("plugin 'failing' was not found; the plugins found are shout. "
                            + "Problems while looking for plugins: failing.jar: a plugin could not be loaded")
                    .hasMessageContaining("no licence key");
        }
    }

    @Test
    void aJarWithoutAServicesEntryIsReportedAsHoldingNoPlugin() throws Exception {
        PluginJar.build(
                plugins,
                "empty.jar",
                "1.0",
                Map.of("com.example.Nothing", "package com.example; class Nothing {}"),
                List.of());
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            assertThat(host.discoveryProblems())
                    .extracting(PluginProblem::message)
                    .containsExactly(
                            "empty.jar in the plugins folder holds no plugin: it needs a META-INF/services/dev.wharf.asgi.plugin.Plugin "
                                    + "entry naming its Plugin class.");
        }
    }

    @Test
    void aPluginsFolderThatDoesNotExistIsReported() throws Exception {
        Path missing = plugins.resolve("nope");
        try (PluginHost host = PluginHost.discover(missing, getClass().getClassLoader())) {
            assertThat(host.discoveryProblems())
                    .extracting(PluginProblem::message)
                    .singleElement()
                    .asString()
                    .startsWith("The plugins folder " + missing + " does not exist");
        }
        assertThat(Files.exists(missing)).isFalse();
    }

    @Test
    void aWorldWritablePluginsFolderIsRefusedWithoutLoadingItsJars() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        shoutJar();
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxrwx"));
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            assertThat(host.find("shout")).isEmpty();
            assertThat(host.discoveryProblems())
                    .extracting(PluginProblem::message)
                    .containsExactly("The plugins folder " + plugins + " is world-writable (rwxrwxrwx): other users "
                            + "could put a jar there whose code Wharf would run, so no plugin is loaded from it. "
                            + "Make it writable by you alone: chmod go-w " + plugins);
            assertThatThrownBy(() -> host.wrap(Apps.text("hello"), List.of(PluginRequest.of("shout")), false))
                    .isInstanceOf(PluginException.class)
                    .hasMessageContaining("plugin 'shout' was not found")
                    .hasMessageContaining("chmod go-w " + plugins);
        }
    }

    @Test
    void aGroupWritablePluginsFolderIsRefusedAndOneWritableByItsOwnerAloneIsRead() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        shoutJar();
        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxrwxr-x"));
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            assertThat(host.find("shout")).isEmpty();
            assertThat(host.discoveryProblems())
                    .extracting(PluginProblem::message)
                    .singleElement()
                    .asString()
                    .contains("is group-writable (rwxrwxr-x)")
                    .endsWith("chmod go-w " + plugins);
        }

        Files.setPosixFilePermissions(plugins, PosixFilePermissions.fromString("rwxr-xr-x"));
        try (PluginHost host = PluginHost.discover(plugins, getClass().getClassLoader())) {
            assertThat(host.find("shout")).isPresent();
            assertThat(host.discoveryProblems()).isEmpty();
        }
    }

    @Test
    void theCommandThatMakesTheFolderSafeCanBePastedIntoAShell() throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path spaced = Files.createDirectory(plugins.resolve("team's plugins"));
        Files.setPosixFilePermissions(spaced, PosixFilePermissions.fromString("rwxrwxrwx"));

        assertThat(PluginDiscovery.writableByOthers(spaced))
                .endsWith("chmod go-w '" + plugins + "/team'\\''s plugins'");
    }
}
