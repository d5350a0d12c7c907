package dev.wharf.gui;

import static dev.wharf.gui.OnFakeSupervisors.await;
import static dev.wharf.gui.OnFakeSupervisors.profilesShown;
import static dev.wharf.gui.OnRealWorkers.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.controls.Message;
import dev.wharf.gui.profiles.Profile;
import dev.wharf.gui.server.ServerViewModel;
import dev.wharf.supervisor.ServerStatus;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Each profile's server keeps to its own: its notices (one profile starting never closes another's
 * failure), and its session, which follows a rename (a running server keeps running under the new
 * name) and goes with a deletion (a running server stopped first, after a prompt).
 */
class ProfilesAndTheirServersTest extends OnFakeSupervisors {

    private static final String BUSY = "Could not bind to 127.0.0.1:8000: address already in use. Stop the other"
            + " server or choose another --port.";

    @Start
    void open(Stage stage) {
        openWindow(stage);
    }

    @Test
    void oneProfileStartingLeavesAnotherProfilesFailureShowing(FxRobot robot) throws Exception {
        profilesShown(robot);
        select(robot, "hello");
        nextStartFailure = BUSY;
        robot.clickOn("#start");
        await(() -> notices(robot).size() == 1);
        assertThat(notices(robot).get(0).getTitle()).startsWith("hello: The server did not start");

        select(robot, "lifecycle-lab");
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(notices(robot))
                .extracting(Message::getTitle)
                .singleElement()
                .asString()
                .startsWith("hello: The server did not start");

        // hello's own next start, once the port is free again, is what closes hello's failure.
        robot.clickOn("#stop");
        await(() -> onFx(() -> model.server().statusProperty().get() == ServerStatus.STOPPED));
        select(robot, "hello");
        robot.clickOn("#start");
        await(() -> model.server().isRunning() && notices(robot).isEmpty());
    }

    @Test
    void aRenamedProfileKeepsItsSessionAndARunningServerKeepsServingUnderTheNewName(FxRobot robot) throws Exception {
        profilesShown(robot);
        select(robot, "hello");
        int sessions = onFx(() -> model.allSessions().size());
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        ServerViewModel server = onFx(() -> model.server());
        FakeSupervisor supervisor = supervisor();

        robot.interact(() -> model.profiles().rename("greeting"));
        await(() -> names().contains("greeting") && !names().contains("hello"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.server())).isSameAs(server);
        assertThat(onFx(() -> model.server().statusProperty().get())).isEqualTo(ServerStatus.RUNNING);
        assertThat(supervisor.commands).doesNotContain("stop", "close");
        assertThat(onFx(() -> model.activeSessions().stream().map(s -> s.name()).toList()))
                .containsExactly("greeting");
        assertThat(chip(robot, "greeting")).isEqualTo("running");
        assertThat(onFx(() -> model.allSessions().size())).isEqualTo(sessions);

        // Stopped, then renamed again: still one session for the profile, not one per name it had.
        robot.clickOn("#stop");
        await(() -> onFx(() -> model.server().statusProperty().get() == ServerStatus.STOPPED));
        robot.interact(() -> model.profiles().rename("hello again"));
        await(() -> names().contains("hello again"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.server())).isSameAs(server);
        assertThat(onFx(() -> model.allSessions().size())).isEqualTo(sessions);
    }

    @Test
    void deletingAStoppedProfileClosesItsSessionAndItsNotices(FxRobot robot) throws Exception {
        profilesShown(robot);
        select(robot, "hello");
        int sessions = onFx(() -> model.allSessions().size());
        nextStartFailure = BUSY;
        robot.clickOn("#start");
        await(() -> notices(robot).size() == 1);
        FakeSupervisor failed = supervisor();

        robot.interact(() -> model.profiles().delete());
        await(() -> !names().contains("hello"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(onFx(() -> model.allSessions().size())).isEqualTo(sessions - 1);
        assertThat(notices(robot)).isEmpty();
        await(() -> failed.commands.contains("close"));
    }

    @Test
    void deletingARunningProfileAsksThenStopsItsServerFirst(FxRobot robot) throws Exception {
        profilesShown(robot);
        select(robot, "hello");
        robot.clickOn("#start");
        await(() -> model.server().isRunning());
        FakeSupervisor running = supervisor();

        deleteFromTheMenu(robot);
        DialogPane prompt = robot.lookup("#delete-profile").queryAs(DialogPane.class);
        assertThat(prompt.getHeaderText()).contains("Stop hello's server");
        robot.clickOn(robot.lookup("Cancel").match(Node::isVisible).queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(names()).contains("hello");
        assertThat(running.commands).doesNotContain("stop");

        deleteFromTheMenu(robot);
        robot.clickOn(robot.lookup("Stop and delete").match(Node::isVisible).queryButton());
        await(() -> !names().contains("hello"));
        await(() -> running.commands.contains("close"));
        assertThat(running.commands).containsSubsequence("stop", "close");
        assertThat(onFx(() -> model.activeSessions())).isEmpty();
        assertThat(onFx(() -> model.profiles().selectedProperty().get().name())).isEqualTo("lifecycle-lab");
    }

    private void deleteFromTheMenu(FxRobot robot) throws Exception {
        robot.clickOn("#profile-more");
        robot.clickOn("Delete…");
        await(() -> robot.lookup("#delete-profile").tryQuery().isPresent());
    }

    private void select(FxRobot robot, String name) throws Exception {
        robot.clickOn(robot.lookup("#profiles .list-cell")
                .match((ListCell<Profile> cell) ->
                        cell.getItem() != null && cell.getItem().name().equals(name))
                .<ListCell<Profile>>query());
        await(() -> model.profiles().selectedProperty().get() != null
                && model.profiles().selectedProperty().get().name().equals(name));
    }

    private List<String> names() throws Exception {
        return onFx(
                () -> model.profiles().profiles().stream().map(Profile::name).toList());
    }

    private static List<Message> notices(FxRobot robot) throws Exception {
        return onFx(() -> List.copyOf(robot.lookup((Node node) -> node instanceof Message
                        && node.getId() != null
                        && node.getId().startsWith("notice-"))
                .queryAllAs(Message.class)));
    }

    private static String chip(FxRobot robot, String name) throws Exception {
        return onFx(() -> ((Label) robot.lookup("#profiles .list-cell")
                        .match((ListCell<Profile> cell) ->
                                cell.getItem() != null && cell.getItem().name().equals(name))
                        .<ListCell<Profile>>query()
                        .lookup(".profile-status"))
                .getText());
    }
}
