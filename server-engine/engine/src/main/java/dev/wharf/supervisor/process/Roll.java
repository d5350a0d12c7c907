package dev.wharf.supervisor.process;

import dev.wharf.config.Settings;
import dev.wharf.supervisor.GenerationOutcome;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A generation of workers being rolled in (restart or reload): it serves only once every one of
 * its workers has started; until then, and if it fails, the old generation keeps serving.
 *
 * @param generation  the new generation's number
 * @param settings    what it runs with
 * @param socket      its listening socket: the current one, or a new one when the address changed
 * @param reason      why it rolls ("restart", "reload")
 * @param begun       when it began
 * @param done        completed when it serves or has failed
 * @param classPathPrefix  folders its workers put first on the app's classpath: reload's dev classes
 */
record Roll(
        int generation,
        Settings settings,
        SharedSocket socket,
        String reason,
        Instant begun,
        CompletableFuture<GenerationOutcome> done,
        List<Path> classPathPrefix) {}
