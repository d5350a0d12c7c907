/**
 * Small JavaFX pieces every panel uses: badges, bounded lists, formatting, help panes, and the
 * hand-off to the FX thread. No view logic of its own.
 */
package dev.wharf.gui.fx;
