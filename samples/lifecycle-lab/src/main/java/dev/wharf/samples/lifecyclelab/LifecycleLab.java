package dev.wharf.samples.lifecyclelab;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.LifespanScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketScope;

/**
 * An app that makes each step of the ASGI lifecycle visible: what lifespan startup puts into the
 * state, how bodies arrive and leave, how a WebSocket is accepted or refused, and what the server
 * does when an app misbehaves. Run it with {@code wharf run lifecycle-lab}; the README lists the
 * endpoints.
 */
public final class LifecycleLab implements App {

    /** The app, as {@code dev.wharf.samples.lifecyclelab.LifecycleLab:app}. */
    public static final App app = new LifecycleLab();

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        switch (scope) {
            case LifespanScope lifespan -> Lifespan.run(lifespan, receive, send);
            case HttpScope http -> new HttpRoutes(http, receive, send).handle();
            case WebSocketScope webSocket -> new WebSocketRoutes(webSocket, receive, send).handle();
        }
    }
}
