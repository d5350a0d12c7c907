/** The settings form, made from the settings model: a row per setting, validated as typed, live or restart. */
package dev.wharf.gui.settings;
