package dev.wharf.protocols.http;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The app that answers in place of the real one when the worker is at {@code --limit-concurrency},
 * as Uvicorn's {@code service_unavailable}: 503 and a closed connection, so the client retries
 * elsewhere rather than queueing on this worker.
 */
final class ServiceUnavailable implements App {

    static final ServiceUnavailable APP = new ServiceUnavailable();

    private static final byte[] BODY = "Service Unavailable".getBytes(StandardCharsets.UTF_8);
    private static final List<Header> HEADERS = List.of(
            Header.of("content-type", "text/plain; charset=utf-8"),
            Header.of("content-length", Integer.toString(BODY.length)),
            Header.of("connection", "close"));

    private ServiceUnavailable() {}

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        send.send(new HttpResponseStart(503, HEADERS));
        send.send(new HttpResponseBody(BODY));
    }
}
