package dev.wharf.asgi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Every message carries the ASGI type name it mirrors, and the defaults ASGI gives its optional keys. */
class MessageTest {

    @Test
    void typesAreAsgiNames() {
        assertThat(new HttpRequest(null, false).type()).isEqualTo("http.request");
        assertThat(new HttpDisconnect().type()).isEqualTo("http.disconnect");
        assertThat(new HttpResponseStart(200).type()).isEqualTo("http.response.start");
        assertThat(new HttpResponseBody(new byte[0]).type()).isEqualTo("http.response.body");
        assertThat(new WebSocketConnect().type()).isEqualTo("websocket.connect");
        assertThat(new WebSocketAccept().type()).isEqualTo("websocket.accept");
        assertThat(new WebSocketReceive(null, "hi").type()).isEqualTo("websocket.receive");
        assertThat(WebSocketSend.text("hi").type()).isEqualTo("websocket.send");
        assertThat(new WebSocketDisconnect(1000, "").type()).isEqualTo("websocket.disconnect");
        assertThat(new WebSocketClose().type()).isEqualTo("websocket.close");
        assertThat(new WebSocketHttpResponseStart(403, null).type()).isEqualTo("websocket.http.response.start");
        assertThat(new WebSocketHttpResponseBody(null, false).type()).isEqualTo("websocket.http.response.body");
        assertThat(new LifespanStartup().type()).isEqualTo("lifespan.startup");
        assertThat(new LifespanStartupComplete().type()).isEqualTo("lifespan.startup.complete");
        assertThat(new LifespanStartupFailed(null).type()).isEqualTo("lifespan.startup.failed");
        assertThat(new LifespanShutdown().type()).isEqualTo("lifespan.shutdown");
        assertThat(new LifespanShutdownComplete().type()).isEqualTo("lifespan.shutdown.complete");
        assertThat(new LifespanShutdownFailed(null).type()).isEqualTo("lifespan.shutdown.failed");
    }

    @Test
    void optionalKeysTakeAsgiDefaults() {
        assertThat(new HttpRequest(null, false).body()).isEmpty();
        assertThat(new HttpResponseStart(204).headers()).isEmpty();
        assertThat(new HttpResponseBody(new byte[] {1}).moreBody()).isFalse();
        assertThat(new WebSocketClose().code()).isEqualTo(1000);
        assertThat(new WebSocketClose(1001, null).reason()).isEmpty();
        assertThat(new WebSocketAccept().subprotocol()).isNull();
        assertThat(new LifespanStartupFailed(null).message()).isEmpty();
    }
}
