package dev.wharf.gui.desktop;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Opens a source file at a line in the user's editor: {@code WHARF_EDITOR} when set (a command
 * whose {@code {file}}, {@code {line}} and {@code {column}} are filled in, as
 * {@code code -g {file}:{line}:{column}}), else {@code $VISUAL} or {@code $EDITOR} with the
 * {@code +line file} most editors take, else the desktop's default program for the file.
 */
public final class Editor {

    private final Map<String, String> environment;

    public Editor(Map<String, String> environment) {
        this.environment = environment;
    }

    public static Editor fromEnvironment() {
        return new Editor(System.getenv());
    }

    /** The command that opens {@code file} at {@code line}:{@code column}, or empty for the desktop's default. */
    public List<String> command(Path file, long line, long column) {
        String template = environment.get("WHARF_EDITOR");
        if (present(template)) {
            List<String> words = new ArrayList<>();
            for (String word : template.strip().split("\\s+")) {
                words.add(word.replace("{file}", file.toString())
                        .replace("{line}", Long.toString(Math.max(1, line)))
                        .replace("{column}", Long.toString(Math.max(1, column))));
            }
            return words;
        }
        String editor = present(environment.get("VISUAL")) ? environment.get("VISUAL") : environment.get("EDITOR");
        if (present(editor)) {
            List<String> words = new ArrayList<>(List.of(editor.strip().split("\\s+")));
            words.add("+" + Math.max(1, line));
            words.add(file.toString());
            return words;
        }
        return List.of();
    }

    /** Opens the file; false when no editor could be started. Blocks briefly: never on the FX thread. */
    public boolean open(Path file, long line, long column) {
        List<String> command = command(file, line, column);
        return command.isEmpty() ? DesktopOpener.open(file.toString()) : DesktopOpener.run(command);
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
