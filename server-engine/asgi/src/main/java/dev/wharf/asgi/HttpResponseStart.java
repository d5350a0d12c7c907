package dev.wharf.asgi;

import java.util.List;

/**
 * ASGI {@code http.response.start} (app to server): status and headers. Nothing reaches the
 * client until the first {@link HttpResponseBody}.
 *
 * @param status  ASGI {@code status}
 * @param headers ASGI {@code headers}
 */
public record HttpResponseStart(int status, List<Header> headers) implements HttpMessage {

    public static final String TYPE = "http.response.start";

    public HttpResponseStart {
        headers = headers == null ? List.of() : headers;
    }

    public HttpResponseStart(int status) {
        this(status, List.of());
    }

    @Override
    public String type() {
        return TYPE;
    }
}
