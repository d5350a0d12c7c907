package dev.wharf.supervisor.reload;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.helpers.NOPLogger;

/**
 * Watches folders recursively with directory-watcher (the platform's own events: inotify on Linux,
 * FSEvents on macOS; folders created later are watched too) and passes on each changed file that
 * {@link ChangeFilter} lets through, with the watched folder it is under. Files whose content did not
 * change (an editor saving unchanged text) are dropped by directory-watcher's hashing.
 */
final class FileWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger("wharf.reload");

    private final DirectoryWatcher watcher;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("wharf-reload-watch").daemon().factory());

    /**
     * Starts watching; returns once every folder is registered, so a change made after this returns is seen.
     *
     * @param onChange called on the watcher's thread with the watched folder and the changed file
     */
    FileWatcher(List<Path> folders, ChangeFilter filter, BiConsumer<Path, Path> onChange) throws IOException {
        watcher = DirectoryWatcher.builder()
                .paths(folders)
                .logger(NOPLogger.NOP_LOGGER)
                .listener(event -> onEvent(event, filter, onChange))
                .build();
        watcher.watchAsync(thread);
    }

    private static void onEvent(DirectoryChangeEvent event, ChangeFilter filter, BiConsumer<Path, Path> onChange) {
        if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW) {
            log.warn("Too many file changes at once to see them all; reloading for what was seen");
            return;
        }
        Path file = event.path();
        if (event.isDirectory() || file == null) {
            return;
        }
        Path root = event.rootPath();
        if (filter.triggers(root, file)) {
            onChange.accept(root, file);
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            log.debug("Closing the file watcher: {}", e.toString());
        }
        thread.shutdownNow();
    }
}
