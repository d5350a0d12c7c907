package dev.wharf.plugins.livereload;

import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.plugin.HeaderLists;
import java.util.Locale;

/**
 * Which responses are pages the script goes into, and where in them: an HTML body the app sent as
 * it is (not encoded, not a range), in a charset that extends ASCII, since the script is ASCII. The
 * script goes before {@code </body>}, or at the end of a page that has none, where browsers run it
 * all the same.
 */
final class HtmlPages {

    private static final byte[] BODY_END = {'<', '/', 'b', 'o', 'd', 'y'};

    private HtmlPages() {}

    /** Whether the response this starts is a page to put the script in. */
    static boolean injectable(HttpResponseStart start) {
        int status = start.status();
        if (status < 200 || status == 204 || status == 304 || status == 206) {
            return false;
        }
        String encoding = HeaderLists.first(start.headers(), "content-encoding")
                .orElse("identity")
                .strip()
                .toLowerCase(Locale.ROOT);
        if (!encoding.equals("identity")
                || HeaderLists.first(start.headers(), "content-range").isPresent()) {
            return false;
        }
        String[] type = HeaderLists.first(start.headers(), "content-type")
                .orElse("")
                .toLowerCase(Locale.ROOT)
                .split(";");
        if (!type[0].strip().equals("text/html")) {
            return false;
        }
        for (int i = 1; i < type.length; i++) {
            String parameter = type[i].strip();
            if (parameter.startsWith("charset=")) {
                String charset = parameter.substring("charset=".length()).replace("\"", "");
                return !(charset.startsWith("utf-16") || charset.startsWith("utf-32") || charset.startsWith("ucs"));
            }
        }
        return true;
    }

    /** Where the last {@code </body} starts (ASCII case ignored), or -1. */
    static int lastBodyEnd(byte[] page) {
        for (int at = page.length - BODY_END.length; at >= 0; at--) {
            if (bodyEndAt(page, at)) {
                return at;
            }
        }
        return -1;
    }

    /** Where the first {@code </body} starts (ASCII case ignored), or -1. */
    static int firstBodyEnd(byte[] page) {
        for (int at = 0; at <= page.length - BODY_END.length; at++) {
            if (bodyEndAt(page, at)) {
                return at;
            }
        }
        return -1;
    }

    /** How many bytes at the end of a piece could begin a {@code </body} that the next piece completes. */
    static int keepBack() {
        return BODY_END.length - 1;
    }

    /** {@code script} inserted into {@code page} at {@code at}. */
    static byte[] insert(byte[] page, int at, byte[] script) {
        byte[] result = new byte[page.length + script.length];
        System.arraycopy(page, 0, result, 0, at);
        System.arraycopy(script, 0, result, at, script.length);
        System.arraycopy(page, at, result, at + script.length, page.length - at);
        return result;
    }

    private static boolean bodyEndAt(byte[] page, int at) {
        for (int i = 0; i < BODY_END.length; i++) {
            byte b = page[at + i];
            if (b >= 'A' && b <= 'Z') {
                b = (byte) (b + ('a' - 'A'));
            }
            if (b != BODY_END[i]) {
                return false;
            }
        }
        return true;
    }
}
