/**
 * Whether a reload can hot-swap: the shape of a class file (what a loaded class cannot change: its
 * fields, methods and their signatures, supertypes, record components, nest and static initializer)
 * and the comparison of the classes the workers run with the ones just compiled, which either lists
 * the classes to swap or says in plain words why a new generation must roll.
 *
 * <p>Reads class files only; knows nothing of workers, sockets or the reloader that asks.
 */
package dev.wharf.supervisor.reload.hotswap;
