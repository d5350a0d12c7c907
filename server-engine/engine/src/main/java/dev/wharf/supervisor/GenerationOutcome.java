package dev.wharf.supervisor;

/**
 * How a restart ended.
 *
 * @param generation  the generation that serves afterwards
 * @param rolled      whether the new generation took over; if not, the old one still serves
 * @param message     why it did not, or {@code null}
 */
public record GenerationOutcome(int generation, boolean rolled, String message) {}
