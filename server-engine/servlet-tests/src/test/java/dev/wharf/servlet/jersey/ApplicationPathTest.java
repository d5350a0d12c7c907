package dev.wharf.servlet.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.jersey.shop.ItemResource;
import dev.wharf.servlet.jersey.shop.ShopApi;
import dev.wharf.servlet.testing.AppFolder;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A JAX-RS application deployed by its {@code @ApplicationPath} alone: Jersey's initializer does the rest. */
class ApplicationPathTest {

    @TempDir
    Path appDir;

    @Test
    void jerseysInitializerMapsTheApplicationAtItsPath() throws Exception {
        URLClassLoader loader =
                AppFolder.in(appDir).with(ShopApi.class, ItemResource.class).loader();
        ServletSettings settings = ServletSettings.builder()
                .contextInitParam("jersey.config.server.wadl.disableWadl", "true")
                .build();
        try (WharfServer server = WharfServer.start(ServletApp.of(settings, loader), loader)) {
            HttpResponse<String> items = Http.get(server.uri("/api/items"));
            HttpResponse<String> outside = Http.get(server.uri("/items"));

            assertThat(items.statusCode()).isEqualTo(200);
            assertThat(items.body()).contains("\"name\":\"rope\"").contains("\"price\":90");
            assertThat(outside.statusCode()).isEqualTo(404);
        }
    }
}
