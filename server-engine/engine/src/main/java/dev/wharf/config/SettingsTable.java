package dev.wharf.config;

import dev.wharf.asgi.option.OptionKind;
import dev.wharf.config.setting.Apply;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;

/**
 * The settings model as the README's Markdown table, one table per section, so the docs can never
 * disagree with the CLI: a test compares the README with this and fails when it is stale.
 */
public final class SettingsTable {

    public static final String BEGIN =
            "<!-- settings-table:begin (generated from the settings model; do not edit by hand) -->";
    public static final String END = "<!-- settings-table:end -->";

    private SettingsTable() {}

    /** The tables, between {@link #BEGIN} and {@link #END} exclusive. */
    public static String markdown() {
        StringBuilder out = new StringBuilder();
        for (Section section : Section.values()) {
            var settings = SettingsModel.in(section);
            if (settings.isEmpty()) {
                continue;
            }
            out.append("\n**").append(section.title()).append("**\n\n");
            out.append("| option | default | environment | live | what it does · when it matters · common mistake |\n");
            out.append("|---|---|---|---|---|\n");
            for (Setting<?> setting : settings) {
                out.append("| ")
                        .append(cell(flags(setting)))
                        .append(" | ")
                        .append(cell(setting.defaultText()))
                        .append(" | ")
                        .append(cell(String.join(", ", setting.environment())))
                        .append(" | ")
                        .append(setting.apply() == Apply.RESTART ? "restart" : "live")
                        .append(" | ")
                        .append(escape(setting.help().what()))
                        .append(" <br>*When:* ")
                        .append(escape(setting.help().when()))
                        .append(" <br>*Mistake:* ")
                        .append(escape(setting.help().mistake()))
                        .append(" |\n");
            }
        }
        return out.toString();
    }

    private static String flags(Setting<?> setting) {
        if (setting.positional()) {
            return setting.flag();
        }
        if (setting.type().kind() == OptionKind.BOOLEAN) {
            return setting.flag() + " / " + setting.negatedFlag();
        }
        return setting.flag() + " " + setting.type().label();
    }

    private static String cell(String text) {
        return "`" + text.replace("|", "\\|").replace("\n", "\\n") + "`";
    }

    private static String escape(String text) {
        return text.replace("|", "\\|").replace("*", "\\*");
    }

    /** Replaces the generated part of a README's text. */
    public static String replaceIn(String readme) {
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        if (begin < 0 || end < begin) {
            throw new IllegalArgumentException(
                    "the README has no settings table markers (" + BEGIN + " ... " + END + ")");
        }
        return readme.substring(0, begin + BEGIN.length()) + "\n" + markdown() + "\n" + readme.substring(end);
    }
}
