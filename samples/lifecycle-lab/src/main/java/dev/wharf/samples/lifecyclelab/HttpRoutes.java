package dev.wharf.samples.lifecyclelab;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpRequest;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/** The lab's HTTP endpoints, one method each. */
final class HttpRoutes {

    private final HttpScope scope;
    private final Receive receive;
    private final Send send;
    private final Query query;

    HttpRoutes(HttpScope scope, Receive receive, Send send) {
        this.scope = scope;
        this.receive = receive;
        this.send = send;
        this.query = new Query(scope.queryStringText());
    }

    void handle() throws Exception {
        String path = scope.path().substring(scope.rootPath().length());
        String method = scope.method();
        try {
            switch (path) {
                case "/" -> get(method, this::hello);
                case "/echo" -> echo();
                case "/stream" -> get(method, this::stream);
                case "/sleep" -> get(method, this::sleep);
                case "/scope" -> scope();
                case "/state" -> get(method, this::state);
                case "/status" -> get(method, this::status);
                case "/error" -> get(method, this::error);
                case "/error-after-start" -> get(method, this::errorAfterStart);
                case "/no-response" -> get(method, () -> {});
                case "/headers" -> get(method, this::headers);
                default -> Responses.text(send, 404, "Not Found: " + path + "\n");
            }
        } catch (Query.BadRequest e) {
            Responses.text(send, 400, "Bad Request: " + e.getMessage() + "\n");
        }
    }

    private interface Endpoint {
        void run() throws Exception;
    }

    /** A GET route, which answers HEAD too, as Starlette's routes do (the server drops the body). */
    private void get(String method, Endpoint endpoint) throws Exception {
        if (method.equals("GET") || method.equals("HEAD")) {
            endpoint.run();
            return;
        }
        Responses.send(
                send, 405, List.of(Responses.TEXT, Header.of("allow", "GET, HEAD")), bytes("Method Not Allowed\n"));
    }

    private void hello() throws Exception {
        Responses.text(send, 200, "hello from ASGI");
    }

    private void echo() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            Message message = receive.receive();
            if (!(message instanceof HttpRequest request)) {
                return; // http.disconnect: nobody left to answer
            }
            body.write(request.body());
            if (!request.moreBody()) {
                break;
            }
        }
        String contentType = scope.header("content-type").orElse("application/octet-stream");
        Responses.send(send, 200, List.of(Header.of("content-type", contentType)), body.toByteArray());
    }

    private void stream() throws Exception {
        int chunks = (int) query.number("n", 5, 0, 100_000);
        int size = (int) query.number("size", 16, 0, 1 << 20);
        byte[] chunk = new byte[size];
        Arrays.fill(chunk, (byte) 'x');
        send.send(new HttpResponseStart(200, List.of(Responses.TEXT)));
        for (int i = 0; i < chunks; i++) {
            send.send(new HttpResponseBody(chunk, true));
        }
        send.send(new HttpResponseBody(new byte[0], false));
    }

    /** Answers with the status asked for and no body: for 204, 304 and the server's rules on 1xx. */
    private void status() throws Exception {
        int code = (int) query.number("code", 200, 100, 599);
        send.send(new HttpResponseStart(code, List.of()));
        send.send(new HttpResponseBody(new byte[0], false));
    }

    private void sleep() throws Exception {
        long ms = query.number("ms", 1000, 0, 600_000);
        Thread.sleep(ms);
        Responses.text(send, 200, "slept " + ms);
    }

    private void scope() throws Exception {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", scope.type());
        json.put("http_version", scope.httpVersion());
        json.put("method", scope.method());
        json.put("scheme", scope.scheme());
        json.put("path", scope.path());
        json.put("raw_path", new String(scope.rawPath(), StandardCharsets.ISO_8859_1));
        json.put("query_string", scope.queryStringText());
        json.put("root_path", scope.rootPath());
        json.put(
                "client",
                scope.client() == null
                        ? null
                        : Arrays.asList(scope.client().host(), scope.client().port()));
        json.put(
                "server",
                scope.server() == null
                        ? null
                        : Arrays.asList(scope.server().host(), scope.server().port()));
        List<List<String>> headers = new ArrayList<>();
        for (Header header : scope.headers()) {
            headers.add(List.of(header.nameText(), header.valueText()));
        }
        json.put("headers", headers);
        json.put("state", new ArrayList<>(new TreeSet<>(scope.state().keySet())));
        Responses.json(send, json);
    }

    private void state() throws Exception {
        Map<String, Object> state = scope.state();
        if (!(state.get(Lifespan.COUNTER) instanceof AtomicLong counter)) {
            Responses.text(send, 503, "No lifespan state: this worker runs with --lifespan off.\n");
            return;
        }
        long count = counter.incrementAndGet();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("pid", state.get(Lifespan.PID));
        json.put("started_at", state.get(Lifespan.STARTED_AT));
        json.put("counter", count);
        Responses.json(send, json);
    }

    private void error() {
        throw new IllegalStateException("lifecycle-lab: /error raises before responding, on purpose");
    }

    private void errorAfterStart() throws Exception {
        send.send(new HttpResponseStart(200, List.of(Responses.TEXT)));
        throw new IllegalStateException(
                "lifecycle-lab: /error-after-start raises after http.response.start, on purpose");
    }

    private void headers() throws Exception {
        int n = (int) query.number("n", 3, 0, 1000);
        List<Header> headers = new ArrayList<>(n + 1);
        headers.add(Responses.TEXT);
        for (int i = 0; i < n; i++) {
            headers.add(Header.of("x-h-" + i, String.valueOf(i)));
        }
        Responses.send(send, 200, headers, bytes(n + " headers\n"));
    }
}
