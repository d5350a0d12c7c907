/** The Plugins panel of the settings form: which plugins wrap the app, in which order, with which options. */
package dev.wharf.gui.plugins;
