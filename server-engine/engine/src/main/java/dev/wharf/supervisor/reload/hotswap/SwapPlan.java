package dev.wharf.supervisor.reload.hotswap;

import java.util.Map;
import java.util.TreeMap;

/**
 * What a reload does with its compiled classes: swap these into the running workers, or roll a new
 * generation for the reason given.
 *
 * @param classes  the classes whose bytes changed, by binary name, new bytes; what a swap redefines
 * @param reason   why a new generation must roll instead, in plain words; null when a swap will do
 */
public record SwapPlan(Map<String, byte[]> classes, String reason) {

    public SwapPlan {
        classes = java.util.Collections.unmodifiableMap(new TreeMap<>(classes));
    }

    public static SwapPlan swap(Map<String, byte[]> classes) {
        return new SwapPlan(classes, null);
    }

    public static SwapPlan roll(Map<String, byte[]> classes, String reason) {
        return new SwapPlan(classes, reason);
    }

    public boolean swappable() {
        return reason == null;
    }
}
