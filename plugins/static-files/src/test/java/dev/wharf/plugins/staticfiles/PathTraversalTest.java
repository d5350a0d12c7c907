package dev.wharf.plugins.staticfiles;

import static dev.wharf.testing.Apps.http;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.asgi.App;
import dev.wharf.testing.Apps;
import dev.wharf.testing.Plugins;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Requests that try to read outside the served folder. A secret file sits right beside the folder;
 * no request may ever see its contents. The plugin answers 404 itself here, so a refusal is a 404
 * from the plugin, never the app's answer.
 */
class PathTraversalTest {

    private static final String SECRET = "TOP SECRET: the database password";

    @TempDir
    static Path tmp;

    static Path site;
    static RunningServer server;

    @BeforeAll
    static void aSiteWithASecretBesideIt() throws Exception {
        site = Files.createDirectory(tmp.resolve("site"));
        Files.writeString(site.resolve("app.js"), "console.log('hi')");
        Files.createDirectory(site.resolve("docs"));
        Files.writeString(tmp.resolve("secret.txt"), SECRET);
        Files.createDirectory(tmp.resolve("private"));
        Files.writeString(tmp.resolve("private").resolve("secret.txt"), SECRET);
        App app = http((scope, receive, send) -> {
            receive.receive();
            Apps.respond(send, 200, "app: " + scope.path());
        });
        server = RunningServer.start(Plugins.wrap(new StaticFilesPlugin(), app, "directory=" + site, "not_found=404"));
    }

    @AfterAll
    static void stop() throws Exception {
        server.close();
    }

    private RawResponse get(String target) throws IOException {
        try (RawHttpClient client = RawHttpClient.connect(server.port())) {
            byte[] request = ("GET " + target + " HTTP/1.1\r\nHost: x\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
            return client.send(request).read();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/static/../secret.txt",
                "/static/docs/../../secret.txt",
                "/static/%2e%2e/secret.txt",
                "/static/%2E%2E/secret.txt",
                "/static/.%2e/secret.txt",
                "/static/..%2fsecret.txt",
                "/static/%2e%2e%2fsecret.txt",
                "/static/docs%2f..%2f..%2fsecret.txt",
                "/static/..%5csecret.txt",
                "/static/..\\secret.txt",
                "/static/%252e%252e/secret.txt",
                "/static/%c0%ae%c0%ae/secret.txt",
                "/static/../private/secret.txt",
                "/static/%2e%2e/private/secret.txt",
                "/static/app.js%00.txt",
                "/static/app.js%00",
                "/static/C:%5csecret.txt",
                "/static/%",
                "/static/%zz"
            })
    void traversalAttemptsAreAnswered404AndNeverReachTheSecret(String target) throws IOException {
        RawResponse response = get(target);
        assertThat(response.status()).as(target).isEqualTo(404);
        assertThat(response.bodyText()).as(target).doesNotContain("TOP SECRET");
    }

    /** The secret's own absolute path, as it is, after a second slash and encoded; and the system's password file. */
    static List<String> absoluteTargets() {
        String absolute = tmp.resolve("secret.txt").toAbsolutePath().toString();
        return List.of(
                "/static/" + absolute,
                "/static//" + absolute,
                "/static/" + URLEncoder.encode(absolute, StandardCharsets.UTF_8),
                "/static//etc/passwd",
                "/static/%2fetc%2fpasswd");
    }

    @ParameterizedTest
    @MethodSource("absoluteTargets")
    void absolutePathsAreReadInsideTheFolderNeverFromTheFileSystemRoot(String target) throws IOException {
        RawResponse response = get(target);
        assertThat(response.status()).as(target).isEqualTo(404);
        assertThat(response.bodyText()).as(target).doesNotContain("TOP SECRET").doesNotContain("root:");
    }

    @Test
    void aNulByteInTheRequestLineNeverReadsAFile() throws IOException {
        RawResponse response = get("/static/app.js\0.txt");
        assertThat(response.status()).isIn(400, 404);
        assertThat(response.bodyText()).doesNotContain("console.log");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/static/leak.txt",
                "/static/private/secret.txt",
                "/static/up/secret.txt",
                "/static/up/private/secret.txt"
            })
    void symbolicLinksLeadingOutOfTheFolderServeNothing(String target) throws IOException {
        assumeTrue(link(site.resolve("leak.txt"), tmp.resolve("secret.txt")), "this file system has no symbolic links");
        link(site.resolve("private"), tmp.resolve("private"));
        link(site.resolve("up"), tmp);
        RawResponse response = get(target);
        assertThat(response.status()).as(target).isEqualTo(404);
        assertThat(response.bodyText()).as(target).doesNotContain("TOP SECRET");
    }

    @Test
    void symbolicLinksWithinTheFolderAreFollowed() throws IOException {
        assumeTrue(link(site.resolve("latest.js"), site.resolve("app.js")), "this file system has no symbolic links");
        RawResponse response = get("/static/latest.js");
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.bodyText()).isEqualTo("console.log('hi')");
    }

    @Test
    void plainRequestsStillWork() throws IOException {
        assertThat(get("/static/app.js").bodyText()).isEqualTo("console.log('hi')");
        assertThat(get("/static/./app.js").status()).isEqualTo(404);
        assertThat(get("/static//app.js").bodyText()).isEqualTo("console.log('hi')");
    }

    /** Makes the link, or finds it made by an earlier case; false where the file system has no links. */
    private static boolean link(Path link, Path target) {
        if (Files.isSymbolicLink(link)) {
            return true;
        }
        try {
            Files.createSymbolicLink(link, target);
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }
}
