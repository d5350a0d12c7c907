/**
 * What the window asks of the desktop: open an address in the browser, a source file at a line in
 * the user's editor. Each answers whether it could, so the window can fall back and say so.
 */
package dev.wharf.gui.desktop;
