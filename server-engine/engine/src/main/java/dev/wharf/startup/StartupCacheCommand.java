package dev.wharf.startup;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The start-up cache as a command, for what cannot call it in its own JVM: the shell launcher
 * ({@code ./wharf}), which must know the window's JVM flags before that JVM starts and assembles
 * the window's cache once it has closed, and the process {@link AotAssembly} starts for a
 * supervisor's workers. It runs on the runtime the command line it is given is for, from a class
 * path of the one jar that holds it, and loads little: the shell runs it before every window.
 *
 * <pre>
 * flags KIND OWNER OPTION... -cp CLASSPATH    the cache flags of the next run of that command line, one a
 *                                             line (none: no cache); OWNER, the process that waits for
 *                                             the run, holds the lock while it records
 * assemble RECORDING OPTION... -cp CLASSPATH  makes the AOT cache from what a run of that command line
 *                                             recorded and puts it in place
 * </pre>
 */
public final class StartupCacheCommand {

    static final String FLAGS = "flags";
    static final String ASSEMBLE = "assemble";
    private static final Set<String> CLASS_PATH = Set.of("-cp", "-classpath", "--class-path");

    private StartupCacheCommand() {}

    public static void main(String[] args) {
        int status = run(args, CacheFolder.ofUser(), System.out, System.err);
        // System.exit would start the JDK's logging (it may log the exit): an ending main is sooner.
        if (status != 0) {
            System.exit(status);
        }
    }

    static int run(String[] args, Path cacheFolder, PrintStream out, PrintStream err) {
        int minimum = args.length > 0 && args[0].equals(FLAGS) ? 5 : 4;
        if (args.length < minimum
                || !(args[0].equals(FLAGS) || args[0].equals(ASSEMBLE))
                || !CLASS_PATH.contains(args[args.length - 2])) {
            err.println("usage: " + FLAGS + " KIND OWNER OPTION... -cp CLASSPATH | " + ASSEMBLE
                    + " RECORDING OPTION... -cp CLASSPATH");
            return 2;
        }
        List<String> options = Arrays.asList(args).subList(minimum - 2, args.length - 2);
        Launch launch = new Launch(Launch.javaOfThisRuntime(), options, args[args.length - 1]);
        if (args[0].equals(ASSEMBLE)) {
            return AotAssembly.assemble(launch, Path.of(args[1])) ? 0 : 1;
        }
        long owner;
        try {
            owner = Long.parseLong(args[2]);
        } catch (NumberFormatException e) {
            err.println("OWNER must be a process id, not '" + args[2] + "'");
            return 2;
        }
        StartupCache cache =
                StartupCache.of(args[1], launch, cacheFolder, Runtime.version().feature(), owner);
        for (String flag : cache.flagsForNextRun()) {
            out.println(flag);
        }
        return 0;
    }
}
