/** The Workers panel: a row per worker with its phase and counters, and the selected worker's own app.state tree. */
package dev.wharf.gui.workers;
