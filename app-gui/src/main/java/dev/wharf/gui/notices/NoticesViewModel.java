package dev.wharf.gui.notices;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The notices shown, newest first, one per owner and topic: each profile's server owns its notices,
 * so one profile's success never takes away another's failure. FX thread only.
 */
public final class NoticesViewModel {

    /** More would push the panels out of a 700-pixel window. */
    static final int SHOWN = 3;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    /** Shows {@code notice}, in place of any of its owner's on its topic. */
    public void post(Notice notice) {
        notices.removeIf(n -> n.sameSlot(notice));
        notices.add(0, notice);
        if (notices.size() > SHOWN) {
            notices.remove(SHOWN, notices.size());
        }
    }

    /** Closes {@code owner}'s notice on {@code topic}, if one shows (its cause has gone). */
    public void clear(String owner, String topic) {
        notices.removeIf(n -> n.owner().equals(owner) && n.topic().equals(topic));
    }

    /** Closes every notice of {@code owner} (a profile deleted: its server's notices have no one to read them). */
    public void clearAll(String owner) {
        notices.removeIf(n -> n.owner().equals(owner));
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    public ObservableList<Notice> notices() {
        return notices;
    }
}
