/** Telemetry from the supervisor to the FX thread, coalesced into batches so the window stays light under load. */
package dev.wharf.gui.telemetry;
