package dev.wharf.config.sources;

import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import java.util.Map;

/**
 * systemd's socket activation ({@code sd_listen_fds}): a service started by a {@code .socket} unit
 * finds its listening sockets from descriptor 3 on, announced by {@code LISTEN_FDS} and addressed
 * to it by {@code LISTEN_PID}. Wharf serves on the first one as if {@code --fd 3} had been given,
 * unless {@code --fd} says otherwise.
 */
public final class SocketActivation {

    /** {@code SD_LISTEN_FDS_START}: the first passed descriptor. */
    public static final int FIRST_FD = 3;

    private SocketActivation() {}

    /**
     * @param env the process's environment
     * @param pid this process's id: the variables are for the process systemd started, not for its children
     * @return the settings, with {@code fd} set when the process was socket-activated and no fd was given
     */
    public static Settings apply(Settings settings, Map<String, String> env, long pid) {
        if (settings.get(ServerOptions.FD) != null) {
            return settings;
        }
        String fds = env.get("LISTEN_FDS");
        String forPid = env.get("LISTEN_PID");
        if (fds == null || forPid == null || !forPid.strip().equals(Long.toString(pid))) {
            return settings;
        }
        try {
            if (Integer.parseInt(fds.strip()) < 1) {
                return settings;
            }
        } catch (NumberFormatException e) {
            return settings;
        }
        return settings.with(ServerOptions.FD, FIRST_FD);
    }
}
