package dev.wharf.startup;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The JDK's AOT cache (JEP 483, 514, 515; JDK 25+) of one program at one place. Once it exists
 * every run maps it ({@code -XX:AOTCache}) and starts with its classes already loaded and linked.
 * Until then one run at a time records what it loads ({@code -XX:AOTMode=record}) under the
 * {@link CacheLock}; when it exits (a worker at a stop, a restart or a reload; a window closing),
 * {@link AotAssembly} makes the cache from the recording in a process of its own. The other runs
 * meanwhile start as they would without a cache. Thread-safe: a supervisor asks for flags on its
 * own thread and hears of exits on the threads that watch its workers.
 */
final class AotCache implements StartupCache {

    /** A cache the JVM cannot use it ignores; its notes about that are of no use in a program's log. */
    static final List<String> QUIET = List.of("-Xlog:aot*=off", "-Xlog:cds*=off");

    private final Launch launch;
    private final Path cache;
    private final Path recording;
    private final CacheLock lock;
    private final long owner;
    private final String recordFlag;
    private boolean recordingHere;

    /**
     * @param base  the cache's files without their suffix
     * @param owner the process that holds the lock while a run records: the supervisor, or the shell
     *              that runs the window
     */
    AotCache(Launch launch, Path base, long owner) {
        this.launch = launch;
        this.cache = Path.of(base + ".aot");
        this.recording = Path.of(base + ".aotconf");
        this.lock = new CacheLock(Path.of(base + ".lock"));
        this.owner = owner;
        this.recordFlag = "-XX:AOTConfiguration=" + recording;
    }

    @Override
    public synchronized List<String> flagsForNextRun() {
        if (Files.isRegularFile(cache)) {
            return with("-XX:AOTCache=" + cache);
        }
        if (recordingHere || !lock.take(owner)) {
            return QUIET;
        }
        recordingHere = true;
        return with("-XX:AOTMode=record", recordFlag);
    }

    @Override
    public synchronized void runExited(List<String> flags) {
        if (!flags.contains(recordFlag)) {
            return;
        }
        recordingHere = false;
        if (Files.isRegularFile(recording)) {
            AotAssembly.startInBackground(launch, recording, lock);
        } else {
            // Killed before it could write what it loaded: the next run records instead.
            AotAssembly.release(lock);
        }
    }

    static List<String> with(String... flags) {
        List<String> all = new ArrayList<>(List.of(flags));
        all.addAll(QUIET);
        return all;
    }
}
