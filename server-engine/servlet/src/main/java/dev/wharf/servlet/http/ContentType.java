package dev.wharf.servlet.http;

import java.util.Locale;

/**
 * A {@code Content-Type} value split into its media type (with any parameters but the charset) and its
 * charset, as the servlet API handles the two apart.
 *
 * @param mediaType the type without the charset parameter, {@code text/html}
 * @param charset   the charset parameter, or {@code null}
 */
public record ContentType(String mediaType, String charset) {

    public static ContentType parse(String value) {
        if (value == null) {
            return new ContentType(null, null);
        }
        StringBuilder type = new StringBuilder();
        String charset = null;
        for (String part : value.split(";")) {
            String param = part.strip();
            if (param.regionMatches(true, 0, "charset=", 0, 8)) {
                charset = param.substring(8).replace("\"", "").strip();
            } else if (!param.isEmpty()) {
                if (!type.isEmpty()) {
                    type.append(';');
                }
                type.append(param);
            }
        }
        return new ContentType(type.toString(), charset);
    }

    /** Whether the media type is this one, ignoring case and parameters. */
    public boolean is(String other) {
        if (mediaType == null) {
            return false;
        }
        int semicolon = mediaType.indexOf(';');
        String bare = semicolon < 0 ? mediaType : mediaType.substring(0, semicolon);
        return bare.strip().toLowerCase(Locale.ROOT).equals(other);
    }
}
