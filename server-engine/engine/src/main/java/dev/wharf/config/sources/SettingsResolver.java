package dev.wharf.config.sources;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.asgi.option.ListType;
import dev.wharf.config.Settings;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.catalog.DatabaseOptions;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.setting.SettingProblem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Puts the sources of settings together with Uvicorn's precedence: a command-line flag beats an
 * environment variable, which beats the profile file, which beats the default. Every value is
 * checked by its setting's type, and every refused one is reported, not just the first, each with
 * where it came from.
 */
public final class SettingsResolver {

    /** The source a flag's refused value is reported from. */
    private static final String COMMAND_LINE = "command line";

    private SettingsResolver() {}

    /**
     * @param commandLine  the flags given, per setting: one item per occurrence (booleans as true/false)
     * @param environment  the process environment ({@code System.getenv()})
     * @param profile      values from a profile file, or {@link ProfileValues#NONE}
     * @throws InvalidSettingsException listing every refused value
     */
    public static Settings resolve(
            Map<Setting<?>, List<String>> commandLine, Map<String, String> environment, ProfileValues profile) {
        Settings settings = Settings.defaults();
        List<SettingProblem> problems = new ArrayList<>();
        for (Setting<?> setting : SettingsModel.all()) {
            try {
                settings = resolveOne(settings, setting, commandLine.get(setting), environment, profile, problems);
            } catch (InvalidSettingsException e) {
                problems.addAll(e.problems());
            }
        }
        if (problems.isEmpty()) {
            budgetBelowOnePool(settings).ifPresent(problems::add);
            metricsOnTheAppPort(settings).ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return settings;
    }

    /**
     * The flags' values alone, each checked by its setting's type, over the defaults: what {@code wharf
     * window} checks before it opens, and what the form shows for a flag. No check across settings,
     * as the flags meet each profile's values only in the form.
     *
     * @throws InvalidSettingsException listing every refused value
     */
    public static Settings fromCommandLine(Map<Setting<?>, List<String>> commandLine) {
        Settings settings = Settings.defaults();
        List<SettingProblem> problems = new ArrayList<>();
        for (Map.Entry<Setting<?>, List<String>> flag : commandLine.entrySet()) {
            if (!flag.getValue().isEmpty()) {
                settings = parsed(settings, flag.getKey(), flag.getValue(), COMMAND_LINE, problems);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidSettingsException(problems);
        }
        return settings;
    }

    /** Metrics on the app's own port would answer the app's clients: refused. */
    private static Optional<SettingProblem> metricsOnTheAppPort(Settings settings) {
        Integer metrics = settings.get(ServerOptions.METRICS_PORT);
        int port = settings.get(ServerOptions.PORT);
        if (metrics == null || metrics == 0 || metrics != port || settings.get(ServerOptions.UDS) != null) {
            return Optional.empty();
        }
        return Optional.of(new SettingProblem(
                ServerOptions.METRICS_PORT,
                metrics.toString(),
                metrics + " is the app's --port: give the metrics a port of their own",
                null));
    }

    /** A budget that does not hold even one worker's pool is a typo, not a plan: refused, not linted. */
    private static Optional<SettingProblem> budgetBelowOnePool(Settings settings) {
        Integer pool = settings.get(DatabaseOptions.DB_POOL_SIZE);
        Integer budget = settings.get(DatabaseOptions.DB_CONNECTION_BUDGET);
        if (pool == null || budget == null || budget >= pool) {
            return Optional.empty();
        }
        return Optional.of(new SettingProblem(
                DatabaseOptions.DB_CONNECTION_BUDGET,
                budget.toString(),
                budget + " is below one worker's pool (db_pool_size " + pool
                        + "): not even one worker fits; raise the budget " + "or lower the pool size",
                null));
    }

    /**
     * Which source gives {@code setting} its value, by the precedence above, before the value is
     * checked: the window marks its fields with it, and {@link #resolve} reads the value from it.
     *
     * @param fromCommandLine the flag's occurrences, or {@code null} when it was not given
     */
    public static ValueSource sourceOf(
            Setting<?> setting, List<String> fromCommandLine, Map<String, String> environment, ProfileValues profile) {
        if (fromCommandLine != null && !fromCommandLine.isEmpty()) {
            return ValueSource.commandLine(setting.flag());
        }
        for (String variable : setting.environment()) {
            if (environment.get(variable) != null) {
                return ValueSource.environment(variable);
            }
        }
        if (profile.values().get(setting.key()) != null) {
            return ValueSource.profile(profile.source());
        }
        return ValueSource.DEFAULT;
    }

    private static <T> Settings resolveOne(
            Settings settings,
            Setting<T> setting,
            List<String> fromCommandLine,
            Map<String, String> environment,
            ProfileValues profile,
            List<SettingProblem> problems) {
        ValueSource source = sourceOf(setting, fromCommandLine, environment, profile);
        return switch (source.kind()) {
            case COMMAND_LINE -> parsed(settings, setting, fromCommandLine, COMMAND_LINE, problems);
            case ENVIRONMENT ->
                parsed(
                        settings,
                        setting,
                        List.of(environment.get(source.where())),
                        "environment variable " + source.where(),
                        problems);
            case PROFILE -> fromProfile(settings, setting, profile, problems);
            case DEFAULT -> settings;
        };
    }

    private static <T> Settings fromProfile(
            Settings settings, Setting<T> setting, ProfileValues profile, List<SettingProblem> problems) {
        JsonNode node = profile.values().get(setting.key());
        try {
            return settings.with(setting, setting.type().fromJson(JsonValues.toPlain(node)));
        } catch (InvalidValue e) {
            problems.add(new SettingProblem(
                    setting, node.toString(), e.getMessage(), profile.source() + ", key \"" + setting.key() + "\""));
            return settings;
        }
    }

    /** Several items of a repeated list flag are one item each; anything else takes the last occurrence, as picocli does. */
    @SuppressWarnings("unchecked")
    private static <T> Settings parsed(
            Settings settings, Setting<T> setting, List<String> texts, String source, List<SettingProblem> problems) {
        String shown = texts.size() == 1 ? texts.get(0) : String.join(" ", texts);
        try {
            T value;
            if (setting.type() instanceof ListType list && source.equals(COMMAND_LINE)) {
                value = (T) list.parseEach(texts);
            } else {
                value = setting.type().parse(texts.get(texts.size() - 1));
            }
            return settings.with(setting, value);
        } catch (InvalidValue e) {
            problems.add(new SettingProblem(setting, shown, e.getMessage(), source));
            return settings;
        }
    }
}
