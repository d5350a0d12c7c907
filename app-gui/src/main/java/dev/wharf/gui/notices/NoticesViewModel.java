package dev.wharf.gui.notices;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The notices shown, newest first, one per topic. FX thread only. */
public final class NoticesViewModel {

    /** More would push the panels out of a 700-pixel window. */
    static final int SHOWN = 3;

    private final ObservableList<Notice> notices = FXCollections.observableArrayList();

    /** Shows {@code notice}, in place of any on its topic. */
    public void post(Notice notice) {
        notices.removeIf(n -> n.topic().equals(notice.topic()));
        notices.add(0, notice);
        if (notices.size() > SHOWN) {
            notices.remove(SHOWN, notices.size());
        }
    }

    /** Closes the notice on {@code topic}, if one shows (its cause has gone). */
    public void clear(String topic) {
        notices.removeIf(n -> n.topic().equals(topic));
    }

    public void dismiss(Notice notice) {
        notices.remove(notice);
    }

    public ObservableList<Notice> notices() {
        return notices;
    }
}
