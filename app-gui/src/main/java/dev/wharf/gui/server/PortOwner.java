package dev.wharf.gui.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which process listens on a TCP port, as {@code ss -ltnp} tells (Linux); empty where it cannot
 * tell (another system, no {@code ss}, a process of another user). Blocks briefly: background only.
 */
final class PortOwner {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private PortOwner() {}

    static OptionalLong of(int port) {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp", "sport = :" + port)
                    .redirectErrorStream(true)
                    .start();
            String out;
            try (InputStream in = ss.getInputStream()) {
                out = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            }
            if (!ss.waitFor(2, TimeUnit.SECONDS)) {
                ss.destroyForcibly();
                return OptionalLong.empty();
            }
            Matcher pid = PID.matcher(out);
            return pid.find() ? OptionalLong.of(Long.parseLong(pid.group(1))) : OptionalLong.empty();
        } catch (IOException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
