package dev.wharf.servlet.unsupported;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.plain.app.UnsupportedServlet;
import dev.wharf.servlet.testing.AppFolder;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import dev.wharf.servlet.unsupported.app.JspInitializer;
import jakarta.servlet.ServletContainerInitializer;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the adapter does not support fails loudly and names the feature, never silently. */
class UnsupportedFeatureTest {

    @TempDir
    Path appDir;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            /unsupported/async     | Wharf's servlet adapter does not support startAsync (asynchronous servlets).
            /unsupported/multipart | Wharf's servlet adapter does not support multipart requests (getParts).
            /unsupported/upgrade   | Wharf's servlet adapter does not support HTTP upgrade (upgrade).
            """, quoteCharacter = '"')
    void requestFeaturesOfAFullContainerFailWithAnExceptionNamingThem(String path, String message) throws Exception {
        URLClassLoader loader =
                AppFolder.in(appDir).with(UnsupportedServlet.class).loader();
        try (WharfServer server = WharfServer.start(ServletApp.of(ServletSettings.defaults(), loader), loader)) {
            assertThat(Http.get(server.uri(path)).body()).startsWith(message);
        }
    }

    @Test
    void forwardLeftUncaughtIsAServerErrorNotASilentEmptyPage() throws Exception {
        URLClassLoader loader =
                AppFolder.in(appDir).with(UnsupportedServlet.class).loader();
        try (WharfServer server = WharfServer.start(ServletApp.of(ServletSettings.defaults(), loader), loader)) {
            HttpResponse<String> response = Http.get(server.uri("/unsupported/forward"));

            assertThat(response.statusCode()).isEqualTo(500);
        }
    }

    @Test
    void jspRegisteredAtStartupFailsTheStartupNamingJsp() throws Exception {
        URLClassLoader loader = AppFolder.in(appDir)
                .with(JspInitializer.class)
                .service(ServletContainerInitializer.class, JspInitializer.class)
                .loader();

        String failure = WharfServer.startupFailure(ServletApp.of(ServletSettings.defaults(), loader), loader);

        assertThat(failure).contains("Wharf's servlet adapter does not support JSP (addJspFile '/index.jsp')");
    }
}
