package dev.wharf.gui.timeline;

import java.time.Instant;

/**
 * One moment of a server's life as the timeline lists it.
 *
 * @param at      when it happened
 * @param kind    what sort of moment (the timeline colours it)
 * @param title   what happened, in one line
 * @param detail  more (a crashed worker's last lines, a reload's changed files), or empty
 */
public record TimelineEntry(Instant at, Kind kind, String title, String detail) {

    public enum Kind {
        SERVER("server"),
        LIFESPAN("lifespan"),
        RELOAD("reload"),
        CRASH("crash"),
        RESTART("restart"),
        SCALE("scale"),
        SETTINGS("settings");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
