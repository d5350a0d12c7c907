package dev.wharf.config.sources;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Words as a POSIX shell (sh, bash, zsh) reads them back: a word of only safe characters stays as
 * it is, any other is put in single quotes, inside which the shell expands nothing; a single quote
 * itself ends the quoting, is escaped, and starts it again ({@code 'it'\''s'}).
 */
public final class ShellWords {

    /** Characters no POSIX shell treats specially anywhere in a word. */
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_@%+=:,./-]+");

    private ShellWords() {}

    public static String join(List<String> words) {
        return words.stream().map(ShellWords::quote).collect(Collectors.joining(" "));
    }

    public static String quote(String word) {
        // zsh expands a word that starts with '=' to a command's path.
        if (SAFE.matcher(word).matches() && !word.startsWith("=")) {
            return word;
        }
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
