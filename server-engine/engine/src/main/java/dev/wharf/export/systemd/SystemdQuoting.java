package dev.wharf.export.systemd;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Words of a unit file's command line as systemd splits them: quoted where they hold spaces or
 * quotes, with {@code %} (a specifier) and {@code $} (a variable) escaped so they reach Wharf as typed.
 */
final class SystemdQuoting {

    private SystemdQuoting() {}

    static String commandLine(List<String> words) {
        return words.stream().map(SystemdQuoting::word).collect(Collectors.joining(" "));
    }

    static String word(String word) {
        String escaped = word.replace("%", "%%").replace("$", "$$");
        boolean plain = !escaped.isEmpty()
                && escaped.chars().noneMatch(c -> c <= ' ' || c == '"' || c == '\'' || c == '\\' || c == ';');
        if (plain) {
            return escaped;
        }
        return '"' + escaped.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
