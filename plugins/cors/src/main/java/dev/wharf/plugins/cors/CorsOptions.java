package dev.wharf.plugins.cors;

import dev.wharf.asgi.option.OptionCheck;
import dev.wharf.asgi.option.OptionHelp;
import dev.wharf.asgi.plugin.PluginOption;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** The cors plugin's options, with Starlette's names and defaults. */
final class CorsOptions {

    private static final Pattern ORIGIN = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*://[^/?#\\s]+");
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$%&'*+.^_`|~-]+");

    static final PluginOption<List<String>> ALLOW_ORIGINS = PluginOption.list(
                    "allow_origins",
                    List.of(),
                    OptionHelp.of(
                            "Origins whose pages may call the app: scheme, host and port, such as http://localhost:5173; * allows every origin.",
                            "When a front end served from another port or host (a Vite or React dev server) calls this app from the browser.",
                            "Writing a trailing slash or a path (http://localhost:5173/): an origin never has one, so it never matches."))
            .check(OptionCheck.eachItem(
                    o -> o.equals("*") || o.equals("null") || ORIGIN.matcher(o).matches(),
                    "origins like https://example.com or http://localhost:5173 (no path, no trailing '/'), or *"));

    static final PluginOption<String> ALLOW_ORIGIN_REGEX = PluginOption.string(
                    "allow_origin_regex",
                    "",
                    OptionHelp.of(
                            "A regular expression; origins it matches in full are allowed too, such as https://.*\\.example\\.com.",
                            "When the allowed origins are many or change, such as preview deployments on numbered subdomains.",
                            "Leaving dots unescaped: https://app.example.com also matches https://appXexample.com."))
            .check(CorsOptions::compiles, "a Java regular expression that compiles");

    static final PluginOption<List<String>> ALLOW_METHODS = PluginOption.list(
                    "allow_methods",
                    List.of("GET"),
                    OptionHelp.of(
                            "Methods a cross-origin request may use beyond what a browser sends without asking; * allows the usual ones.",
                            "As soon as the front end sends POST, PUT, PATCH or DELETE across origins: the browser asks first.",
                            "Keeping the default GET for an API the page posts to: the preflight fails with 400 'Disallowed CORS method'."))
            .check(OptionCheck.eachItem(
                    m -> m.equals("*") || TOKEN.matcher(m).matches(), "method names like POST, or *"));

    static final PluginOption<List<String>> ALLOW_HEADERS = PluginOption.list(
                    "allow_headers",
                    List.of(),
                    OptionHelp.of(
                            "Request headers a cross-origin request may send beyond the safelisted ones (Accept, Content-Type, ...); * allows any.",
                            "When the front end sends Authorization, X-Requested-With or a custom header.",
                            "Forgetting Authorization for a token-based API: every preflight fails with 400 'Disallowed CORS headers'."))
            .check(OptionCheck.eachItem(h -> TOKEN.matcher(h).matches(), "header names like Authorization, or *"));

    static final PluginOption<Boolean> ALLOW_CREDENTIALS = PluginOption.bool(
            "allow_credentials",
            false,
            OptionHelp.of(
                    "Whether cross-origin requests may carry cookies and HTTP authentication (Access-Control-Allow-Credentials).",
                    "When the front end calls fetch with credentials: 'include' and the app relies on a session cookie.",
                    "Turning it on with allow_origins=*: every site on the web may then act with the user's cookies; list origins instead."));

    static final PluginOption<List<String>> EXPOSE_HEADERS = PluginOption.list(
                    "expose_headers",
                    List.of(),
                    OptionHelp.of(
                            "Response headers the page's script may read beyond the safelisted ones (Access-Control-Expose-Headers).",
                            "When the front end reads a header such as X-Total-Count or Content-Disposition.",
                            "Expecting the header to be readable without this: the browser hides it, though the network panel shows it."))
            .check(OptionCheck.eachItem(h -> TOKEN.matcher(h).matches(), "header names like X-Total-Count"));

    static final PluginOption<Duration> MAX_AGE = PluginOption.seconds(
                    "max_age",
                    Duration.ofSeconds(600),
                    OptionHelp.of(
                            "How long a browser may cache a preflight answer (Access-Control-Max-Age), in whole seconds.",
                            "Long values save a round trip per call; short ones make changes to these options take effect sooner.",
                            "Expecting hours: browsers cap it (Chromium at 2 hours, Firefox at 24), so larger values change nothing."))
            .atLeast(0);

    static final List<PluginOption<?>> ALL = List.of(
            ALLOW_ORIGINS,
            ALLOW_ORIGIN_REGEX,
            ALLOW_METHODS,
            ALLOW_HEADERS,
            ALLOW_CREDENTIALS,
            EXPOSE_HEADERS,
            MAX_AGE);

    private CorsOptions() {}

    private static boolean compiles(String regex) {
        try {
            Pattern.compile(regex);
            return true;
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
