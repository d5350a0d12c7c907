package dev.wharf.server;

import io.netty.channel.unix.DomainSocketAddress;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A listening socket this process was started with ({@code --fd N}, or systemd's socket activation),
 * checked before anything serves on it: a descriptor that is a file, a closed number or a socket
 * that does not listen would otherwise fail deep inside the event loop with a message naming none of
 * them.
 *
 * <p>On Linux the kernel's tables under {@code /proc} say what the descriptor is and whether it
 * listens; elsewhere it is taken to be the TCP socket it was said to be.
 */
public final class InheritedSocket {

    /** The {@code /proc/net/tcp} state of a listening socket. */
    private static final String TCP_LISTEN = "0A";
    /** {@code __SO_ACCEPTCON} in {@code /proc/net/unix}'s flags: the socket listens. */
    private static final int UNIX_ACCEPTING = 0x10000;

    private InheritedSocket() {}

    /**
     * @return the socket to serve on, TCP or Unix
     * @throws IllegalArgumentException naming the descriptor when it is not a listening stream socket
     */
    public static ListenSocket.Inherited check(int fd) {
        Path self = Path.of("/proc/self/fd");
        if (!Files.isDirectory(self)) {
            return new ListenSocket.Inherited(fd, false);
        }
        String target;
        try {
            target = Files.readSymbolicLink(self.resolve(Integer.toString(fd))).toString();
        } catch (IOException e) {
            throw new IllegalArgumentException("--fd " + fd + ": this process has no open file descriptor " + fd
                    + "; start wharf from the program that opens the socket (systemd, systemd-socket-activate).");
        }
        if (!target.startsWith("socket:[")) {
            throw new IllegalArgumentException("--fd " + fd + ": descriptor " + fd + " is " + target
                    + ", not a socket; give the number of a " + "listening socket the parent process passed on.");
        }
        String inode = target.substring("socket:[".length(), target.length() - 1);
        Optional<Boolean> tcpListening = tcpState(inode);
        if (tcpListening.isPresent()) {
            if (!tcpListening.get()) {
                throw notListening(fd, "a TCP socket");
            }
            return new ListenSocket.Inherited(fd, false);
        }
        Optional<Boolean> unixListening = unixState(inode);
        if (unixListening.isPresent()) {
            if (!unixListening.get()) {
                throw notListening(fd, "a Unix socket");
            }
            return new ListenSocket.Inherited(fd, true);
        }
        throw new IllegalArgumentException("--fd " + fd + ": descriptor " + fd
                + " is a socket but not a TCP or Unix stream socket (UDP?); Wharf serves HTTP on stream sockets only.");
    }

    /** How the startup line names a socket it did not bind: its address, and where it came from. */
    public static String describe(SocketAddress address, int fd) {
        String where;
        if (address instanceof InetSocketAddress inet) {
            String host = inet.getAddress() == null
                    ? inet.getHostString()
                    : inet.getAddress().getHostAddress();
            where = "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + inet.getPort();
        } else if (address instanceof DomainSocketAddress unix) {
            where = "unix socket " + unix.path();
        } else {
            where = String.valueOf(address);
        }
        return where + " (inherited socket, fd " + fd + ")";
    }

    private static IllegalArgumentException notListening(int fd, String kind) {
        return new IllegalArgumentException("--fd " + fd + ": descriptor " + fd + " is " + kind
                + " that is not listening (a connection, or bound without listen()); pass the listening socket, "
                + "as systemd does with a .socket unit and Accept=no.");
    }

    /** Empty when no TCP table lists the socket; else whether it listens. */
    private static Optional<Boolean> tcpState(String inode) {
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            for (String line : lines(table)) {
                String[] columns = line.trim().split("\\s+");
                // sl local rem st tx:rx tr:when retrnsmt uid timeout inode ...
                if (columns.length > 9 && columns[9].equals(inode)) {
                    return Optional.of(columns[3].toUpperCase(Locale.ROOT).equals(TCP_LISTEN));
                }
            }
        }
        return Optional.empty();
    }

    /** Empty when the Unix table does not list the socket; else whether it is a listening stream socket. */
    private static Optional<Boolean> unixState(String inode) {
        for (String line : lines("/proc/net/unix")) {
            String[] columns = line.trim().split("\\s+");
            // Num RefCount Protocol Flags Type St Inode Path
            if (columns.length > 6 && columns[6].equals(inode)) {
                boolean stream = Integer.parseInt(columns[4], 16) == 1;
                boolean accepting = (Integer.parseInt(columns[3], 16) & UNIX_ACCEPTING) != 0;
                return Optional.of(stream && accepting);
            }
        }
        return Optional.empty();
    }

    private static List<String> lines(String table) {
        try {
            List<String> all = Files.readAllLines(Path.of(table));
            return all.isEmpty() ? all : all.subList(1, all.size());
        } catch (IOException e) {
            return List.of();
        }
    }
}
