/**
 * Why a server or a worker failed, in words, from its message and last lines: what the worker
 * detail, the notification area and the timeline say. Pure functions of text; no JavaFX.
 */
package dev.wharf.gui.diagnosis;
