package dev.wharf.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --uds} replaces only a socket file a gone server left; anything else at the path stays. */
class UnixSocketFileTest {

    @TempDir
    Path folder;

    @Test
    void aFreePathIsClaimedAsItIs() throws IOException {
        Path path = folder.resolve("free.sock");
        UnixSocketFile.claim(path);
        assertThat(path).doesNotExist();
    }

    @Test
    void aSocketFileNobodyListensOnIsRemoved() throws IOException {
        Path path = folder.resolve("stale.sock");
        try (ServerSocketChannel gone = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            gone.bind(UnixDomainSocketAddress.of(path));
        }
        assertThat(path).exists();
        UnixSocketFile.claim(path);
        assertThat(path).doesNotExist();
    }

    @Test
    void aRegularFileIsLeftAloneWithAnErrorThatSaysWhatItIs() throws IOException {
        Path path = folder.resolve("notes.txt");
        Files.writeString(path, "keep me");
        assertThatThrownBy(() -> UnixSocketFile.claim(path))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("a regular file is there, not a socket file")
                .hasMessageContaining("--uds");
        assertThat(path).hasContent("keep me");
    }

    @Test
    void aFolderIsLeftAlone() throws IOException {
        Path path = Files.createDirectory(folder.resolve("dir"));
        assertThatThrownBy(() -> UnixSocketFile.claim(path)).hasMessageContaining("a folder is there");
        assertThat(path).isDirectory();
    }

    @Test
    void aSocketAnotherServerListensOnIsLeftAlone() throws IOException {
        Path path = folder.resolve("live.sock");
        try (ServerSocketChannel live = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            live.bind(UnixDomainSocketAddress.of(path));
            assertThatThrownBy(() -> UnixSocketFile.claim(path))
                    .hasMessageContaining("another server is listening on that socket");
            assertThat(path).exists();
        }
    }
}
