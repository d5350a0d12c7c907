/**
 * The Wharf window: the application and its launcher, the main view with its toolbar and
 * shortcuts. Views are layout and bindings; view models hold the properties and commands; the
 * supervisor API is the model.
 */
package dev.wharf.gui;
