package dev.wharf.gui.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which process listens on a TCP port, named for a person: "pid 4242 (python3 -m http.server 8000)".
 * Asks {@code ss -ltnp} first; without it (or where it cannot tell), reads the kernel's socket
 * tables ({@code /proc/net/tcp}, {@code tcp6}) and finds the process holding that socket among
 * {@code /proc/*}{@code /fd}. Empty where neither can tell (another system, a process of another
 * user). Blocks briefly: background only.
 */
final class PortOwner {

    private static final Pattern PID = Pattern.compile("pid=(\\d+)");
    /** {@code st} 0A is LISTEN in the kernel's TCP states. */
    private static final String LISTEN = "0A";

    private PortOwner() {}

    /** The owner of {@code port} as "pid N (command line)", or "pid N" when its command cannot be read. */
    static Optional<String> describe(int port) {
        OptionalLong pid = of(port);
        if (pid.isEmpty()) {
            return Optional.empty();
        }
        String command = ProcessHandle.of(pid.getAsLong())
                .flatMap(process -> process.info().commandLine())
                .orElse("");
        if (command.length() > 120) {
            command = command.substring(0, 117) + "…";
        }
        return Optional.of("pid " + pid.getAsLong() + (command.isEmpty() ? "" : " (" + command + ")"));
    }

    static OptionalLong of(int port) {
        OptionalLong bySs = bySs(port);
        return bySs.isPresent() ? bySs : byProc(port);
    }

    private static OptionalLong bySs(int port) {
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

    /** The kernel's own tables: the listening socket's inode, then the process with a descriptor on it. */
    static OptionalLong byProc(int port) {
        Set<String> sockets = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            sockets.addAll(listeningInodes(Path.of(table), port));
        }
        if (sockets.isEmpty()) {
            return OptionalLong.empty();
        }
        try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path process : processes) {
                if (holdsAny(process.resolve("fd"), sockets)) {
                    return OptionalLong.of(Long.parseLong(process.getFileName().toString()));
                }
            }
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
        return OptionalLong.empty();
    }

    /** Lines read "sl local_address rem_address st … inode": the local port is hex after the colon. */
    private static Set<String> listeningInodes(Path table, int port) {
        Set<String> inodes = new HashSet<>();
        String hexPort = String.format(Locale.ROOT, "%04X", port);
        try {
            for (String line : Files.readAllLines(table)) {
                String[] columns = line.strip().split("\\s+");
                if (columns.length > 9
                        && columns[1].endsWith(":" + hexPort)
                        && columns[3].equals(LISTEN)
                        && !columns[9].equals("0")) {
                    inodes.add("socket:[" + columns[9] + "]");
                }
            }
        } catch (IOException | RuntimeException e) {
            // No such table here (not Linux, or no IPv6): nothing listens there that we can see.
        }
        return inodes;
    }

    private static boolean holdsAny(Path descriptors, Set<String> sockets) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(descriptors)) {
            for (Path fd : fds) {
                try {
                    if (sockets.contains(Files.readSymbolicLink(fd).toString())) {
                        return true;
                    }
                } catch (IOException e) {
                    // A descriptor closed while we looked.
                }
            }
        } catch (IOException | RuntimeException e) {
            // Another user's process, or one that exited: not ours to read.
        }
        return false;
    }
}
