package dev.wharf.config.sources;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@code .env} file, as {@code --env-file} names it and python-dotenv reads it for Uvicorn:
 * {@code NAME=VALUE} lines, an optional {@code export } in front, {@code #} comments, values in
 * single quotes taken as they are and in double quotes with {@code \n}, {@code \"} and {@code \\}
 * escapes.
 */
public final class EnvFile {

    private EnvFile() {}

    /**
     * @throws IOException naming the file, and the line for a line that is not NAME=VALUE
     */
    public static Map<String, String> read(Path file) throws IOException {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IOException("env file " + file + " does not exist (looked at " + file.toAbsolutePath() + ")");
        }
        Map<String, String> variables = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            if (line.startsWith("export ")) {
                line = line.substring("export ".length()).strip();
            }
            int equals = line.indexOf('=');
            String name = equals < 0 ? line : line.substring(0, equals).strip();
            if (equals <= 0 || !name.matches("[A-Za-z_][A-Za-z0-9_.]*")) {
                throw new IOException(
                        file + ", line " + (i + 1) + ": '" + lines.get(i).strip() + "' is not NAME=VALUE");
            }
            variables.put(name, value(line.substring(equals + 1).strip()));
        }
        return variables;
    }

    private static String value(String raw) {
        if (raw.length() >= 2 && raw.startsWith("'") && raw.endsWith("'")) {
            return raw.substring(1, raw.length() - 1);
        }
        if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
            return unescape(raw.substring(1, raw.length() - 1));
        }
        int comment = raw.indexOf(" #");
        return comment >= 0 ? raw.substring(0, comment).strip() : raw;
    }

    private static String unescape(String quoted) {
        StringBuilder out = new StringBuilder(quoted.length());
        for (int i = 0; i < quoted.length(); i++) {
            char c = quoted.charAt(i);
            if (c == '\\' && i + 1 < quoted.length()) {
                char next = quoted.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 't' -> '\t';
                            case 'r' -> '\r';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
