package dev.wharf.cli;

import dev.wharf.logging.JvmDefaults;
import picocli.CommandLine;

/** The {@code wharf} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        JvmDefaults.apply();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine wharf = new CommandLine(new WharfCommand());
        wharf.addSubcommand("run", RunCommand.commandLine());
        wharf.addSubcommand("trust", new TrustCommand());
        wharf.addSubcommand("profile", new ProfileCommand());
        wharf.addSubcommand("export", new ExportCommand());
        return wharf.setUsageHelpAutoWidth(true).execute(args);
    }
}
