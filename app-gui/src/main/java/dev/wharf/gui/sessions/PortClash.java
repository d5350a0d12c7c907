package dev.wharf.gui.sessions;

import java.util.Locale;

/**
 * A port another profile of this window already holds, found before a start: the supervisors bind
 * with port reuse between their own workers, so the window says who owns the port rather than
 * letting a second server share or fail on it.
 *
 * @param port   the port both want
 * @param owner  the session holding it
 * @param free   the next port no session of this window holds, to offer instead
 */
public record PortClash(int port, Session owner, int free) {

    /** "Port 8000 is used by profile 'api' (running)". */
    public String describe() {
        return "Port " + port + " is used by profile '" + owner.name() + "' ("
                + owner.status().name().toLowerCase(Locale.ROOT) + ")";
    }
}
