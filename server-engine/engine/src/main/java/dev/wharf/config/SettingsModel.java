package dev.wharf.config;

import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.catalog.LimitOptions;
import dev.wharf.config.catalog.LoggingOptions;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.ReloadOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.catalog.TimeoutOptions;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every setting of Wharf, in the order the docs, the CLI's help and the GUI form show them. The
 * settings themselves are defined per section in {@code dev.wharf.config.catalog}.
 */
public final class SettingsModel {

    private static final List<Setting<?>> ALL;
    private static final Map<String, Setting<?>> BY_KEY = new LinkedHashMap<>();

    static {
        List<Setting<?>> all = new ArrayList<>();
        all.addAll(AppOptions.all());
        all.addAll(ServerOptions.all());
        all.addAll(TlsOptions.all());
        all.addAll(WorkerOptions.all());
        all.addAll(DatabaseOptions.all());
        all.addAll(ReloadOptions.all());
        all.addAll(TimeoutOptions.all());
        all.addAll(ProxyOptions.all());
        all.addAll(LimitOptions.all());
        all.addAll(WebSocketOptions.all());
        all.addAll(LoggingOptions.all());
        all.addAll(PluginOptions.all());
        for (Setting<?> setting : all) {
            if (BY_KEY.put(setting.key(), setting) != null) {
                throw new IllegalStateException("two settings named " + setting.key());
            }
        }
        ALL = Collections.unmodifiableList(all);
    }

    private SettingsModel() {}

    public static List<Setting<?>> all() {
        return ALL;
    }

    public static List<Setting<?>> in(Section section) {
        return ALL.stream().filter(s -> s.section() == section).toList();
    }

    /** The setting a profile file names {@code key}. */
    public static Optional<Setting<?>> byKey(String key) {
        return Optional.ofNullable(BY_KEY.get(key));
    }

    /** The known key closest to a misspelt one, for "did you mean …?". */
    public static Optional<String> closestKey(String key) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String wanted = key.toLowerCase(Locale.ROOT).replace('-', '_');
        for (String candidate : BY_KEY.keySet()) {
            int d = distance(wanted, candidate);
            if (d < bestDistance) {
                bestDistance = d;
                best = candidate;
            }
        }
        return bestDistance <= Math.max(2, wanted.length() / 3) ? Optional.ofNullable(best) : Optional.empty();
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
