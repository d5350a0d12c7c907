package dev.wharf.gui.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Each owner's notices on a topic replace and clear only that owner's: two profiles never undo each other's. */
class NoticesViewModelTest {

    private final NoticesViewModel notices = new NoticesViewModel();

    @Test
    void oneProfilesReloadSuccessLeavesAnotherProfilesReloadFailureShowing() {
        notices.post(
                Notice.failure("reload", "api: Compile failed", "", List.of()).ownedBy("server-1"));
        notices.post(Notice.success("reload", "web: Reloaded").ownedBy("server-2"));

        assertThat(notices.notices()).extracting(Notice::title).containsExactly("web: Reloaded", "api: Compile failed");
    }

    @Test
    void aNewNoticeReplacesOnlyItsOwnersOnItsTopic() {
        notices.post(
                Notice.failure("reload", "api: Compile failed", "", List.of()).ownedBy("server-1"));
        notices.post(Notice.success("reload", "api: Reloaded").ownedBy("server-1"));

        assertThat(notices.notices()).extracting(Notice::title).containsExactly("api: Reloaded");
    }

    @Test
    void clearingClosesTheOwnersNoticeAndClearingAllClosesEveryOneOfIt() {
        notices.post(
                Notice.failure("server", "api: did not start", "", List.of()).ownedBy("server-1"));
        notices.post(
                Notice.failure("server", "web: did not start", "", List.of()).ownedBy("server-2"));
        notices.post(
                Notice.failure("slot-0", "web: slot 0 failed", "", List.of()).ownedBy("server-2"));
        notices.post(Notice.info("browser", "No browser could be opened"));

        notices.clear("server-1", "server");
        assertThat(notices.notices())
                .extracting(Notice::title)
                .containsExactly("No browser could be opened", "web: slot 0 failed", "web: did not start");

        notices.clearAll("server-2");
        assertThat(notices.notices()).extracting(Notice::title).containsExactly("No browser could be opened");
    }
}
