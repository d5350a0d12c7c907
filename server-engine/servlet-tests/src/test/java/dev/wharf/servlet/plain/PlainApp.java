package dev.wharf.servlet.plain;

import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.plain.app.CookieServlet;
import dev.wharf.servlet.plain.app.CounterServlet;
import dev.wharf.servlet.plain.app.DownloadServlet;
import dev.wharf.servlet.plain.app.EchoServlet;
import dev.wharf.servlet.plain.app.FlushingServlet;
import dev.wharf.servlet.plain.app.ForbiddenServlet;
import dev.wharf.servlet.plain.app.FormServlet;
import dev.wharf.servlet.plain.app.HitsServlet;
import dev.wharf.servlet.plain.app.RedirectServlet;
import dev.wharf.servlet.plain.app.StampFilter;
import dev.wharf.servlet.plain.app.UnsupportedServlet;
import dev.wharf.servlet.plain.app.UploadServlet;
import dev.wharf.servlet.testing.AppFolder;
import dev.wharf.servlet.testing.WharfServer;
import java.net.URLClassLoader;
import java.nio.file.Path;

/**
 * The plain servlet application of these tests (servlets and a filter declared by annotations only), in a
 * class folder of its own, served by one worker per {@link #serve} call.
 */
final class PlainApp {

    private PlainApp() {}

    static URLClassLoader loader(Path folder) {
        return AppFolder.in(folder)
                .with(
                        StampFilter.class,
                        EchoServlet.class,
                        FormServlet.class,
                        CookieServlet.class,
                        CounterServlet.class,
                        RedirectServlet.class,
                        ForbiddenServlet.class,
                        FlushingServlet.class,
                        HitsServlet.class,
                        UnsupportedServlet.class,
                        UploadServlet.class,
                        DownloadServlet.class)
                .loader();
    }

    /** A worker serving a new adapter instance (a worker of its own) of the app in {@code folder}. */
    static Served serve(Path folder, ServletSettings settings, String rootPath) throws Exception {
        URLClassLoader loader = loader(folder);
        ServletApp app = ServletApp.of(settings, loader);
        return new Served(app, WharfServer.start(app, loader, rootPath));
    }

    static Served serve(Path folder) throws Exception {
        return serve(folder, ServletSettings.defaults(), "");
    }

    record Served(ServletApp app, WharfServer server) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
        }
    }
}
