package dev.wharf.config;

import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.setting.SettingProblem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The values of every setting, as Uvicorn's {@code Config}: immutable, complete (a setting not given
 * has its default) and valid, since every value passed its type's check on the way in. A change
 * makes a new {@code Settings}; the running server compares the two to apply what it can live.
 */
public final class Settings {

    private static final Settings DEFAULTS = new Settings(defaultValues());

    private final Map<Setting<?>, Object> values;

    private Settings(Map<Setting<?>, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static Settings defaults() {
        return DEFAULTS;
    }

    private static Map<Setting<?>, Object> defaultValues() {
        Map<Setting<?>, Object> values = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsModel.all()) {
            values.put(setting, setting.defaultValue());
        }
        return values;
    }

    @SuppressWarnings("unchecked")
    public <T> T get(Setting<T> setting) {
        return (T) values.get(Objects.requireNonNull(setting, "setting"));
    }

    /**
     * A copy with one value changed.
     *
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public <T> Settings with(Setting<T> setting, T value) {
        try {
            setting.type().check(value);
        } catch (InvalidValue e) {
            throw new InvalidSettingsException(
                    List.of(new SettingProblem(setting, setting.type().format(value), e.getMessage(), null)));
        }
        Map<Setting<?>, Object> copy = new LinkedHashMap<>(values);
        copy.put(setting, value instanceof List<?> list ? List.copyOf(list) : value);
        return new Settings(copy);
    }

    /** Whether the value differs from the default. */
    public boolean isSet(Setting<?> setting) {
        return !Objects.equals(get(setting), setting.defaultValue());
    }

    /** The settings whose values differ between this and {@code other}, in the model's order. */
    public List<Setting<?>> differences(Settings other) {
        List<Setting<?>> changed = new ArrayList<>();
        for (Setting<?> setting : SettingsModel.all()) {
            if (!Objects.equals(get(setting), other.get(setting))) {
                changed.add(setting);
            }
        }
        return changed;
    }

    /** The value as text, as a user types it. */
    public <T> String format(Setting<T> setting) {
        return setting.type().format(get(setting));
    }

    /**
     * The values as a profile file holds them, keyed by {@link Setting#key()}, in the model's order.
     *
     * @param onlyChanged leave out values equal to their default
     */
    public Map<String, Object> toMap(boolean onlyChanged) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (Setting<?> setting : SettingsModel.all()) {
            if (!onlyChanged || isSet(setting)) {
                map.put(setting.key(), json(setting));
            }
        }
        return map;
    }

    private <T> Object json(Setting<T> setting) {
        return setting.type().toJson(get(setting));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Settings other && values.equals(other.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return "Settings" + toMap(true);
    }
}
