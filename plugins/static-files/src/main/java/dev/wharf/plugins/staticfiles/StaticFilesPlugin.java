package dev.wharf.plugins.staticfiles;

import dev.wharf.asgi.App;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.OptionValues;
import dev.wharf.asgi.plugin.Plugin;
import dev.wharf.asgi.plugin.PluginContext;
import dev.wharf.asgi.plugin.PluginOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The {@code static-files} plugin: serves a folder under a path prefix, as Starlette's
 * {@code StaticFiles} mounted at that path does, with content types, {@code ETag} and
 * {@code Last-Modified} validators, {@code 304}s and {@code HEAD}; and never anything outside the
 * folder (see {@link SafePath}).
 */
public final class StaticFilesPlugin implements Plugin {

    private static final Pattern PREFIX = Pattern.compile("/|(/[^/?#\\s]+)+");

    static final PluginOption<String> DIRECTORY = PluginOption.string(
                    "directory",
                    "",
                    OptionHelp.of(
                            "The folder to serve; a relative path is resolved against the folder Wharf runs in.",
                            "Always: it is required. Point it at a front end's build output, such as frontend/dist.",
                            "Serving the project root: everything in it, sources and secrets included, becomes downloadable."))
            .required()
            .check(StaticFilesPlugin::isFolder, "an existing folder");

    static final PluginOption<String> PREFIX_OPTION = PluginOption.string(
                    "prefix",
                    "/static",
                    OptionHelp.of(
                            "The path the folder is served under: /static/app.js is the folder's app.js. / serves it at the root.",
                            "When the front end expects its assets elsewhere, such as /assets, or the whole site is static.",
                            "A trailing slash (/static/): write /static; requests to /static/... then match."))
            .check(
                    p -> PREFIX.matcher(p).matches(),
                    "a path like /static or /: starting with '/', without a trailing '/'");

    static final PluginOption<Boolean> INDEX_HTML = PluginOption.bool(
            "index_html",
            true,
            OptionHelp.of(
                    "Whether a request for a folder is answered with that folder's index.html.",
                    "For a site or single-page app whose pages live at /docs/ rather than /docs/index.html.",
                    "Linking to /docs without the slash: it redirects to /docs/, so relative links in the page work."));

    static final PluginOption<String> NOT_FOUND = PluginOption.choice(
            "not_found",
            "pass",
            List.of("pass", "404"),
            OptionHelp.of(
                    "What happens to a request under the prefix that the folder has no file for: pass it to the app, or answer 404.",
                    "When the app has routes under the same prefix (pass), or the prefix is the folder's alone (404).",
                    "Choosing pass with prefix / and expecting 404s: the app answers every missing file, with its own page."));

    static final PluginOption<String> CACHE_CONTROL = PluginOption.string(
                    "cache_control",
                    "no-cache",
                    OptionHelp.of(
                            "The Cache-Control header of served files; empty for none.",
                            "In development no-cache makes the browser check each file (a cheap 304 when unchanged), so edits show at once.",
                            "Setting max-age=31536000 for files whose names do not change with their content: browsers keep stale copies."))
            .check(v -> v.chars().noneMatch(c -> c < 0x20 || c == 0x7f), "a header value without control characters");

    @Override
    public String id() {
        return "static-files";
    }

    @Override
    public String description() {
        return "Serves a folder under a path prefix, with content types, ETag and Last-Modified, and 304 for current copies.";
    }

    @Override
    public List<PluginOption<?>> options() {
        return List.of(DIRECTORY, PREFIX_OPTION, INDEX_HTML, NOT_FOUND, CACHE_CONTROL);
    }

    @Override
    public App wrap(App app, PluginContext context) throws IOException {
        OptionValues options = context.options();
        SafePath folder = SafePath.of(Path.of(options.get(DIRECTORY)));
        return new StaticFiles(
                app,
                new StaticFiles.Settings(
                        folder,
                        options.get(PREFIX_OPTION),
                        options.get(INDEX_HTML),
                        options.get(NOT_FOUND).equals("404"),
                        options.get(CACHE_CONTROL).strip()));
    }

    private static boolean isFolder(String path) {
        try {
            return Files.isDirectory(Path.of(path));
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
