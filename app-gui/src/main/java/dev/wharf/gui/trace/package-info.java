/** Opt-in timing traces of the window ({@code -Dwharf.gui.trace}), for the window's benchmark. */
package dev.wharf.gui.trace;
