package dev.wharf.cli;

import picocli.CommandLine;

/** The {@code wharf} command. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return new CommandLine(new WharfCommand()).setUsageHelpAutoWidth(true).execute(args);
    }
}
