package dev.wharf.gui.notices;

import java.time.Duration;
import java.util.List;

/**
 * One message in the notification area.
 *
 * @param owner    whose it is: a session's key (each profile's server posts its own), or {@link #WINDOW}
 * @param topic    what it is about ("server", "reload"): a new notice replaces its owner's one on its topic
 * @param level    how it looks
 * @param title    one line, bold
 * @param text     the detail (the diagnosis, the last lines), may be empty
 * @param actions  buttons that act on it
 * @param links    links under the text, one a line (a compile error's place, which opens the file)
 * @param lasts    how long it stays, or {@code null} until closed
 */
public record Notice(
        String owner,
        String topic,
        Level level,
        String title,
        String text,
        List<Action> actions,
        List<Action> links,
        Duration lasts) {

    /** The owner of notices about the window itself rather than one profile's server (no browser, no editor). */
    public static final String WINDOW = "";

    /** Good news goes by itself after this long; failures stay until closed. */
    public static final Duration SHORT = Duration.ofSeconds(6);

    public enum Level {
        INFO,
        SUCCESS,
        WARNING,
        DANGER
    }

    /** A button or link on a notice; a button closes the notice once it ran, a link leaves it. */
    public record Action(String label, String id, Runnable run) {}

    public Notice {
        actions = List.copyOf(actions);
        links = List.copyOf(links);
        text = text == null ? "" : text;
        owner = owner == null ? WINDOW : owner;
    }

    public static Notice info(String topic, String title) {
        return new Notice(WINDOW, topic, Level.INFO, title, "", List.of(), List.of(), SHORT);
    }

    public static Notice success(String topic, String title) {
        return new Notice(WINDOW, topic, Level.SUCCESS, title, "", List.of(), List.of(), SHORT);
    }

    public static Notice failure(String topic, String title, String text, List<Action> actions) {
        return new Notice(WINDOW, topic, Level.DANGER, title, text, actions, List.of(), null);
    }

    /** The same notice with {@code more} links under its text. */
    public Notice withLinks(List<Action> more) {
        return new Notice(owner, topic, level, title, text, actions, more, lasts);
    }

    /** The same notice, {@code owner}'s: it replaces and clears only that owner's notices. */
    public Notice ownedBy(String owner) {
        return new Notice(owner, topic, level, title, text, actions, links, lasts);
    }

    /** Whether {@code other} takes this one's place: the same owner and topic. */
    boolean sameSlot(Notice other) {
        return owner.equals(other.owner) && topic.equals(other.topic);
    }
}
