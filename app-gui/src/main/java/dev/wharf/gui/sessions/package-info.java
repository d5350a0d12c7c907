/**
 * Several servers at once: one {@link dev.wharf.gui.sessions.Session} per profile, each with its own
 * supervisor (through its server view model), workers, logs, timeline and charts, and the
 * {@link dev.wharf.gui.sessions.Sessions} that finds a profile's session and refuses a port another
 * running profile holds. No JavaFX node; the window shows the selected profile's session.
 */
package dev.wharf.gui.sessions;
