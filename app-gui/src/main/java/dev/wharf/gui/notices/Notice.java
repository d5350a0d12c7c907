package dev.wharf.gui.notices;

import java.time.Duration;
import java.util.List;

/**
 * One message in the notification area.
 *
 * @param topic    what it is about ("server", "reload"): a new notice replaces the one on its topic
 * @param level    how it looks
 * @param title    one line, bold
 * @param text     the detail (the diagnosis, the last lines), may be empty
 * @param actions  buttons that act on it
 * @param links    links under the text, one a line (a compile error's place, which opens the file)
 * @param lasts    how long it stays, or {@code null} until closed
 */
public record Notice(
        String topic,
        Level level,
        String title,
        String text,
        List<Action> actions,
        List<Action> links,
        Duration lasts) {

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
    }

    public static Notice info(String topic, String title) {
        return new Notice(topic, Level.INFO, title, "", List.of(), List.of(), SHORT);
    }

    public static Notice success(String topic, String title) {
        return new Notice(topic, Level.SUCCESS, title, "", List.of(), List.of(), SHORT);
    }

    public static Notice failure(String topic, String title, String text, List<Action> actions) {
        return new Notice(topic, Level.DANGER, title, text, actions, List.of(), null);
    }

    /** The same notice with {@code more} links under its text. */
    public Notice withLinks(List<Action> more) {
        return new Notice(topic, level, title, text, actions, more, lasts);
    }
}
