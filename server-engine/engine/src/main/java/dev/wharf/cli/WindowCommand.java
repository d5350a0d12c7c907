package dev.wharf.cli;

import dev.wharf.config.setting.InvalidSettingsException;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.sources.SettingsResolver;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code wharf window [OPTIONS] [APP]}: the window, with settings given as {@code wharf run} takes
 * them. Each flag beats the environment and the profile in every profile the form shows, and its
 * field is marked "flag"; a profile saved from the form keeps its own value for it, as it does for
 * a {@code WHARF_*} variable. A value its setting refuses ends the command before any window opens,
 * with the message {@code wharf run} gives for it.
 */
@Command(
        name = "window",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        sortOptions = false,
        abbreviateSynopsis = true,
        description = {
            "Open the window (as `wharf` with no arguments does), with these settings over every profile's.",
            "The form marks each value a flag gives \"flag\"; saving a profile keeps the profile's own value for it."
        })
final class WindowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private ModelOptions options;
    private final WindowOpener opener;

    private WindowCommand(WindowOpener opener) {
        this.opener = opener;
    }

    /** The {@code window} command with one option per setting of the model, opening {@code opener}. */
    static CommandLine commandLine(WindowOpener opener) {
        WindowCommand command = new WindowCommand(opener);
        CommandLine commandLine = new CommandLine(command);
        command.options = ModelOptions.addTo(commandLine.getCommandSpec());
        return commandLine;
    }

    @Override
    public Integer call() {
        Map<Setting<?>, List<String>> flags = options.given();
        try {
            SettingsResolver.fromCommandLine(flags);
        } catch (InvalidSettingsException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        return opener.open(flags);
    }
}
