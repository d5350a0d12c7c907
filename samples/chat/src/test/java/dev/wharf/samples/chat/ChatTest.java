package dev.wharf.samples.chat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.testing.RawHttpClient;
import dev.wharf.testing.RawResponse;
import dev.wharf.testing.RunningServer;
import dev.wharf.testing.WebSocketClient;
import org.junit.jupiter.api.Test;

/** The chat over real sockets: the page, and messages broadcast to the worker's room. */
class ChatTest {

    private static final ObjectMapper json = new ObjectMapper();
    private static final long PID = ProcessHandle.current().pid();

    private static JsonNode next(WebSocketClient client) throws Exception {
        return json.readTree(client.nextText());
    }

    @Test
    void pageIsServedAtTheRoot() throws Exception {
        try (RunningServer server = RunningServer.start(new Chat());
                RawHttpClient client = server.connect()) {
            RawResponse page =
                    client.send("GET / HTTP/1.1\r\nHost: chat\r\n\r\n").read();
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.header("content-type")).contains("text/html; charset=utf-8");
            assertThat(page.bodyText()).contains("<title>Wharf chat</title>").contains("new WebSocket(");
        }
    }

    @Test
    void everyConnectionOfTheWorkerHearsEachMessageStampedWithItsPid() throws Exception {
        try (RunningServer server = RunningServer.start(new Chat());
                WebSocketClient ann = WebSocketClient.connect(server.port(), "/chat?name=ann")) {
            JsonNode welcome = next(ann);
            assertThat(welcome.get("type").asText()).isEqualTo("welcome");
            assertThat(welcome.get("pid").asLong()).isEqualTo(PID);
            assertThat(welcome.get("members").asInt()).isEqualTo(1);
            try (WebSocketClient bob = WebSocketClient.connect(server.port(), "/chat?name=b%C3%B6b")) {
                assertThat(next(bob).get("members").asInt()).isEqualTo(2);
                JsonNode joined = next(ann);
                assertThat(joined.get("type").asText()).isEqualTo("joined");
                assertThat(joined.get("name").asText()).isEqualTo("böb");

                bob.sendText("hello \"room\"\nline two");
                for (WebSocketClient member : new WebSocketClient[] {ann, bob}) {
                    JsonNode said = next(member);
                    assertThat(said.get("type").asText()).isEqualTo("said");
                    assertThat(said.get("name").asText()).isEqualTo("böb");
                    assertThat(said.get("text").asText()).isEqualTo("hello \"room\"\nline two");
                    assertThat(said.get("pid").asLong()).isEqualTo(PID);
                }
                bob.close(1000, "");
            }
            JsonNode left = next(ann);
            assertThat(left.get("type").asText()).isEqualTo("left");
            assertThat(left.get("members").asInt()).isEqualTo(1);
        }
    }

    @Test
    void twoWorkersAreTwoRooms() throws Exception {
        // Two app instances stand in for two worker processes: each has its own room in its own memory.
        try (RunningServer first = RunningServer.start(new Chat());
                RunningServer second = RunningServer.start(new Chat());
                WebSocketClient ann = WebSocketClient.connect(first.port(), "/chat?name=ann");
                WebSocketClient bob = WebSocketClient.connect(second.port(), "/chat?name=bob")) {
            next(ann);
            next(bob);
            bob.sendText("anyone?");
            assertThat(next(bob).get("text").asText()).isEqualTo("anyone?");
            ann.sendText("only me");
            assertThat(next(ann).get("text").asText()).as("ann never heard bob").isEqualTo("only me");
        }
    }

    @Test
    void aTabWithoutANameIsAGuestAndOtherPathsAreRefused() throws Exception {
        try (RunningServer server = RunningServer.start(new Chat());
                WebSocketClient guest = WebSocketClient.connect(server.port(), "/chat")) {
            assertThat(next(guest).get("name").asText()).isEqualTo("guest-1");
            assertThat(WebSocketClient.refusalStatus(server.port(), "/elsewhere"))
                    .isEqualTo(403);
        }
    }

    @Test
    void quoteEscapesWhatJsonMust() {
        assertThat(ChatEvents.quote("a\"b\\c\u0001é")).isEqualTo("\"a\\u0022b\\u005cc\\u0001é\"");
    }
}
