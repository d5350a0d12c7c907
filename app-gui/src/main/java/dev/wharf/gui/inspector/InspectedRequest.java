package dev.wharf.gui.inspector;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One exchange as the {@code request-inspector} plugin published it for a worker (its README lists
 * the fields): the request, the response, their first bytes and the timings. Read leniently, as
 * the data comes from a plugin: a field missing or of another type shows as empty.
 *
 * @param id              1, 2, 3, … per worker
 * @param started         when the request reached the app, or {@code null}
 * @param responseStartMs from the app's call to {@code http.response.start}, or {@code null}
 * @param durationMs      until the app returned
 * @param outcome         complete, error, disconnected or incomplete
 * @param error           the app's exception, or {@code null}
 */
public record InspectedRequest(
        long id,
        Instant started,
        String method,
        String path,
        String query,
        String httpVersion,
        String client,
        List<Header> requestHeaders,
        Body requestBody,
        Integer status,
        List<Header> responseHeaders,
        Body responseBody,
        Double responseStartMs,
        double durationMs,
        String outcome,
        String error) {

    /** A header as kept: the name in lower case, the value (or {@code [redacted]}). */
    public record Header(String name, String value) {}

    /**
     * The first bytes of a body.
     *
     * @param text      those bytes as text, or {@code null} for a body that looks binary
     * @param bytes     the whole body's size
     * @param truncated whether {@code text} is only its start
     */
    public record Body(String text, long bytes, boolean truncated) {}

    public static InspectedRequest from(JsonNode node) {
        return new InspectedRequest(
                node.path("id").asLong(),
                instant(node.path("started")),
                text(node, "method"),
                text(node, "path"),
                text(node, "query_string"),
                text(node, "http_version"),
                node.path("client").textValue(),
                headers(node.path("request_headers")),
                body(node, "request_body"),
                node.path("status").isNumber() ? node.path("status").asInt() : null,
                headers(node.path("response_headers")),
                body(node, "response_body"),
                node.path("response_start_ms").isNumber()
                        ? node.path("response_start_ms").asDouble()
                        : null,
                node.path("duration_ms").asDouble(),
                text(node, "outcome"),
                node.path("error").textValue());
    }

    /** The path with its query string, as the client asked for it. */
    public String target() {
        return query.isEmpty() ? path : path + "?" + query;
    }

    /** The status, or "—" for an app that never started a response. */
    public String statusText() {
        return status == null ? "—" : status.toString();
    }

    /** {@code 1.24 ms}. */
    public String durationText() {
        return millis(durationMs);
    }

    /** The whole exchange as text, for the detail pane and the clipboard. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(method)
                .append(' ')
                .append(target())
                .append(" HTTP/")
                .append(httpVersion)
                .append(" → ")
                .append(statusText())
                .append("   (")
                .append(outcome)
                .append(")\n");
        text.append("#")
                .append(id)
                .append(started == null ? "" : " · " + started)
                .append(client == null ? "" : " · from " + client)
                .append(" · response started after ")
                .append(responseStartMs == null ? "—" : millis(responseStartMs))
                .append(" · done after ")
                .append(durationText())
                .append('\n');
        if (error != null) {
            text.append("error: ").append(error).append('\n');
        }
        section(text, "Request headers", requestHeaders);
        section(text, "Request body", requestBody);
        section(text, "Response headers", responseHeaders);
        section(text, "Response body", responseBody);
        return text.toString();
    }

    private static void section(StringBuilder text, String title, List<Header> headers) {
        text.append('\n').append(title).append('\n');
        if (headers.isEmpty()) {
            text.append("  (none)\n");
        }
        headers.forEach(header -> text.append("  ")
                .append(header.name())
                .append(": ")
                .append(header.value())
                .append('\n'));
    }

    private static void section(StringBuilder text, String title, Body body) {
        text.append('\n')
                .append(title)
                .append(" (")
                .append(body.bytes())
                .append(body.bytes() == 1 ? " byte" : " bytes");
        if (body.truncated() && body.text() != null) {
            text.append(", the first ").append(body.text().length()).append(" characters shown");
        }
        text.append(")\n");
        if (body.bytes() == 0) {
            text.append("  (empty)\n");
        } else if (body.text() == null) {
            text.append("  (binary, not shown)\n");
        } else {
            text.append(body.text()).append(body.truncated() ? "…" : "").append('\n');
        }
    }

    private static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.2f ms" : "%.1f ms", ms);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : "";
    }

    private static Instant instant(JsonNode value) {
        try {
            return value.isTextual() ? Instant.parse(value.textValue()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static List<Header> headers(JsonNode pairs) {
        List<Header> headers = new ArrayList<>();
        for (JsonNode pair : pairs) {
            if (pair.isArray() && pair.size() == 2) {
                headers.add(new Header(pair.get(0).asText(), pair.get(1).asText()));
            }
        }
        return List.copyOf(headers);
    }

    private static Body body(JsonNode node, String field) {
        return new Body(
                node.path(field).textValue(),
                node.path(field + "_bytes").asLong(),
                node.path(field + "_truncated").asBoolean());
    }
}
