/** Where the window keeps its own files, and its size, theme and last profile between runs. */
package dev.wharf.gui.prefs;
