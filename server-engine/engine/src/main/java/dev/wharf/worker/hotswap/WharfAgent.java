package dev.wharf.worker.hotswap;

import java.lang.instrument.Instrumentation;

/**
 * The Wharf agent of a worker JVM ({@code -javaagent}, see {@link AgentJar}): it keeps the JVM's
 * {@link Instrumentation} and does nothing else until a {@link HotSwap} uses it, so an app that is
 * never swapped runs exactly as without it.
 */
public final class WharfAgent {

    private static volatile Instrumentation instrumentation;

    private WharfAgent() {}

    /** Called by the JVM before the worker's main, when started with {@code -javaagent}. */
    public static void premain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** Called by the JVM when the agent is loaded into a running JVM. */
    public static void agentmain(String args, Instrumentation inst) {
        instrumentation = inst;
    }

    /** The JVM's instrumentation, or null when this JVM was started without the agent. */
    static Instrumentation instrumentation() {
        return instrumentation;
    }

    /** Whether this JVM runs the agent and can redefine classes. */
    public static boolean installed() {
        Instrumentation inst = instrumentation;
        return inst != null && inst.isRedefineClassesSupported();
    }
}
