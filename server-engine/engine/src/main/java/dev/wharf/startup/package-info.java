/**
 * Start-up caches: what makes a JVM of Wharf's start sooner than a cold one, the classes an earlier
 * run of the same program loaded, kept in a file the JVM maps at start. One component for every
 * JVM Wharf starts: the workers (for the supervisor), the window run by {@code ./wharf} (through
 * {@link dev.wharf.startup.StartupCacheCommand}) and the packaged window's launcher. It owns how a
 * cache is named ({@link dev.wharf.startup.CacheName}), where it lives and when another build's goes
 * ({@link dev.wharf.startup.CacheFolder}), who may write one ({@link dev.wharf.startup.CacheLock}),
 * the JDK 25 AOT cache's record, assemble and install steps ({@link dev.wharf.startup.AotCache},
 * {@link dev.wharf.startup.AotAssembly}) and the dynamic class-data archive of older JDKs and of the
 * packaged window ({@link dev.wharf.startup.DynamicArchive},
 * {@link dev.wharf.startup.PackagedWindowArchive}).
 *
 * <p>It depends on the JDK alone: a shell launcher runs its command on a class path of one jar
 * before anything else of Wharf is loaded, and the packager names the window's archive with it.
 */
package dev.wharf.startup;
