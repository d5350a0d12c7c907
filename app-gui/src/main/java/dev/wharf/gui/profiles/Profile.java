package dev.wharf.gui.profiles;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.config.profile.ProfileDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One server profile: a profile file in the settings model's format, where it lives and what it
 * held. The raw values are kept as read, so a value the model refuses is shown at its field with
 * the model's message instead of being lost.
 *
 * @param file      the profile file
 * @param document  its contents as read (values, plugins included, and unknown keys kept for writing back)
 * @param external  a project's {@code wharf.json} opened from elsewhere, rather than one in the profiles folder
 */
public record Profile(Path file, ProfileDocument document, boolean external) {

    /** A profile with no values yet, named {@code name}. */
    public static Profile blank(Path file, String name) {
        return new Profile(
                file,
                new ProfileDocument(file.toString(), name, Map.of(), JsonNodeFactory.instance.objectNode(), List.of()),
                false);
    }

    /** The name the list shows: the profile's own, else its file's. */
    public String name() {
        if (document.name() != null && !document.name().isBlank()) {
            return document.name();
        }
        String fileName = file.getFileName().toString();
        return fileName.endsWith(".json") ? fileName.substring(0, fileName.length() - 5) : fileName;
    }

    public Map<String, JsonNode> values() {
        return document.values();
    }

    public ObjectNode unknown() {
        return document.unknown();
    }

    @Override
    public String toString() {
        return name();
    }
}
