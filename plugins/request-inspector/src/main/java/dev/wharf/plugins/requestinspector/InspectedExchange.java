package dev.wharf.plugins.requestinspector;

import dev.wharf.asgi.ClientDisconnected;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpDisconnect;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One request and its response as the inspector sees them: the {@code receive} and {@code send}
 * the app is called with, noting what passes through them (never changing it), and the record
 * made of it at the end. Its fields are written by the app's thread; {@link #disconnected} also by
 * whichever thread calls {@code receive}.
 */
final class InspectedExchange implements Receive, Send {

    private final HttpScope scope;
    private final Receive receive;
    private final Send send;
    private final Set<String> redacted;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private final BodyCapture requestBody;
    private final BodyCapture responseBody;
    private Integer status;
    private List<Header> responseHeaders = List.of();
    private Double responseStartMillis;
    private boolean complete;
    private volatile boolean disconnected;

    InspectedExchange(HttpScope scope, Receive receive, Send send, InspectorSettings settings) {
        this.scope = scope;
        this.receive = receive;
        this.send = send;
        this.redacted = settings.redactedHeaders();
        this.requestBody = new BodyCapture(settings.maxBodyBytes());
        this.responseBody = new BodyCapture(settings.maxBodyBytes());
    }

    @Override
    public Message receive() throws InterruptedException {
        Message message = receive.receive();
        if (message instanceof HttpRequest request) {
            requestBody.add(request.body());
        } else if (message instanceof HttpDisconnect) {
            disconnected = true;
        }
        return message;
    }

    @Override
    public void send(Message message) throws IOException, InterruptedException {
        if (message instanceof HttpResponseStart start && status == null) {
            status = start.status();
            responseHeaders = start.headers();
            responseStartMillis = elapsedMillis();
        } else if (message instanceof HttpResponseBody body) {
            responseBody.add(body.body());
            complete |= !body.moreBody();
        }
        try {
            send.send(message);
        } catch (ClientDisconnected e) {
            disconnected = true;
            throw e;
        }
    }

    /** The exchange as the window shows it: JSON-shaped, field names in ASGI's snake case. */
    Map<String, Object> record(long id, Throwable error) {
        Map<String, Object> record = new LinkedHashMap<>();
        record.put("id", id);
        record.put("started", started.toString());
        record.put("method", scope.method());
        record.put("path", scope.path());
        record.put("query_string", scope.queryStringText());
        record.put("http_version", scope.httpVersion());
        record.put("client", scope.client() == null ? null : scope.client().toString());
        record.put("request_headers", headers(scope.headers()));
        putBody(record, "request_body", requestBody);
        record.put("status", status);
        record.put("response_headers", headers(responseHeaders));
        putBody(record, "response_body", responseBody);
        record.put("response_start_ms", responseStartMillis);
        record.put("duration_ms", elapsedMillis());
        record.put("outcome", outcome(error));
        record.put("error", error == null ? null : error.getClass().getName() + ": " + error.getMessage());
        return Collections.unmodifiableMap(record);
    }

    private String outcome(Throwable error) {
        if (error != null && !(error instanceof ClientDisconnected)) {
            return "error";
        }
        if (complete) {
            return "complete";
        }
        return disconnected || error != null ? "disconnected" : "incomplete";
    }

    private List<List<String>> headers(List<Header> headers) {
        List<List<String>> pairs = new ArrayList<>(headers.size());
        for (Header header : headers) {
            String name = header.nameText().toLowerCase(Locale.ROOT);
            pairs.add(List.of(name, redacted.contains(name) ? "[redacted]" : header.valueText()));
        }
        return List.copyOf(pairs);
    }

    private static void putBody(Map<String, Object> record, String name, BodyCapture body) {
        record.put(name, body.text());
        record.put(name + "_bytes", body.totalBytes());
        record.put(name + "_truncated", body.truncated());
    }

    private double elapsedMillis() {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
