package dev.wharf.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wharf}: the top-level command. Without a subcommand it prints its usage (the app's launcher opens the window instead). */
@Command(
        name = "wharf",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        description =
                "A dev-server manager for the JVM: serves ASGI apps written in Java, as Uvicorn serves Python ones.")
final class WharfCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(System.out);
        System.out.println();
        System.out.println(
                "./wharf without arguments opens the window; serve an app headless with: wharf run lifecycle-lab");
        return 0;
    }
}
