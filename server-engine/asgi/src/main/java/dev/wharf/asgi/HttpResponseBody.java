package dev.wharf.asgi;

/**
 * ASGI {@code http.response.body} (app to server): a piece of the response body.
 *
 * @param body     ASGI {@code body}
 * @param moreBody ASGI {@code more_body}: {@code true} to stream more pieces after this one
 */
public record HttpResponseBody(byte[] body, boolean moreBody) implements HttpMessage {

    public static final String TYPE = "http.response.body";

    public HttpResponseBody {
        body = body == null ? new byte[0] : body;
    }

    /** The whole (last) body. */
    public HttpResponseBody(byte[] body) {
        this(body, false);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
