package dev.wharf.samples.lifecyclelab;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.Send;
import java.io.IOException;
import java.util.List;

/** Whole responses in the two messages ASGI asks for. */
final class Responses {

    static final Header TEXT = Header.of("content-type", "text/plain; charset=utf-8");
    static final Header JSON = Header.of("content-type", "application/json");

    private Responses() {}

    static void text(Send send, int status, String body) throws IOException, InterruptedException {
        send(send, status, List.of(TEXT), bytes(body));
    }

    static void json(Send send, Object value) throws IOException, InterruptedException {
        send(send, 200, List.of(JSON), bytes(Json.write(value)));
    }

    static void send(Send send, int status, List<Header> headers, byte[] body)
            throws IOException, InterruptedException {
        send.send(new HttpResponseStart(status, headers));
        send.send(new HttpResponseBody(body));
    }
}
