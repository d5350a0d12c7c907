package dev.wharf.servlet.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.lifecycle.app.AddedListener;
import dev.wharf.servlet.lifecycle.app.AddedServlet;
import dev.wharf.servlet.lifecycle.app.AuditInitializer;
import dev.wharf.servlet.lifecycle.app.Audited;
import dev.wharf.servlet.lifecycle.app.AuditedService;
import dev.wharf.servlet.lifecycle.app.BaseGreeter;
import dev.wharf.servlet.lifecycle.app.BrokenServlet;
import dev.wharf.servlet.lifecycle.app.EnglishGreeter;
import dev.wharf.servlet.lifecycle.app.Greeter;
import dev.wharf.servlet.lifecycle.app.LifecycleLog;
import dev.wharf.servlet.lifecycle.app.OrderFilter;
import dev.wharf.servlet.lifecycle.app.OrderListener;
import dev.wharf.servlet.lifecycle.app.OrderServlet;
import dev.wharf.servlet.lifecycle.app.PrimaryServlet;
import dev.wharf.servlet.testing.AppFolder;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import jakarta.servlet.ServletContainerInitializer;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The servlet application's lifecycle runs in the worker's ASGI lifespan. */
class LifespanTest {

    @TempDir
    Path appDir;

    @BeforeEach
    void clearLog() {
        LifecycleLog.EVENTS.clear();
    }

    private URLClassLoader lifecycleApp() {
        return AppFolder.in(appDir)
                .with(
                        OrderListener.class,
                        OrderFilter.class,
                        OrderServlet.class,
                        AuditInitializer.class,
                        Audited.class,
                        AuditedService.class,
                        Greeter.class,
                        BaseGreeter.class,
                        EnglishGreeter.class,
                        AddedListener.class,
                        AddedServlet.class,
                        PrimaryServlet.class)
                .service(ServletContainerInitializer.class, AuditInitializer.class)
                .loader();
    }

    private static ServletSettings primarySettings() {
        return ServletSettings.builder()
                .servletName("primary")
                .servletMappings("/primary")
                .servletInitParam("greeting=hi")
                .contextInitParam("mode", "test")
                .build();
    }

    @Test
    void startupRunsInitializersListenersFiltersThenServletsAndShutdownUndoesItInReverse() throws Exception {
        URLClassLoader loader = lifecycleApp();
        WharfServer server = WharfServer.start(ServletApp.of(new PrimaryServlet(), primarySettings(), loader), loader);
        List<String> atStartup = List.copyOf(LifecycleLog.EVENTS);
        LifecycleLog.EVENTS.clear();

        assertThat(server.stop()).isTrue();

        assertThat(atStartup)
                .containsExactly(
                        "initializer.onStartup [AuditedService, BaseGreeter, EnglishGreeter]",
                        "listener.contextInitialized",
                        "addedListener.contextInitialized",
                        "filter.init",
                        "primaryServlet.init",
                        "orderServlet.init colour=blue",
                        "addedServlet.init");
        assertThat(LifecycleLog.EVENTS)
                .containsExactly(
                        "addedServlet.destroy",
                        "orderServlet.destroy",
                        "primaryServlet.destroy",
                        "filter.destroy",
                        "addedListener.contextDestroyed",
                        "listener.contextDestroyed");
    }

    @Test
    void contextAttributesAreTheWorkersAppState() throws Exception {
        URLClassLoader loader = lifecycleApp();
        try (WharfServer server =
                WharfServer.start(ServletApp.of(new PrimaryServlet(), primarySettings(), loader), loader)) {
            assertThat(server.appState())
                    .containsEntry("greeting", "hello from contextInitialized")
                    .doesNotContainKey("temporary");

            Http.get(server.uri("/order"));

            assertThat(server.appState()).containsEntry("lastVisit", "order");
        }
    }

    @Test
    void initParamsFromTheSettingsReachTheServletAndTheContext() throws Exception {
        URLClassLoader loader = lifecycleApp();
        try (WharfServer server =
                WharfServer.start(ServletApp.of(new PrimaryServlet(), primarySettings(), loader), loader)) {
            assertThat(Http.get(server.uri("/primary")).body()).isEqualTo("servlet=hi context=test name=primary");
            assertThat(Http.get(server.uri("/added")).body()).isEqualTo("added");
        }
    }

    @Test
    void servletWhoseInitThrowsFailsStartupWithItsStackTrace() throws Exception {
        URLClassLoader loader = AppFolder.in(appDir).with(OrderListener.class).loader();

        String failure = WharfServer.startupFailure(
                ServletApp.of(new BrokenServlet(), ServletSettings.defaults(), loader), loader);

        assertThat(failure)
                .startsWith("Servlet application startup failed: jakarta.servlet.ServletException: the database is not"
                        + " there")
                .contains("at " + BrokenServlet.class.getName() + ".init(BrokenServlet.java:");
        assertThat(LifecycleLog.EVENTS)
                .as("what had started is stopped again")
                .containsExactly("listener.contextInitialized", "listener.contextDestroyed");
    }

    @Test
    void withoutLifespanTheFirstRequestStartsTheApplication() throws Exception {
        URLClassLoader loader = lifecycleApp();
        ServletApp app = ServletApp.of(new PrimaryServlet(), primarySettings(), loader);
        try (WharfServer server = WharfServer.startWithoutLifespan(app, loader)) {
            assertThat(LifecycleLog.EVENTS).isEmpty();

            assertThat(Http.get(server.uri("/primary")).body()).isEqualTo("servlet=hi context=test name=primary");
            assertThat(LifecycleLog.EVENTS).contains("listener.contextInitialized", "primaryServlet.init");
            assertThat(app.servletContext().getAttribute("greeting")).isEqualTo("hello from contextInitialized");
        }
    }
}
