package dev.wharf.worker.hotswap;

import java.lang.instrument.ClassDefinition;
import java.lang.instrument.ClassFileTransformer;
import java.lang.instrument.Instrumentation;
import java.lang.instrument.UnmodifiableClassException;
import java.security.ProtectionDomain;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Redefines the app's classes in a running worker with the {@link WharfAgent}'s instrumentation:
 * the classes its app class loader has loaded are redefined at once (calls in flight finish on the
 * old code, new calls run the new one), and the ones it has not loaded yet get their new bytes
 * when it does, since its folders still hold the old ones. All or nothing: a refusal changes none.
 *
 * <p>One per worker, for the app's loader, which is the same for the worker's whole life (a reload
 * that cannot swap starts new workers). Called from the worker's main thread, one swap at a time.
 */
public final class HotSwap {

    /**
     * What a swap did.
     *
     * @param redefined  the loaded classes it redefined
     * @param pending    the classes not loaded yet, which will load with the new bytes
     * @param refusal    why nothing was swapped, or null
     * @param nanos      how long it took
     */
    public record Result(List<String> redefined, List<String> pending, String refusal, long nanos) {}

    private final ClassLoader appLoader;
    /** New bytes of classes the app's loader has not loaded yet, by internal name ({@code demo/Greeting}). */
    private final Map<String, byte[]> pending = new ConcurrentHashMap<>();

    private boolean transforming;

    public HotSwap(ClassLoader appLoader) {
        this.appLoader = appLoader;
    }

    /** Redefines {@code classes} (binary name → class file) in the app's loader, or none of them. */
    public Result apply(Map<String, byte[]> classes) {
        long begun = System.nanoTime();
        Instrumentation inst = WharfAgent.instrumentation();
        if (inst == null || !inst.isRedefineClassesSupported()) {
            return refused("the worker runs without the Wharf agent", begun);
        }
        Map<String, Class<?>> loaded = new HashMap<>();
        for (Class<?> type : inst.getInitiatedClasses(appLoader)) {
            if (type.getClassLoader() == appLoader && classes.containsKey(type.getName())) {
                loaded.put(type.getName(), type);
            }
        }
        List<ClassDefinition> definitions = new ArrayList<>();
        List<String> notLoaded = new ArrayList<>();
        for (Map.Entry<String, byte[]> entry : classes.entrySet()) {
            Class<?> type = loaded.get(entry.getKey());
            if (type != null) {
                definitions.add(new ClassDefinition(type, entry.getValue()));
            } else {
                notLoaded.add(entry.getKey());
            }
        }
        try {
            inst.redefineClasses(definitions.toArray(ClassDefinition[]::new));
        } catch (ClassNotFoundException | UnmodifiableClassException | UnsupportedOperationException | LinkageError e) {
            return refused("the JVM refused the new classes: " + e, begun);
        }
        for (String name : notLoaded) {
            pending.put(name.replace('.', '/'), classes.get(name));
        }
        if (!notLoaded.isEmpty() && !transforming) {
            inst.addTransformer(new PendingClasses(), false);
            transforming = true;
        }
        List<String> redefined = definitions.stream()
                .map(d -> d.getDefinitionClass().getName())
                .sorted()
                .toList();
        return new Result(redefined, List.copyOf(notLoaded), null, System.nanoTime() - begun);
    }

    private static Result refused(String why, long begun) {
        return new Result(List.of(), List.of(), why, System.nanoTime() - begun);
    }

    /** Gives a class the app's loader loads for the first time its swapped bytes, not its folder's. */
    private final class PendingClasses implements ClassFileTransformer {
        @Override
        public byte[] transform(
                ClassLoader loader, String className, Class<?> redefined, ProtectionDomain domain, byte[] bytes) {
            if (loader != appLoader || redefined != null || className == null) {
                return null;
            }
            return pending.remove(className);
        }
    }
}
