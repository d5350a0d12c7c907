package dev.wharf.control;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** {@link ControlMessage}s to and from one line of JSON each, with Jackson. */
public final class ControlCodec {

    /** The longest line accepted: a state snapshot is capped well below it. */
    public static final int MAX_LINE = 4 * 1024 * 1024;

    private static final ObjectMapper JSON = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ControlCodec() {
    }

    public static String encode(ControlMessage message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode " + message.getClass().getSimpleName() + ": " + e.getOriginalMessage(), e);
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the line
     */
    public static ControlMessage decode(String line) {
        try {
            return JSON.readValue(line, ControlMessage.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a control message: " + e.getOriginalMessage(), e);
        }
    }

    /** The mapper, for turning settings into JSON trees and back. */
    public static ObjectMapper json() {
        return JSON;
    }
}
