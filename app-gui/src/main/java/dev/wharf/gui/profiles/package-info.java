/** Profiles: the settings files the window lists, opens, creates from the bundled samples and saves atomically. */
package dev.wharf.gui.profiles;
