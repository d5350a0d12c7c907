package dev.wharf.tls;

import dev.wharf.config.TlsSettings;
import io.netty.handler.ssl.SslContext;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * A worker's TLS context ({@link ServerTls#forWorker}) made on a thread of its own from the moment
 * the settings are known, while the worker imports the app and runs its lifespan startup: reading
 * the key, building the context and the warm-up handshakes take a few hundred milliseconds of a
 * cold JVM that would otherwise come on top of the app's own start on a machine with cores to spare.
 */
public final class TlsPreparation {

    private final CompletableFuture<SslContext> context = new CompletableFuture<>();

    private TlsPreparation() {}

    /** Starts making the context for {@code tls}; plain HTTP needs no thread and yields {@code null}. */
    public static TlsPreparation start(TlsSettings tls) {
        TlsPreparation preparation = new TlsPreparation();
        if (!tls.enabled()) {
            preparation.context.complete(null);
            return preparation;
        }
        Thread.ofPlatform().name("wharf-tls-setup").daemon().start(() -> {
            try {
                preparation.context.complete(ServerTls.forWorker(tls));
            } catch (TlsSetupException | RuntimeException | Error e) {
                preparation.context.completeExceptionally(e);
            }
        });
        return preparation;
    }

    /**
     * The context, once made: {@code null} for plain HTTP.
     *
     * @throws TlsSetupException naming the setting and file at fault
     */
    public SslContext await() throws TlsSetupException, InterruptedException {
        try {
            return context.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TlsSetupException setup) {
                throw setup;
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw (Error) cause;
        }
    }
}
