/**
 * The "Why did this reload?" view: the last reloads, each with its changed files, compiled classes,
 * what the supervisor did (hot swap or a new generation) and why, in plain words, from the same
 * {@link dev.wharf.supervisor.ReloadReport} the command line prints.
 */
package dev.wharf.gui.reloads;
