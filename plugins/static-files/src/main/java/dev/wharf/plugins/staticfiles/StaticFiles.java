package dev.wharf.plugins.staticfiles;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The app the static-files plugin puts in front of the user's: {@code GET} and {@code HEAD}
 * requests under the prefix are answered from the folder; everything else, and (by default) what
 * the folder does not have, goes to the wrapped app.
 *
 * <p>The prefix is matched against the raw path below {@code root_path}, so it means the same
 * behind a proxy that mounts the app at {@code /api}.
 */
final class StaticFiles implements App {

    /**
     * @param prefix          the path the folder is served under: {@code /static}, or {@code /}
     * @param indexHtml       whether a folder is answered with its {@code index.html}
     * @param answerNotFound  whether the plugin answers 404 itself instead of calling the app
     * @param cacheControl    the {@code Cache-Control} of served files, or empty for none
     */
    record Settings(SafePath folder, String prefix, boolean indexHtml, boolean answerNotFound, String cacheControl) {}

    private final App app;
    private final Settings settings;

    StaticFiles(App app, Settings settings) {
        this.app = app;
        this.settings = settings;
    }

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        if (!(scope instanceof HttpScope http)
                || !(http.method().equals("GET") || http.method().equals("HEAD"))) {
            app.call(scope, receive, send);
            return;
        }
        Optional<String> rest = belowPrefix(http);
        if (rest.isEmpty()) {
            app.call(scope, receive, send);
            return;
        }
        Optional<Path> found = settings.folder().resolve(rest.get());
        if (found.isPresent() && Files.isDirectory(found.get())) {
            Optional<Path> index = settings.indexHtml()
                    ? settings.folder().within(found.get().resolve("index.html"))
                    : Optional.empty();
            if (index.isPresent()
                    && Files.isRegularFile(index.get())
                    && !rest.get().endsWith("/")) {
                redirectToFolder(http, send);
                return;
            }
            found = index;
        }
        if (found.isPresent() && Files.isRegularFile(found.get())) {
            FileResponse.send(http, found.get(), settings.cacheControl(), send);
        } else if (settings.answerNotFound()) {
            send.send(new HttpResponseStart(404, List.of(Header.of("content-type", "text/plain; charset=utf-8"))));
            send.send(new HttpResponseBody(bytes("Not Found")));
        } else {
            app.call(scope, receive, send);
        }
    }

    /** The raw path below root_path and the prefix ({@code ""} for the prefix itself), or empty when it is not under the prefix. */
    private Optional<String> belowPrefix(HttpScope scope) {
        String raw = new String(scope.rawPath(), StandardCharsets.ISO_8859_1);
        if (!scope.rootPath().isEmpty() && raw.startsWith(scope.rootPath())) {
            raw = raw.substring(scope.rootPath().length());
        }
        String prefix = settings.prefix();
        if (prefix.equals("/")) {
            return Optional.of(raw);
        }
        if (raw.equals(prefix) || raw.startsWith(prefix + "/")) {
            return Optional.of(raw.substring(prefix.length()));
        }
        return Optional.empty();
    }

    /** A folder's page is served at its path with a trailing '/', so its relative links resolve inside it. */
    private static void redirectToFolder(HttpScope scope, Send send) throws Exception {
        String location = new String(scope.rawPath(), StandardCharsets.ISO_8859_1) + "/"
                + (scope.queryString().length == 0 ? "" : "?" + scope.queryStringText());
        send.send(new HttpResponseStart(307, List.of(Header.of("location", location))));
        send.send(new HttpResponseBody(new byte[0]));
    }
}
