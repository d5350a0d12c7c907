package dev.wharf.cli;

import dev.wharf.logging.JvmDefaults;
import java.io.PrintWriter;
import picocli.CommandLine;

/** The {@code wharf} command. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        JvmDefaults.apply();
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        return execute(WindowOpener.NONE, args);
    }

    /** Runs a command, {@code wharf window} opening the window with {@code window}. */
    public static int execute(WindowOpener window, String... args) {
        return commandLine(window).execute(args);
    }

    /**
     * Runs a command whose output goes to {@code out} and {@code err} rather than the process's: the
     * window's Export… runs {@code wharf export} this way and shows what it printed (the files written,
     * the production lint's refusals).
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(WindowOpener.NONE).setOut(out).setErr(err).execute(args);
    }

    static CommandLine commandLine(WindowOpener window) {
        CommandLine wharf = new CommandLine(new WharfCommand());
        wharf.addSubcommand("run", RunCommand.commandLine());
        wharf.addSubcommand("window", WindowCommand.commandLine(window));
        wharf.addSubcommand("trust", new TrustCommand());
        wharf.addSubcommand("profile", new ProfileCommand());
        wharf.addSubcommand("export", new ExportCommand());
        return wharf.setUsageHelpAutoWidth(true);
    }
}
