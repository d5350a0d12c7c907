package dev.wharf.control;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;

/**
 * JSON text to and from Jackson trees with Jackson's streaming parser and generator alone. A
 * worker process sends and reads every control message through here: an {@code ObjectMapper}
 * would cost each worker's start several hundred milliseconds of setting itself up, the streaming
 * layer a tenth of that.
 */
public final class JsonTrees {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private JsonTrees() {}

    /**
     * A plain value as a tree: text, numbers, booleans, {@code null}, lists and string-keyed maps of
     * those, as a profile file's values are.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static JsonNode valueOf(Object value) {
        return switch (value) {
            case null -> NODES.nullNode();
            case String s -> NODES.textNode(s);
            case Boolean b -> NODES.booleanNode(b);
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Double d -> NODES.numberNode(d);
            case BigDecimal d -> NODES.numberNode(d);
            case BigInteger i -> NODES.numberNode(i);
            case Collection<?> items -> {
                ArrayNode array = NODES.arrayNode();
                items.forEach(item -> array.add(valueOf(item)));
                yield array;
            }
            case Map<?, ?> map -> {
                ObjectNode object = NODES.objectNode();
                map.forEach((k, v) -> object.set(String.valueOf(k), valueOf(v)));
                yield object;
            }
            default ->
                throw new IllegalArgumentException(
                        "not a JSON value: " + value.getClass().getName());
        };
    }

    public static String write(JsonNode node) {
        StringWriter out = new StringWriter();
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            write(generator, node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void write(JsonGenerator out, JsonNode node) throws IOException {
        switch (node.getNodeType()) {
            case OBJECT -> {
                out.writeStartObject();
                Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    out.writeFieldName(field.getKey());
                    write(out, field.getValue());
                }
                out.writeEndObject();
            }
            case ARRAY -> {
                out.writeStartArray();
                for (JsonNode item : node) {
                    write(out, item);
                }
                out.writeEndArray();
            }
            case STRING -> out.writeString(node.textValue());
            case BOOLEAN -> out.writeBoolean(node.booleanValue());
            case NUMBER -> {
                if (node.isInt() || node.isLong() || node.isShort()) {
                    out.writeNumber(node.longValue());
                } else if (node.isBigInteger()) {
                    out.writeNumber(node.bigIntegerValue());
                } else if (node.isBigDecimal()) {
                    out.writeNumber(node.decimalValue());
                } else {
                    out.writeNumber(node.doubleValue());
                }
            }
            default -> out.writeNull();
        }
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the text
     */
    public static JsonNode read(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new IllegalArgumentException("no JSON value");
            }
            JsonNode node = read(parser, first);
            if (parser.nextToken() != null) {
                throw new IllegalArgumentException("more than one JSON value");
            }
            return node;
        } catch (IOException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    private static JsonNode read(JsonParser in, JsonToken token) throws IOException {
        return switch (token) {
            case START_OBJECT -> {
                ObjectNode object = NODES.objectNode();
                while (in.nextToken() == JsonToken.FIELD_NAME) {
                    String name = in.currentName();
                    object.set(name, read(in, in.nextToken()));
                }
                yield object;
            }
            case START_ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                JsonToken next;
                while ((next = in.nextToken()) != JsonToken.END_ARRAY) {
                    array.add(read(in, next));
                }
                yield array;
            }
            case VALUE_STRING -> NODES.textNode(in.getText());
            case VALUE_NUMBER_INT ->
                switch (in.getNumberType()) {
                    case INT -> NODES.numberNode(in.getIntValue());
                    case LONG -> NODES.numberNode(in.getLongValue());
                    default -> NODES.numberNode(in.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT -> NODES.numberNode(in.getDoubleValue());
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalArgumentException("unexpected " + token);
        };
    }
}
