package dev.wharf.export.systemd;

import dev.wharf.config.Config;
import dev.wharf.config.Settings;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.setting.Setting;
import dev.wharf.config.sources.RunFlags;
import dev.wharf.export.StopTimeout;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A profile as two systemd units: a {@code .socket} that owns the listening socket (so it stays open
 * across restarts and deploys, and a port below 1024 needs no root) and a {@code .service} that runs
 * {@code wharf run} with the profile's flags on that socket ({@code --fd 3}). Stopping sends SIGTERM
 * to the supervisor, which drains its workers; systemd waits the graceful-shutdown timeout and a
 * margin before it kills.
 *
 * @param name     the units' name, without suffix
 * @param settings the profile's settings
 * @param wharf    the absolute path of the {@code wharf} command on the target machine
 * @param source   the profile file the units came from, for the header
 */
public record SystemdUnits(String name, Settings settings, String wharf, String source) {

    /** Where the socket comes from is the .socket unit's business; the flags leave it out. */
    private static final Set<Setting<?>> LEFT_OUT =
            Set.of(ServerOptions.HOST, ServerOptions.PORT, ServerOptions.UDS, ServerOptions.FD, ServerOptions.BACKLOG);

    public String serviceFileName() {
        return name + ".service";
    }

    public String socketFileName() {
        return name + ".socket";
    }

    public String service() {
        List<String> command = new ArrayList<>(List.of(wharf, "run"));
        command.addAll(RunFlags.of(settings, LEFT_OUT));
        command.addAll(List.of("--fd", "3"));
        StringBuilder unit = new StringBuilder();
        header(unit);
        unit.append("[Unit]\n")
                .append("Description=Wharf serving ")
                .append(settings.get(dev.wharf.config.catalog.AppOptions.APP))
                .append('\n')
                .append("Requires=")
                .append(socketFileName())
                .append('\n')
                .append("After=network.target ")
                .append(socketFileName())
                .append("\n\n");
        unit.append("[Service]\n")
                .append("Type=exec\n")
                .append("ExecStart=")
                .append(SystemdQuoting.commandLine(command))
                .append('\n')
                .append(
                        "# Wharf drains on SIGTERM, as Uvicorn does: the supervisor tells its workers to finish what is\n")
                .append("# in flight; mixed sends it to the supervisor alone, and SIGKILL to every process once the\n")
                .append("# stop timeout (graceful shutdown ")
                .append(StopTimeout.drain(settings).toSeconds())
                .append(" s + a margin) has passed.\n")
                .append("KillSignal=SIGTERM\n")
                .append("KillMode=mixed\n")
                .append("TimeoutStopSec=")
                .append(StopTimeout.seconds(settings))
                .append('\n')
                .append(
                        "# The supervisor restarts crashed workers itself; systemd restarts Wharf when it fails, but not\n")
                .append("# after exit code 2 (bad settings), which a restart cannot fix.\n")
                .append("Restart=on-failure\n")
                .append("RestartSec=2\n")
                .append("RestartPreventExitStatus=2\n")
                .append("# Hardening. The JVM compiles code at run time, so MemoryDenyWriteExecute must stay off.\n")
                .append("DynamicUser=yes\n")
                .append("CacheDirectory=")
                .append(name)
                .append('\n')
                .append("Environment=XDG_CACHE_HOME=%C/")
                .append(name)
                .append('\n')
                .append("NoNewPrivileges=yes\n")
                .append("ProtectSystem=strict\n")
                .append("ProtectHome=read-only\n")
                .append("PrivateTmp=yes\n")
                .append("PrivateDevices=yes\n")
                .append("ProtectKernelTunables=yes\n")
                .append("ProtectKernelModules=yes\n")
                .append("ProtectControlGroups=yes\n")
                .append("RestrictNamespaces=yes\n")
                .append("RestrictRealtime=yes\n")
                .append("LockPersonality=yes\n")
                .append("SystemCallArchitectures=native\n")
                .append("# Workers talk to the supervisor over Unix sockets; the app may reach its database over IP.\n")
                .append("RestrictAddressFamilies=AF_UNIX AF_INET AF_INET6\n\n");
        unit.append("[Install]\n").append("WantedBy=multi-user.target\n");
        return unit.toString();
    }

    public String socket() {
        Config config = new Config(settings);
        StringBuilder unit = new StringBuilder();
        header(unit);
        unit.append("[Unit]\n")
                .append("Description=The listening socket of ")
                .append(serviceFileName())
                .append("\n\n");
        unit.append("[Socket]\n")
                .append("# The service gets this socket as descriptor 3 (wharf run --fd 3); Accept=no hands over the\n")
                .append("# listener itself, which every worker accepts from.\n")
                .append("ListenStream=")
                .append(listenStream(config))
                .append('\n')
                .append("Accept=no\n")
                .append("Backlog=")
                .append(config.backlog())
                .append('\n');
        if (config.uds() == null) {
            unit.append("NoDelay=true\n");
        }
        unit.append('\n').append("[Install]\n").append("WantedBy=sockets.target\n");
        return unit.toString();
    }

    private static String listenStream(Config config) {
        if (config.uds() != null) {
            return config.uds().toAbsolutePath().toString();
        }
        String host = config.host();
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + config.port();
    }

    private void header(StringBuilder unit) {
        unit.append("# Written by `wharf export systemd` from ")
                .append(source)
                .append(". Change the profile and export again rather than editing this file.\n");
    }
}
