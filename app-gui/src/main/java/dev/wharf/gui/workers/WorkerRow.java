package dev.wharf.gui.workers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.wharf.control.DbPoolStats;
import dev.wharf.control.LifespanPhase;
import dev.wharf.control.WorkerStats;
import dev.wharf.gui.fx.Format;
import dev.wharf.supervisor.WorkerInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One worker as a row of the workers table shows it, updated in place from each snapshot so the
 * table keeps its selection and scroll. Requests per second are computed here from the totals the
 * worker reports, over the last few seconds, and fall to zero when requests stop.
 */
public final class WorkerRow {

    /** How far back the request rate looks. */
    static final Duration RATE_WINDOW = Duration.ofSeconds(3);

    private static final int SUMMARY_LENGTH = 60;
    /** How often the counters (connections, requests, rate, memory, uptime) are shown anew: twice a second. */
    static final Duration COUNTERS_PERIOD = Duration.ofMillis(500);

    private final int id;
    private final ReadOnlyIntegerWrapper slot = new ReadOnlyIntegerWrapper(this, "slot");
    private final ReadOnlyLongWrapper pid = new ReadOnlyLongWrapper(this, "pid", -1);
    private final ReadOnlyIntegerWrapper generation = new ReadOnlyIntegerWrapper(this, "generation");
    private final ReadOnlyObjectWrapper<LifespanPhase> phase =
            new ReadOnlyObjectWrapper<>(this, "phase", LifespanPhase.STARTING);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message");
    private final ReadOnlyStringWrapper uptime = new ReadOnlyStringWrapper(this, "uptime", "");
    private final ReadOnlyIntegerWrapper activeConnections = new ReadOnlyIntegerWrapper(this, "activeConnections");
    private final ReadOnlyLongWrapper totalRequests = new ReadOnlyLongWrapper(this, "totalRequests");
    private final ReadOnlyDoubleWrapper requestsPerSecond = new ReadOnlyDoubleWrapper(this, "requestsPerSecond");
    private final ReadOnlyIntegerWrapper webSockets = new ReadOnlyIntegerWrapper(this, "webSockets");
    private final ReadOnlyLongWrapper rejected = new ReadOnlyLongWrapper(this, "rejected");
    private final ReadOnlyIntegerWrapper sessions = new ReadOnlyIntegerWrapper(this, "sessions", -1);
    private final ReadOnlyStringWrapper memory = new ReadOnlyStringWrapper(this, "memory", "");
    private final ReadOnlyIntegerWrapper restarts = new ReadOnlyIntegerWrapper(this, "restarts");
    private final ReadOnlyDoubleWrapper cpu = new ReadOnlyDoubleWrapper(this, "cpu", -1);
    private final ReadOnlyStringWrapper latency = new ReadOnlyStringWrapper(this, "latency", "");
    private final ReadOnlyStringWrapper statusClasses = new ReadOnlyStringWrapper(this, "statusClasses", "");
    private final ReadOnlyObjectWrapper<List<DbPoolStats>> dbPools =
            new ReadOnlyObjectWrapper<>(this, "dbPools", List.of());
    private final ReadOnlyStringWrapper http2 = new ReadOnlyStringWrapper(this, "http2", "");
    /** The worker's CPU time at one of its samples: CPU % is the CPU time used over the wall time between two. */
    private Instant cpuSampledAt;

    private long cpuNanosThen = -1;
    private final ReadOnlyStringWrapper stateSummary = new ReadOnlyStringWrapper(this, "stateSummary", "");
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();
    private WorkerInfo info;
    private long shownTick = Long.MIN_VALUE;
    private JsonNode summarised;

    private record Sample(Instant at, long totalRequests) {}

    WorkerRow(int id) {
        this.id = id;
    }

    void update(WorkerInfo worker, Instant now) {
        boolean phaseOrProcessChanged = info == null || info.pid() != worker.pid() || info.phase() != worker.phase();
        info = worker;
        slot.set(worker.slot());
        pid.set(worker.pid());
        generation.set(worker.generation());
        phase.set(worker.phase());
        message.set(worker.message());
        restarts.set(worker.restarts());
        if (worker.state() != summarised) {
            // A snapshot carries the same tree until the worker reports a change: written once per change.
            JsonNode before = summarised;
            summarised = worker.state();
            stateSummary.set(summary(before, summarised));
        }
        WorkerStats stats = worker.stats() == null ? WorkerStats.NONE : worker.stats();
        sample(stats.totalRequests(), now);
        sampleCpu(stats);
        // A changed cell makes the table lay out and restyle its rows again: counters that move with
        // every request are shown once per COUNTERS_PERIOD, on the same tick of the clock for every
        // row (so the rows change in one pass, not one pass each); the rest (phase, app.state) at once.
        long tick = now.toEpochMilli() / COUNTERS_PERIOD.toMillis();
        if (!phaseOrProcessChanged && tick == shownTick) {
            return;
        }
        shownTick = tick;
        Instant since = worker.startedAt() != null ? worker.startedAt() : worker.spawnedAt();
        uptime.set(worker.phase().alive() && since != null ? Format.uptime(Duration.between(since, now)) : "");
        activeConnections.set(stats.activeConnections());
        totalRequests.set(stats.totalRequests());
        webSockets.set(stats.activeWebSockets());
        rejected.set(stats.rejected());
        sessions.set(stats.sessions());
        memory.set(
                stats.heapUsed() <= 0 && stats.rss() < 0
                        ? ""
                        : Format.bytes(stats.heapUsed()) + " / " + Format.bytes(stats.rss()));
        requestsPerSecond.set(rate(stats.totalRequests(), now));
        latency.set(percentiles(stats.latencyBuckets()));
        dbPools.set(stats.dbPools());
        statusClasses.set(
                stats.statusClasses().size() < 5
                        ? ""
                        : stats.statusClasses().get(1) + " / "
                                + stats.statusClasses().get(3) + " / "
                                + stats.statusClasses().get(4));
        http2.set(http2(stats));
    }

    /**
     * Its HTTP/2 connections open, streams in progress and (in brackets) streams served since it
     * started: "3 conn, 40 streams (1,204)"; empty for a worker that has served no HTTP/2.
     */
    static String http2(WorkerStats stats) {
        if (!stats.hasHttp2()) {
            return "";
        }
        return stats.http2Connections() + " conn, " + stats.http2Streams()
                + (stats.http2Streams() == 1 ? " stream (" : " streams (")
                + String.format(Locale.ROOT, "%,d", stats.totalHttp2Streams()) + ")";
    }

    /**
     * p50 / p95 / p99 of the worker's response times since it started, in milliseconds, each the upper
     * bound of the histogram bucket it falls in (125 µs doubled): "0.25 / 1 / 4"; empty before a response.
     */
    static String percentiles(List<Long> buckets) {
        StringBuilder text = new StringBuilder();
        for (double q : new double[] {0.50, 0.95, 0.99}) {
            double millis = LatencyHistogram.quantileMillis(buckets, q);
            if (Double.isNaN(millis)) {
                return "";
            }
            text.append(text.isEmpty() ? "" : " / ")
                    .append(BigDecimal.valueOf(millis).stripTrailingZeros().toPlainString());
        }
        return text.toString();
    }

    /** The worker's latency histogram as it last reported it (see {@link LatencyHistogram}); empty before any report. */
    public List<Long> latencyBuckets() {
        return info == null || info.stats() == null ? List.of() : info.stats().latencyBuckets();
    }

    /** CPU % over at least a second of the worker's own clock: 100 is one core busy all the time. */
    private void sampleCpu(WorkerStats stats) {
        if (stats.cpuNanos() < 0 || stats.at() == null) {
            return;
        }
        if (cpuSampledAt == null || cpuNanosThen < 0 || stats.cpuNanos() < cpuNanosThen) {
            cpuSampledAt = stats.at();
            cpuNanosThen = stats.cpuNanos();
            return;
        }
        long wall = Duration.between(cpuSampledAt, stats.at()).toNanos();
        if (wall >= Duration.ofSeconds(1).toNanos()) {
            cpu.set(100.0 * (stats.cpuNanos() - cpuNanosThen) / wall);
            cpuSampledAt = stats.at();
            cpuNanosThen = stats.cpuNanos();
        }
    }

    private void sample(long total, Instant now) {
        if (samples.isEmpty() || samples.getLast().totalRequests() != total) {
            samples.addLast(new Sample(now, total));
        }
    }

    private double rate(long total, Instant now) {
        Instant horizon = now.minus(RATE_WINDOW);
        // Keep one sample at or before the horizon as the baseline.
        while (samples.size() > 1) {
            Iterator<Sample> it = samples.iterator();
            it.next();
            if (it.next().at().isAfter(horizon)) {
                break;
            }
            samples.removeFirst();
        }
        // The baseline's total held until the next sample, so it stands for the total at the horizon.
        long delta = total - samples.getFirst().totalRequests();
        return Math.max(0, delta / (RATE_WINDOW.toMillis() / 1000.0));
    }

    /**
     * The worker's app.state on one line, so the table shows at a glance that each worker has its own:
     * {@code key=value} pairs, the keys whose values changed since {@code before} first (a counter
     * that moves is seen, not cut off behind a long timestamp).
     */
    static String summary(JsonNode before, JsonNode state) {
        if (state == null || state.isNull()) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        if (state.isObject()) {
            List<String> keys = new ArrayList<>();
            state.fieldNames().forEachRemaining(keys::add);
            List<String> changed = keys.stream()
                    .filter(key -> before != null
                            && before.isObject()
                            && !state.get(key).equals(before.get(key)))
                    .toList();
            List<String> ordered = new ArrayList<>(changed);
            keys.stream().filter(key -> !changed.contains(key)).forEach(ordered::add);
            for (String key : ordered) {
                if (text.length() > SUMMARY_LENGTH) {
                    break;
                }
                text.append(text.isEmpty() ? "" : "  ").append(key).append('=');
                write(state.get(key), text);
            }
        } else {
            write(state, text);
        }
        return text.length() <= SUMMARY_LENGTH ? text.toString() : text.substring(0, SUMMARY_LENGTH - 1) + "…";
    }

    /** Compact JSON, numbers as the state tree shows them (no exponents), stopping once past the summary's length. */
    private static void write(JsonNode node, StringBuilder text) {
        if (text.length() > SUMMARY_LENGTH) {
            return;
        }
        if (node.isObject()) {
            text.append('{');
            var fields = node.fields();
            while (fields.hasNext() && text.length() <= SUMMARY_LENGTH) {
                var field = fields.next();
                text.append(TextNode.valueOf(field.getKey())).append(':');
                write(field.getValue(), text);
                text.append(fields.hasNext() ? "," : "");
            }
            text.append('}');
        } else if (node.isArray()) {
            text.append('[');
            for (int i = 0; i < node.size() && text.length() <= SUMMARY_LENGTH; i++) {
                write(node.get(i), text);
                text.append(i + 1 < node.size() ? "," : "");
            }
            text.append(']');
        } else {
            text.append(StateTree.text(node));
        }
    }

    public int id() {
        return id;
    }
    /** The worker as last seen. */
    public WorkerInfo info() {
        return info;
    }

    public ReadOnlyIntegerProperty slotProperty() {
        return slot.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty pidProperty() {
        return pid.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty generationProperty() {
        return generation.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LifespanPhase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty uptimeProperty() {
        return uptime.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty activeConnectionsProperty() {
        return activeConnections.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalRequestsProperty() {
        return totalRequests.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty requestsPerSecondProperty() {
        return requestsPerSecond.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty webSocketsProperty() {
        return webSockets.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty rejectedProperty() {
        return rejected.getReadOnlyProperty();
    }
    /** The servlet app's live HTTP sessions in this worker; -1 for an app without sessions (ASGI). */
    public ReadOnlyIntegerProperty sessionsProperty() {
        return sessions.getReadOnlyProperty();
    }

    /** "heap / RSS". */
    public ReadOnlyStringProperty memoryProperty() {
        return memory.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty restartsProperty() {
        return restarts.getReadOnlyProperty();
    }

    /** p50 / p95 / p99 response times since the worker started, in ms; empty before its first response. */
    public ReadOnlyStringProperty latencyProperty() {
        return latency.getReadOnlyProperty();
    }

    /** Its responses with a 2xx, 4xx and 5xx status since it started: "950 / 3 / 0". */
    public ReadOnlyStringProperty statusClassesProperty() {
        return statusClasses.getReadOnlyProperty();
    }

    /** The app's HikariCP pools in this worker, live; empty for an app without one Wharf can see. */
    public ReadOnlyObjectProperty<List<DbPoolStats>> dbPoolsProperty() {
        return dbPools.getReadOnlyProperty();
    }

    /** Its HTTP/2 connections and streams, see {@link #http2(WorkerStats)}. */
    public ReadOnlyStringProperty http2Property() {
        return http2.getReadOnlyProperty();
    }

    /** CPU % of the worker's process (100 = one core), or -1 until two samples a second apart have come. */
    public ReadOnlyDoubleProperty cpuProperty() {
        return cpu.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty stateSummaryProperty() {
        return stateSummary.getReadOnlyProperty();
    }
}
