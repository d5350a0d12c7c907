package dev.wharf.samples.chat;

import dev.wharf.asgi.Message;
import dev.wharf.asgi.Receive;
import dev.wharf.asgi.Send;
import dev.wharf.asgi.WebSocketAccept;
import dev.wharf.asgi.WebSocketReceive;
import dev.wharf.asgi.WebSocketScope;
import dev.wharf.asgi.WebSocketSend;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * One browser tab in the chat, from {@code websocket.connect} to {@code websocket.disconnect}: its
 * thread reads what the tab says and broadcasts it; a second thread writes what the room says.
 */
final class ChatConnection {

    static final int MAX_NAME = 24;
    static final int MAX_TEXT = 2000;

    private final ChatRoom room;
    private final WebSocketScope scope;
    private final Receive receive;
    private final Send send;

    ChatConnection(ChatRoom room, WebSocketScope scope, Receive receive, Send send) {
        this.room = room;
        this.scope = scope;
        this.receive = receive;
        this.send = send;
    }

    void run() throws Exception {
        receive.receive(); // websocket.connect
        send.send(new WebSocketAccept());
        Member member = new Member(name(), send);
        send.send(WebSocketSend.text(ChatEvents.welcome(room.pid(), member.name(), room.size() + 1)));
        Thread writer = Thread.ofVirtual().name("chat-writer").start(() -> {
            try {
                member.pumpOutbox();
            } catch (Exception e) {
                // the tab has gone; the reading side notices too and leaves the room
            }
        });
        room.join(member);
        try {
            Message message;
            while ((message = receive.receive()) instanceof WebSocketReceive said) {
                String text = said.text() != null ? said.text().strip() : "";
                if (!text.isEmpty()) {
                    room.broadcast(ChatEvents.said(room.pid(), member.name(), clip(text, MAX_TEXT)));
                }
            }
        } finally {
            room.leave(member);
            member.stop();
            writer.join();
        }
    }

    /** The {@code name} the page put in the query string, or a guest name. */
    private String name() {
        for (String pair : scope.queryStringText().split("&")) {
            if (pair.startsWith("name=")) {
                String name = URLDecoder.decode(pair.substring(5), StandardCharsets.UTF_8)
                        .strip();
                if (!name.isEmpty()) {
                    return clip(name, MAX_NAME);
                }
            }
        }
        return room.guestName();
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max);
    }
}
