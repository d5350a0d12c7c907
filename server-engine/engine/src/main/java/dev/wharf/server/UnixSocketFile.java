package dev.wharf.server;

import java.io.IOException;
import java.net.ConnectException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The file {@code --uds} binds: a socket file left by a server that is gone is removed (binding
 * over it would fail), and anything else at that path is left alone with an error that names it:
 * a regular file or folder is someone's data, and a socket something answers on is a live server.
 */
public final class UnixSocketFile {

    /** {@code S_IFMT} and {@code S_IFSOCK} of POSIX {@code st_mode}. */
    private static final int FILE_TYPE = 0170000;

    private static final int SOCKET = 0140000;

    private UnixSocketFile() {}

    /**
     * Makes {@code path} free to bind: nothing there, or a stale socket now removed.
     *
     * @throws IOException naming what is at the path and what to do, when it is not a stale socket
     */
    public static void claim(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return; // nothing there
        }
        if (!isSocket(path, attributes)) {
            throw new IOException(describe(attributes) + " is there, not a socket file, and Wharf does not remove it:"
                    + " choose another --uds path, or remove it yourself");
        }
        if (answers(path)) {
            throw new IOException("another server is listening on that socket: stop it, or choose another --uds path");
        }
        Files.deleteIfExists(path);
    }

    private static boolean isSocket(Path path, BasicFileAttributes attributes) {
        if (!attributes.isOther()) {
            return false;
        }
        try {
            Object mode = Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return mode instanceof Integer bits && (bits & FILE_TYPE) == SOCKET;
        } catch (UnsupportedOperationException | IllegalArgumentException | IOException e) {
            return true; // no POSIX modes here: "other" is as close as this platform tells
        }
    }

    private static boolean answers(Path path) {
        try (SocketChannel probe = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            probe.connect(UnixDomainSocketAddress.of(path));
            return true;
        } catch (ConnectException e) {
            return false; // refused: nobody listens, the file is left over
        } catch (IOException e) {
            return false;
        }
    }

    private static String describe(BasicFileAttributes attributes) {
        if (attributes.isDirectory()) {
            return "a folder";
        }
        if (attributes.isSymbolicLink()) {
            return "a symbolic link";
        }
        if (attributes.isRegularFile()) {
            return "a regular file";
        }
        return "a special file";
    }
}
