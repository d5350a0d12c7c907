/**
 * The running server as the window sees it: the view model over the supervisor API that starts,
 * stops, restarts, reloads, scales and applies settings, off the FX thread.
 */
package dev.wharf.gui.server;
