package dev.wharf.config.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.config.Settings;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.catalog.PluginOptions;
import dev.wharf.config.setting.Setting;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes profile files ({@code wharf.json}): a JSON object whose keys are the settings'
 * keys ({@code "port": 8000}), plus {@code "name"} and a {@code "plugins"} section. Writes are
 * atomic (a temporary file in the same folder, then a rename), so a crash mid-write never leaves
 * half a profile.
 */
public final class ProfileFile {

    /** The profile file {@code wharf run} reads from the current folder when it exists. */
    public static final String DEFAULT_NAME = "wharf.json";

    private static final String NAME_KEY = "name";
    private static final String PLUGINS_KEY = "plugins";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ProfileFile() {}

    /**
     * @throws ProfileException when the file is missing, not JSON or not a JSON object, naming the line
     */
    public static ProfileDocument read(Path file) throws ProfileException {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new ProfileException(
                    "Profile " + source + " does not exist (looked at " + file.toAbsolutePath() + ")", e);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ", line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new ProfileException(
                    "Profile " + source + where + " is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ProfileException("Profile " + source + " cannot be read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ProfileException(
                    "Profile " + source + " must hold a JSON object ({\"app\": \"...\", \"port\": 8000}), not "
                            + (root == null
                                    ? "nothing"
                                    : root.getNodeType().name().toLowerCase(Locale.ROOT)),
                    null);
        }
        return parse(source, (ObjectNode) root);
    }

    static ProfileDocument parse(String source, ObjectNode root) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        ObjectNode unknown = JSON.createObjectNode();
        List<String> warnings = new ArrayList<>();
        String name = root.hasNonNull(NAME_KEY) ? root.get(NAME_KEY).asText() : null;
        JsonNode plugins = root.get(PLUGINS_KEY);
        if (plugins != null && !plugins.isNull()) {
            try {
                values.putAll(PluginSection.read(plugins));
            } catch (IllegalArgumentException e) {
                warnings.add(
                        source + ": " + e.getMessage() + "; the plugins section is ignored (and kept in the file).");
                unknown.set(PLUGINS_KEY, plugins);
            }
        }
        Iterator<Map.Entry<String, JsonNode>> fields = root.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            if (key.equals(NAME_KEY) || key.equals(PLUGINS_KEY)) {
                continue;
            }
            if (SettingsModel.byKey(key).isPresent()) {
                values.putIfAbsent(key, field.getValue());
            } else {
                unknown.set(key, field.getValue());
                warnings.add(source + ": unknown key \"" + key + "\" is ignored (and kept in the file)"
                        + SettingsModel.closestKey(key)
                                .map(k -> "; did you mean \"" + k + "\"?")
                                .orElse("."));
            }
        }
        return new ProfileDocument(source, name, values, unknown, warnings);
    }

    /**
     * Writes a profile: its name, the settings that differ from their defaults (the plugins as a
     * {@code plugins} section) and the unknown keys it was read with.
     */
    public static void write(Path file, String name, Settings settings, ObjectNode unknown) throws IOException {
        write(file, name, settings, unknown, List.of());
    }

    /**
     * Writes a profile as {@link #write(Path, String, Settings, ObjectNode)} does, and the {@code stated}
     * settings even where they equal their defaults: a preset that turns proxy headers on for its
     * proxy says so in the file, so the file reads as what the preset chose and no later default,
     * environment variable or reader has to guess it.
     */
    public static void write(
            Path file, String name, Settings settings, ObjectNode unknown, Collection<Setting<?>> stated)
            throws IOException {
        writeAtomically(file, text(name, settings, unknown, stated) + System.lineSeparator());
    }

    /**
     * A profile's text, as {@link #write} writes it and {@link #read} reads it back: the window
     * copies the effective settings this way.
     *
     * @param name    the profile's name, or {@code null} for none
     * @param unknown keys kept from the file it was read from, or {@code null}
     */
    public static String text(String name, Settings settings, ObjectNode unknown) {
        return text(name, settings, unknown, List.of());
    }

    private static String text(String name, Settings settings, ObjectNode unknown, Collection<Setting<?>> stated) {
        ObjectNode root = JSON.createObjectNode();
        if (name != null) {
            root.put(NAME_KEY, name);
        }
        Set<String> statedKeys = new HashSet<>();
        stated.forEach(setting -> statedKeys.add(setting.key()));
        Map<String, Object> values = settings.toMap(false);
        for (Setting<?> setting : SettingsModel.all()) {
            String key = setting.key();
            boolean written = settings.isSet(setting) || statedKeys.contains(key);
            if (written
                    && !key.equals(PluginOptions.PLUGINS.key())
                    && !key.equals(PluginOptions.PLUGIN_OPTIONS.key())) {
                root.set(key, JSON.valueToTree(values.get(key)));
            }
        }
        JsonNode plugins =
                PluginSection.write(settings.get(PluginOptions.PLUGINS), settings.get(PluginOptions.PLUGIN_OPTIONS));
        if (plugins != null) {
            root.set(PLUGINS_KEY, plugins);
        }
        if (unknown != null) {
            unknown.fields().forEachRemaining(field -> {
                if (!root.has(field.getKey())) {
                    root.set(field.getKey(), field.getValue());
                }
            });
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain JSON values always writes", e);
        }
    }

    private static void writeAtomically(Path file, String text) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "." + file.getFileName() + ".", ".tmp");
        try {
            Files.writeString(temporary, text);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
