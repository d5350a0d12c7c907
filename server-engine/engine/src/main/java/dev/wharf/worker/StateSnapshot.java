package dev.wharf.worker;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.Array;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

/**
 * An {@code app.state} as JSON, for the GUI's tree: maps, collections, arrays, records, numbers,
 * text and the atomic holders apps keep counters in become their JSON shape; anything else becomes
 * {@code {"$type": "SimpleName", "$value": toString()}}. Never calls an app's getters (they may have
 * side effects) and never fails: deep, large or cyclic values are cut at fixed limits and the cut is
 * marked, so a snapshot stays small enough to send four times a second.
 */
public final class StateSnapshot {

    static final int MAX_DEPTH = 8;
    static final int MAX_ENTRIES = 200;
    static final int MAX_NODES = 2_000;
    static final int MAX_TEXT = 1_000;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final IdentityHashMap<Object, Boolean> path = new IdentityHashMap<>();
    private int nodes;
    private boolean cut;

    private StateSnapshot() {}

    /**
     * @param state  the lifespan state
     * @return the JSON tree and whether anything was left out
     */
    public static Result of(Map<String, Object> state) {
        StateSnapshot snapshot = new StateSnapshot();
        JsonNode tree = snapshot.value(state, 0);
        return new Result(tree, snapshot.cut);
    }

    /** Any value as JSON, cut at the same limits: what a plugin publishes, for instance. */
    public static JsonNode value(Object value) {
        return new StateSnapshot().value(value, 0);
    }

    /**
     * @param tree the state as JSON
     * @param cut  whether a limit cut part of it ({@code "$cut"} marks where)
     */
    public record Result(JsonNode tree, boolean cut) {}

    private JsonNode value(Object value, int depth) {
        if (++nodes > MAX_NODES) {
            return cutHere("too many values");
        }
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof CharSequence || value instanceof Character) {
            return text(value.toString());
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        JsonNode number = number(value);
        if (number != null) {
            return number;
        }
        if (value instanceof Enum<?> e) {
            return NODES.textNode(e.name());
        }
        if (value instanceof Optional<?> optional) {
            return optional.isPresent() ? value(optional.get(), depth) : NODES.nullNode();
        }
        if (value instanceof AtomicReference<?> ref) {
            return value(ref.get(), depth);
        }
        boolean container = value instanceof Map<?, ?>
                || value instanceof Collection<?>
                || value.getClass().isArray()
                || value.getClass().isRecord();
        if (!container) {
            return opaque(value);
        }
        if (depth >= MAX_DEPTH) {
            return cutHere("deeper than " + MAX_DEPTH + " levels");
        }
        if (path.put(value, Boolean.TRUE) != null) {
            return cutHere("refers back to itself");
        }
        try {
            return container(value, depth + 1);
        } finally {
            path.remove(value);
        }
    }

    private JsonNode container(Object value, int depth) {
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            int i = 0;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (i++ == MAX_ENTRIES) {
                    object.set("$cut", NODES.textNode((map.size() - MAX_ENTRIES) + " more entries"));
                    cut = true;
                    break;
                }
                object.set(String.valueOf(entry.getKey()), value(entry.getValue(), depth));
            }
            return object;
        }
        if (value.getClass().isRecord()) {
            ObjectNode object = NODES.objectNode();
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                object.set(component.getName(), component(value, component, depth));
            }
            return object;
        }
        ArrayNode array = NODES.arrayNode();
        int length = value instanceof Collection<?> c ? c.size() : Array.getLength(value);
        Iterable<?> items = value instanceof Collection<?> c
                ? c
                : () -> new Iterator<>() {
                    int at;

                    public boolean hasNext() {
                        return at < length;
                    }

                    public Object next() {
                        return Array.get(value, at++);
                    }
                };
        int i = 0;
        for (Object item : items) {
            if (i++ == MAX_ENTRIES) {
                array.add(NODES.objectNode().put("$cut", (length - MAX_ENTRIES) + " more items"));
                cut = true;
                break;
            }
            array.add(value(item, depth));
        }
        return array;
    }

    private JsonNode component(Object record, RecordComponent component, int depth) {
        try {
            component.getAccessor().setAccessible(true);
            return value(component.getAccessor().invoke(record), depth);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return NODES.objectNode().put("$error", e.toString());
        }
    }

    private static JsonNode number(Object value) {
        return switch (value) {
            case Integer i -> NODES.numberNode(i);
            case Long l -> NODES.numberNode(l);
            case Short s -> NODES.numberNode(s);
            case Byte b -> NODES.numberNode(b);
            case Double d -> d.isNaN() || d.isInfinite() ? NODES.textNode(d.toString()) : NODES.numberNode(d);
            case Float f -> f.isNaN() || f.isInfinite() ? NODES.textNode(f.toString()) : NODES.numberNode(f);
            case BigDecimal d -> NODES.numberNode(d);
            case BigInteger i -> NODES.numberNode(i);
            case AtomicInteger a -> NODES.numberNode(a.get());
            case AtomicLong a -> NODES.numberNode(a.get());
            case LongAdder a -> NODES.numberNode(a.sum());
            case AtomicBoolean a -> NODES.booleanNode(a.get());
            default -> null;
        };
    }

    private JsonNode text(String text) {
        if (text.length() <= MAX_TEXT) {
            return NODES.textNode(text);
        }
        cut = true;
        return NODES.textNode(text.substring(0, MAX_TEXT) + "… (" + (text.length() - MAX_TEXT) + " more characters)");
    }

    private JsonNode opaque(Object value) {
        String shown;
        try {
            shown = String.valueOf(value);
        } catch (RuntimeException e) {
            shown = "(toString failed: " + e + ")";
        }
        ObjectNode node = NODES.objectNode();
        node.put(
                "$type",
                value.getClass().getSimpleName().isEmpty()
                        ? value.getClass().getName()
                        : value.getClass().getSimpleName());
        node.set("$value", text(shown));
        return node;
    }

    private JsonNode cutHere(String why) {
        cut = true;
        return NODES.objectNode().put("$cut", why);
    }
}
