/**
 * Hot swap inside a worker: the Wharf agent every worker JVM starts with (it only keeps the JVM's
 * {@link java.lang.instrument.Instrumentation} until a swap uses it), the small jar that names it,
 * and the redefinition of the app's classes in the app's class loader.
 *
 * <p>Uses nothing of the engine but the JDK: the supervisor writes the jar, the worker session
 * hands it the class bytes the supervisor sent.
 */
package dev.wharf.worker.hotswap;
