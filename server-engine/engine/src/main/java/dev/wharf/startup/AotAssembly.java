package dev.wharf.startup;

import java.io.File;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The step from a recording to an AOT cache: a JVM in create mode reads what a run recorded and
 * writes the cache beside it, at low priority (it is the cache's business, not the serving
 * workers'); the cache is then renamed into place whole, so no run ever maps half a cache, and the
 * recording and the lock go. It runs in a process of its own ({@code StartupCacheCommand assemble}),
 * which outlives the program that recorded: a supervisor that stops as its recording worker exits,
 * or a window that closes, would otherwise end before the cache is in place, and no cache would
 * ever be.
 */
final class AotAssembly {

    private static final System.Logger log = System.getLogger("wharf.startup");
    private static final String RECORDING = ".aotconf";

    private AotAssembly() {}

    /** Starts the assembly of {@code recording}, made by a run of {@code launch}, and hands it the lock. */
    static void startInBackground(Launch launch, Path recording, CacheLock lock) {
        List<String> command = new ArrayList<>(ownSession());
        command.addAll(List.of(
                launch.java(),
                "-XX:TieredStopAtLevel=1",
                "-XX:+UseSerialGC",
                "-cp",
                codeLocation().orElse(launch.classPath()),
                StartupCacheCommand.class.getName(),
                StartupCacheCommand.ASSEMBLE,
                recording.toString()));
        command.addAll(launch.options());
        command.addAll(List.of("-cp", launch.classPath()));
        try {
            Process assembly = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            assembly.getOutputStream().close();
            lock.handTo(assembly.pid());
        } catch (IOException e) {
            log.log(Level.DEBUG, "Could not start assembling the AOT cache {0}: {1}", recording, e);
            release(lock);
        }
    }

    /**
     * In the assembling process: makes the cache from {@code recording}, a run of {@code launch}'s,
     * puts it in place and removes the recording and the lock. Returns whether the cache is in place.
     */
    static boolean assemble(Launch launch, Path recording) {
        String base = baseOf(recording);
        Path cache = Path.of(base + ".aot");
        Path partial = Path.of(base + ".aot.tmp");
        CacheLock lock = new CacheLock(Path.of(base + ".lock"));
        try {
            lock.handTo(ProcessHandle.current().pid());
            List<String> command = new ArrayList<>();
            command.add(launch.java());
            command.addAll(launch.options());
            command.addAll(AotCache.with(
                    "-XX:AOTMode=create", "-XX:AOTConfiguration=" + recording, "-XX:AOTCache=" + partial));
            command.addAll(List.of("-cp", launch.classPath()));
            Process create = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            create.getOutputStream().close();
            lowerPriority(create);
            if (create.waitFor() == 0 && Files.isRegularFile(partial)) {
                Files.move(partial, cache, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
            return false;
        } catch (IOException e) {
            log.log(Level.DEBUG, "Could not assemble the AOT cache {0}: {1}", cache, e);
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            try {
                Files.deleteIfExists(partial);
                Files.deleteIfExists(recording);
            } catch (IOException e) {
                log.log(Level.DEBUG, "Could not remove the recording {0}: {1}", recording, e);
            }
            release(lock);
        }
    }

    static void release(CacheLock lock) {
        try {
            lock.release();
        } catch (IOException e) {
            log.log(Level.DEBUG, "Could not remove a cache's lock: {0}", e);
        }
    }

    static String baseOf(Path recording) {
        String text = recording.toString();
        if (!text.endsWith(RECORDING)) {
            throw new IllegalArgumentException("not the recording of an AOT cache: " + recording);
        }
        return text.substring(0, text.length() - RECORDING.length());
    }

    /** Where this code comes from: all the assembling process needs on its class path. */
    private static Optional<String> codeLocation() {
        CodeSource source = AotAssembly.class.getProtectionDomain().getCodeSource();
        try {
            return source == null
                    ? Optional.empty()
                    : Optional.of(Path.of(source.getLocation().toURI()).toString());
        } catch (URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code setsid}, where there is one (Linux): the assembly runs in a session of its own, so a
     * second CTRL+C that forces the supervisor's stop, or the terminal closing, signals the
     * supervisor's process group and not the assembly, which then finishes and puts the cache in
     * place. {@code setsid} execs the command in the same process, as the process it starts is no
     * group leader, so the lock goes to the assembling JVM itself (which takes it over anyway).
     */
    static List<String> ownSession() {
        for (String folder :
                System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(File.pathSeparator)) {
            Path setsid = Path.of(folder.isEmpty() ? "." : folder, "setsid");
            if (Files.isRegularFile(setsid) && Files.isExecutable(setsid)) {
                return List.of(setsid.toString());
            }
        }
        return List.of();
    }

    /** Nice 19: the assembly waits for idle CPU. */
    private static void lowerPriority(Process process) {
        try {
            new ProcessBuilder("renice", "-n", "19", "-p", Long.toString(process.pid()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // No renice here (Windows): the assembly runs at normal priority, once.
        }
    }
}
