package dev.wharf.servlet.http;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Orders the locales of {@code Accept-Language} headers by their quality, best first. */
public final class AcceptLanguage {

    private AcceptLanguage() {}

    private record Ranked(Locale locale, double quality, int position) {}

    /** The locales asked for, best first; empty when there is none (the caller then uses its default). */
    public static List<Locale> parse(List<String> headerValues) {
        List<Ranked> ranked = new ArrayList<>();
        for (String header : headerValues) {
            for (String range : header.split(",")) {
                String[] parts = range.strip().split(";");
                String tag = parts[0].strip();
                if (tag.isEmpty() || tag.equals("*")) {
                    continue;
                }
                double quality = 1.0;
                for (int i = 1; i < parts.length; i++) {
                    String param = parts[i].strip();
                    if (param.startsWith("q=")) {
                        try {
                            quality = Double.parseDouble(param.substring(2));
                        } catch (NumberFormatException e) {
                            quality = 0;
                        }
                    }
                }
                if (quality > 0) {
                    ranked.add(new Ranked(Locale.forLanguageTag(tag), quality, ranked.size()));
                }
            }
        }
        ranked.sort(Comparator.comparingDouble(Ranked::quality).reversed().thenComparingInt(Ranked::position));
        return ranked.stream().map(Ranked::locale).toList();
    }
}
