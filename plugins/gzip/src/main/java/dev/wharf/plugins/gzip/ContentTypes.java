package dev.wharf.plugins.gzip;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The media types worth compressing, as patterns like {@code text/*} or {@code application/*+json}
 * where {@code *} stands for any run of characters within the part it is in.
 */
final class ContentTypes {

    static final List<String> DEFAULT = List.of(
            "text/*",
            "application/json",
            "application/*+json",
            "application/javascript",
            "application/xml",
            "application/*+xml",
            "image/svg+xml",
            "application/wasm");

    private static final Pattern PATTERN = Pattern.compile("[A-Za-z0-9*!#$&^_.+-]+/[A-Za-z0-9*!#$&^_.+-]+");

    private final List<Pattern> patterns;

    ContentTypes(List<String> patterns) {
        this.patterns = patterns.stream().map(ContentTypes::compile).toList();
    }

    static boolean isPattern(String text) {
        return PATTERN.matcher(text).matches();
    }

    /** Whether a {@code Content-Type} value (parameters allowed) is one of the types. */
    boolean matches(String contentType) {
        String mediaType = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return patterns.stream().anyMatch(pattern -> pattern.matcher(mediaType).matches());
    }

    private static Pattern compile(String pattern) {
        String[] literals = pattern.toLowerCase(Locale.ROOT).split("\\*", -1);
        StringBuilder regex = new StringBuilder(Pattern.quote(literals[0]));
        for (int i = 1; i < literals.length; i++) {
            regex.append("[^/]*").append(Pattern.quote(literals[i]));
        }
        return Pattern.compile(regex.toString());
    }
}
