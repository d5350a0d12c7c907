package dev.wharf.samples.hello;

import static dev.wharf.asgi.Bytes.bytes;

import dev.wharf.asgi.App;
import dev.wharf.asgi.Header;
import dev.wharf.asgi.HttpResponseBody;
import dev.wharf.asgi.HttpResponseStart;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import java.util.List;

/** The smallest ASGI app: answers every HTTP request with {@code hello from ASGI}. */
public final class Hello implements App {

    private static final List<Header> HEADERS = List.of(Header.of("content-type", "text/plain; charset=utf-8"));
    private static final byte[] BODY = bytes("hello from ASGI");

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        if (!(scope instanceof HttpScope)) {
            return;
        }
        receive.receive(); // http.request
        send.send(new HttpResponseStart(200, HEADERS));
        send.send(new HttpResponseBody(BODY));
    }
}
