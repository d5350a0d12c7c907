package dev.wharf.config.lint;

import dev.wharf.config.setting.Setting;
import java.util.List;

/**
 * A setting combination that works but is probably a mistake.
 *
 * @param rule      a stable name for the rule ("reload-with-workers"), for tests and for silencing
 * @param concerns  the settings the GUI shows the warning beside
 * @param message   what is wrong and what to do instead
 */
public record LintWarning(String rule, List<Setting<?>> concerns, String message) {

    public LintWarning {
        concerns = List.copyOf(concerns);
    }
}
