package dev.wharf.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.wharf.control.ControlMessage.ApplySettings;
import dev.wharf.control.ControlMessage.BindMode;
import dev.wharf.control.ControlMessage.Configure;
import dev.wharf.control.ControlMessage.Drain;
import dev.wharf.control.ControlMessage.Hello;
import dev.wharf.control.ControlMessage.Phase;
import dev.wharf.control.ControlMessage.Ping;
import dev.wharf.control.ControlMessage.PluginData;
import dev.wharf.control.ControlMessage.Pong;
import dev.wharf.control.ControlMessage.Redefine;
import dev.wharf.control.ControlMessage.Redefined;
import dev.wharf.control.ControlMessage.SettingsApplied;
import dev.wharf.control.ControlMessage.Shutdown;
import dev.wharf.control.ControlMessage.SocketReceived;
import dev.wharf.control.ControlMessage.State;
import dev.wharf.control.ControlMessage.Stats;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link ControlMessage}s to and from one line of JSON each: {@code {"type":"ping","seq":7}}, the
 * record's components in snake case. Mapped by hand onto Jackson trees ({@link JsonTrees}) rather
 * than through an {@code ObjectMapper}, whose setup would be the largest part of a worker's start.
 */
public final class ControlCodec {

    /** The longest line accepted: a state snapshot is capped well below it. */
    public static final int MAX_LINE = 4 * 1024 * 1024;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ControlCodec() {}

    public static String encode(ControlMessage message) {
        ObjectNode json = NODES.objectNode();
        switch (message) {
            case Hello m ->
                json.put("type", "hello")
                        .put("worker_id", m.workerId())
                        .put("token", m.token())
                        .put("pid", m.pid())
                        .put("generation", m.generation())
                        .put("jvm", m.jvm());
            case SocketReceived m -> json.put("type", "socket_received");
            case Phase m ->
                json.put("type", "phase").put("phase", m.phase().name()).put("message", m.message());
            case Stats m -> json.put("type", "stats").set("stats", stats(m.stats()));
            case State m -> json.put("type", "state").put("cut", m.cut()).set("state", m.state());
            case PluginData m ->
                json.put("type", "plugin_data").put("key", m.key()).set("data", m.data());
            case Pong m -> json.put("type", "pong").put("seq", m.seq());
            case SettingsApplied m -> {
                json.put("type", "settings_applied");
                json.set("applied", strings(m.applied()));
                json.set("need_restart", strings(m.needRestart()));
            }
            case Redefined m -> {
                json.put("type", "redefined")
                        .put("seq", m.seq())
                        .put("pending", m.pending())
                        .put("refusal", m.refusal())
                        .put("micros", m.micros());
                json.set("redefined", strings(m.redefined()));
            }
            case Redefine m -> {
                ObjectNode classes =
                        json.put("type", "redefine").put("seq", m.seq()).putObject("classes");
                m.classes()
                        .forEach((name, bytes) ->
                                classes.put(name, Base64.getEncoder().encodeToString(bytes)));
            }
            case Configure m ->
                json.put("type", "configure")
                        .put("bind_mode", m.bindMode().name())
                        .set("settings", m.settings());
            case ApplySettings m -> json.put("type", "apply_settings").set("settings", m.settings());
            case Ping m -> json.put("type", "ping").put("seq", m.seq());
            case Drain m -> json.put("type", "drain");
            case Shutdown m -> json.put("type", "shutdown");
        }
        return JsonTrees.write(json);
    }

    /**
     * @throws IllegalArgumentException naming what is wrong with the line
     */
    public static ControlMessage decode(String line) {
        JsonNode json;
        try {
            json = JsonTrees.read(line);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("not a control message: " + e.getMessage(), e);
        }
        String type = json.path("type").asText("");
        return switch (type) {
            case "hello" ->
                new Hello(
                        json.path("worker_id").asInt(),
                        text(json, "token"),
                        json.path("pid").asLong(),
                        json.path("generation").asInt(),
                        text(json, "jvm"));
            case "socket_received" -> new SocketReceived();
            case "phase" -> new Phase(LifespanPhase.valueOf(text(json, "phase")), text(json, "message"));
            case "stats" -> new Stats(stats(json.path("stats")));
            case "state" -> new State(json.get("state"), json.path("cut").asBoolean());
            case "plugin_data" -> new PluginData(text(json, "key"), json.get("data"));
            case "pong" -> new Pong(json.path("seq").asLong());
            case "settings_applied" ->
                new SettingsApplied(strings(json.path("applied")), strings(json.path("need_restart")));
            case "redefined" ->
                new Redefined(
                        json.path("seq").asLong(),
                        strings(json.path("redefined")),
                        json.path("pending").asInt(),
                        text(json, "refusal"),
                        json.path("micros").asLong());
            case "redefine" -> new Redefine(json.path("seq").asLong(), classes(json.path("classes")));
            case "configure" -> new Configure(json.get("settings"), BindMode.valueOf(text(json, "bind_mode")));
            case "apply_settings" -> new ApplySettings(json.get("settings"));
            case "ping" -> new Ping(json.path("seq").asLong());
            case "drain" -> new Drain();
            case "shutdown" -> new Shutdown();
            default -> throw new IllegalArgumentException("not a control message: unknown type '" + type + "'");
        };
    }

    private static String text(JsonNode json, String field) {
        JsonNode value = json.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static ObjectNode stats(WorkerStats s) {
        return NODES.objectNode()
                .put("at", s.at().toString())
                .put("active_connections", s.activeConnections())
                .put("total_connections", s.totalConnections())
                .put("active_requests", s.activeRequests())
                .put("total_requests", s.totalRequests())
                .put("active_web_sockets", s.activeWebSockets())
                .put("rejected", s.rejected())
                .put("bad_requests", s.badRequests())
                .put("bytes_in", s.bytesIn())
                .put("bytes_out", s.bytesOut())
                .put("heap_used", s.heapUsed())
                .put("rss", s.rss())
                .put("sessions", s.sessions())
                .put("cpu_nanos", s.cpuNanos())
                .<ObjectNode>set("status_classes", longs(s.statusClasses()))
                .<ObjectNode>set("latency_buckets", longs(s.latencyBuckets()))
                .<ObjectNode>set("db_pools", pools(s.dbPools()))
                .put("http2_connections", s.http2Connections())
                .put("http2_streams", s.http2Streams())
                .put("total_http2_streams", s.totalHttp2Streams());
    }

    private static WorkerStats stats(JsonNode s) {
        return new WorkerStats(
                Instant.parse(s.path("at").asText(Instant.EPOCH.toString())),
                s.path("active_connections").asInt(),
                s.path("total_connections").asLong(),
                s.path("active_requests").asInt(),
                s.path("total_requests").asLong(),
                s.path("active_web_sockets").asInt(),
                s.path("rejected").asLong(),
                s.path("bad_requests").asLong(),
                s.path("bytes_in").asLong(),
                s.path("bytes_out").asLong(),
                s.path("heap_used").asLong(),
                s.path("rss").asLong(-1),
                s.path("sessions").asInt(-1),
                s.path("cpu_nanos").asLong(-1),
                longs(s.path("status_classes")),
                longs(s.path("latency_buckets")),
                pools(s.path("db_pools")),
                s.path("http2_connections").asInt(),
                s.path("http2_streams").asInt(),
                s.path("total_http2_streams").asLong());
    }

    private static ArrayNode pools(List<DbPoolStats> pools) {
        ArrayNode array = NODES.arrayNode();
        for (DbPoolStats pool : pools) {
            array.addObject()
                    .put("name", pool.name())
                    .put("active", pool.active())
                    .put("idle", pool.idle())
                    .put("total", pool.total())
                    .put("max", pool.max())
                    .put("waiting", pool.waiting());
        }
        return array;
    }

    /** A worker of an older Wharf sends no {@code db_pools}: no pools. */
    private static List<DbPoolStats> pools(JsonNode array) {
        List<DbPoolStats> pools = new ArrayList<>();
        array.forEach(pool -> pools.add(new DbPoolStats(
                text(pool, "name"),
                pool.path("active").asInt(),
                pool.path("idle").asInt(),
                pool.path("total").asInt(),
                pool.path("max").asInt(-1),
                pool.path("waiting").asInt())));
        return pools;
    }

    private static ArrayNode longs(List<Long> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static List<Long> longs(JsonNode array) {
        List<Long> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asLong()));
        return items;
    }

    private static Map<String, byte[]> classes(JsonNode classes) {
        Map<String, byte[]> decoded = new LinkedHashMap<>();
        classes.properties()
                .forEach(entry -> decoded.put(
                        entry.getKey(),
                        Base64.getDecoder().decode(entry.getValue().asText())));
        return decoded;
    }

    private static ArrayNode strings(List<String> items) {
        ArrayNode array = NODES.arrayNode();
        items.forEach(array::add);
        return array;
    }

    private static List<String> strings(JsonNode array) {
        List<String> items = new ArrayList<>();
        array.forEach(item -> items.add(item.asText()));
        return List.copyOf(items);
    }
}
