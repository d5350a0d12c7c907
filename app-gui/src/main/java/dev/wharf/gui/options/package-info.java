/**
 * One option as the window edits it, whether a Wharf setting or a plugin's option: {@link
 * dev.wharf.gui.options.OptionField} holds the text typed and checks it with the option's own type
 * as it is typed, and {@link dev.wharf.gui.options.OptionRow} shows it with the input its kind
 * calls for. The settings form and the Plugins panel both build their fields here.
 */
package dev.wharf.gui.options;
