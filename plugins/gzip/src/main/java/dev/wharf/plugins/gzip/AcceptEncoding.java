package dev.wharf.plugins.gzip;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpScope;
import java.util.Locale;

/**
 * Whether a request's {@code Accept-Encoding} (RFC 9110, 12.5.3) allows a gzip body: {@code gzip}
 * (or the old {@code x-gzip}) with a non-zero weight, or else {@code *} with one.
 */
final class AcceptEncoding {

    private AcceptEncoding() {}

    static boolean allowsGzip(HttpScope scope) {
        Boolean gzip = null;
        boolean any = false;
        for (Header header : scope.headers()) {
            if (!header.nameIs("accept-encoding")) {
                continue;
            }
            for (String item : header.valueText().split(",")) {
                String[] parts = item.split(";");
                String coding = parts[0].strip().toLowerCase(Locale.ROOT);
                boolean allowed = weight(parts) > 0;
                if (coding.equals("gzip") || coding.equals("x-gzip")) {
                    gzip = gzip == null ? allowed : gzip || allowed;
                } else if (coding.equals("*")) {
                    any |= allowed;
                }
            }
        }
        return gzip != null ? gzip : any;
    }

    /** The {@code q} parameter, 1 when absent; a malformed one counts as 0, refusing rather than guessing. */
    private static double weight(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (parameter.length() > 2 && (parameter.startsWith("q=") || parameter.startsWith("Q="))) {
                try {
                    return Double.parseDouble(parameter.substring(2).strip());
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
