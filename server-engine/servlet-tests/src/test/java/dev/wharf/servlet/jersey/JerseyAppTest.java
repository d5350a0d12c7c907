package dev.wharf.servlet.jersey;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.servlet.ServletApp;
import dev.wharf.servlet.config.ServletSettings;
import dev.wharf.servlet.jersey.api.Greeting;
import dev.wharf.servlet.jersey.api.GreetingApi;
import dev.wharf.servlet.jersey.api.GreetingProblem;
import dev.wharf.servlet.jersey.api.GreetingProblemMapper;
import dev.wharf.servlet.jersey.api.GreetingResource;
import dev.wharf.servlet.testing.AppFolder;
import dev.wharf.servlet.testing.Http;
import dev.wharf.servlet.testing.WharfServer;
import java.net.URLClassLoader;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.glassfish.jersey.servlet.ServletContainer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Jersey 4 application, unchanged, behind the servlet adapter and a real Wharf worker. */
class JerseyAppTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path appDir;

    static WharfServer server;

    @BeforeAll
    static void start() throws Exception {
        URLClassLoader loader = AppFolder.in(appDir)
                .with(
                        GreetingApi.class,
                        GreetingResource.class,
                        Greeting.class,
                        GreetingProblem.class,
                        GreetingProblemMapper.class)
                .loader();
        ServletSettings settings = ServletSettings.builder()
                .servletInitParam("jakarta.ws.rs.Application=" + GreetingApi.class.getName())
                // No JAXB here, so WADL would only log that it is off.
                .servletInitParam("jersey.config.server.wadl.disableWadl", "true")
                .build();
        server = WharfServer.start(ServletApp.of(new ServletContainer(), settings, loader), loader);
    }

    @AfterAll
    static void stop() throws Exception {
        assertThat(server.stop()).as("clean lifespan shutdown").isTrue();
    }

    @Test
    void getWithPathAndQueryParametersAnswersJson() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/greetings/ada?punctuation=%21"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("message").asText()).isEqualTo("Hello, ada!");
    }

    @Test
    void postOfJsonIsReadAndAnsweredWithCreatedAndAnAbsoluteLocation() throws Exception {
        HttpResponse<String> response = Http.send(Http.request(server.uri("/greetings"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"grace\"}"))
                .build());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.headers().firstValue("location"))
                .hasValue("http://127.0.0.1:" + server.port() + "/greetings/grace");
        assertThat(JSON.readTree(response.body()).get("message").asText()).isEqualTo("Welcome, grace!");
    }

    @Test
    void unknownPathIsJerseys404() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/nothing/here"));

        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void wrongMethodIsJerseys405WithAllow() throws Exception {
        HttpResponse<String> response =
                Http.send(Http.request(server.uri("/greetings/ada")).DELETE().build());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("allow").orElse("")).contains("GET");
    }

    @Test
    void exceptionMapperFoundByTheScanTurnsTheExceptionIntoItsResponse() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/greetings/voldemort"));

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("error").asText()).isEqualTo("We do not say that name");
    }

    @Test
    void servletPathsSeenByJerseyAreThoseOfASlashStarMapping() throws Exception {
        HttpResponse<String> response = Http.get(server.uri("/greetings/where"));

        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("contextPath").asText()).isEmpty();
        assertThat(body.get("servletPath").asText()).isEmpty();
        assertThat(body.get("pathInfo").asText()).isEqualTo("/greetings/where");
        assertThat(body.get("requestUri").asText()).isEqualTo("/greetings/where");
        assertThat(body.get("baseUri").asText()).isEqualTo("http://127.0.0.1:" + server.port() + "/");
    }
}
