/**
 * The window's notification area: what a command did or why it failed, as a banner under the
 * toolbar with a close button, a time-out for good news, and actions ("use port 8001", "open in the
 * editor"). Nothing here knows the supervisor; the view models post notices.
 */
package dev.wharf.gui.notices;
