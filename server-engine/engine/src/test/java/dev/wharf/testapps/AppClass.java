package dev.wharf.testapps;

import dev.wharf.asgi.App;
import dev.wharf.asgi.HttpScope;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Scope;
import dev.wharf.asgi.Send;
import dev.wharf.testing.Apps;

/** A class that is itself the app, imported by class name alone. */
public final class AppClass implements App {

    @Override
    public void call(Scope scope, Receive receive, Send send) throws Exception {
        if (scope instanceof HttpScope) {
            receive.receive();
            Apps.respond(send, 200, "from class");
        }
    }
}
