package dev.wharf.gui.workers;

/**
 * One node of a worker's app.state as the tree shows it.
 *
 * @param key      the field name or {@code [index]}
 * @param value    the value as JSON for a leaf, a size such as {@code {3}} or {@code [5]} for a container
 * @param changed  whether it changed in the last few seconds (the tree highlights it)
 */
public record StateEntry(String key, String value, boolean changed) {}
