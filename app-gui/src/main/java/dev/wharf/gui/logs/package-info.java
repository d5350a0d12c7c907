/** The Logs panel: every worker's output and the supervisor's lines, with level and worker filters, search and follow. */
package dev.wharf.gui.logs;
