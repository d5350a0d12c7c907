package dev.wharf.supervisor.reload.hotswap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Swap or roll: compares each class just compiled with the one the workers run, and swaps when
 * only method bodies changed. A class that is new, gone, or changed in a way a loaded class cannot
 * change ({@link ShapeChange}) makes the reload roll a new generation, with the first such reason.
 */
public final class SwapDecision {

    private SwapDecision() {}

    /**
     * @param compiled  every class the reload compiled, by binary name
     * @param running   the bytes of a class as the workers run it, or null when they have no such class
     * @param removed   classes the workers run from the reload's output that it no longer has
     */
    public static SwapPlan decide(Map<String, byte[]> compiled, Function<String, byte[]> running, Set<String> removed) {
        Map<String, byte[]> changed = new LinkedHashMap<>();
        String reason = null;
        for (Map.Entry<String, byte[]> entry : compiled.entrySet()) {
            byte[] before = running.apply(entry.getKey());
            if (before != null && Arrays.equals(before, entry.getValue())) {
                continue;
            }
            ClassShape now = ClassShape.of(entry.getValue());
            if (before == null) {
                changed.put(entry.getKey(), entry.getValue());
                if (reason == null) {
                    reason = "`" + now.simpleName()
                            + "` is a new class: it needs a new generation to be found by the app";
                }
                continue;
            }
            ClassShape old = ClassShape.of(before);
            String why = ShapeChange.between(old, now).orElse(null);
            if (why == null && old.bodies().equals(now.bodies())) {
                continue; // compiled with other debug options (line numbers, parameter names): the same code
            }
            changed.put(entry.getKey(), entry.getValue());
            if (reason == null) {
                reason = why;
            }
        }
        if (reason == null && !removed.isEmpty()) {
            String gone = new TreeSet<>(removed).first();
            reason = "`" + gone.substring(gone.lastIndexOf('.') + 1)
                    + "` was removed: a loaded class cannot be unloaded from the running workers";
        }
        return reason == null ? SwapPlan.swap(changed) : SwapPlan.roll(changed, reason);
    }
}
