package dev.wharf.config.setting;

import java.util.List;
import java.util.stream.Collectors;

/** One or more refused values; the message lists each on its own line. */
public final class InvalidSettingsException extends IllegalArgumentException {

    private final List<SettingProblem> problems;

    public InvalidSettingsException(List<SettingProblem> problems) {
        super(problems.stream().map(SettingProblem::message).collect(Collectors.joining(System.lineSeparator())));
        this.problems = List.copyOf(problems);
    }

    public List<SettingProblem> problems() {
        return problems;
    }
}
