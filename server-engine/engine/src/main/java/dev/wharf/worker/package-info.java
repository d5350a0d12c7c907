/**
 * A worker process: its {@code main}, the session with its supervisor over the control channel,
 * and the telemetry it reports (stats and {@code app.state} snapshots).
 *
 * <p>Above the server it runs; nothing in the engine but the supervisor (which starts its main
 * class) refers to it.
 */
package dev.wharf.worker;
