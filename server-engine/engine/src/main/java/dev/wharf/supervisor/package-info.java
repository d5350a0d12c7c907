/**
 * The supervisor API, the one surface the window and the CLI drive: {@link
 * dev.wharf.supervisor.Supervisor}, the snapshots and events it publishes, and the reports of
 * restarts and reloads. Types only; {@code supervisor.process} implements it.
 */
package dev.wharf.supervisor;
