package dev.wharf.benchmarks;

import dev.wharf.config.TlsSettings;
import dev.wharf.config.catalog.TlsOptions;
import dev.wharf.config.setting.ClientCertificates;
import dev.wharf.tls.ServerCertificate;
import dev.wharf.tls.ServerTls;
import dev.wharf.tls.TlsSetupException;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.ApplicationProtocolConfig;
import io.netty.handler.ssl.ApplicationProtocolNames;
import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.SslProvider;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSession;

/**
 * The TLS provider benchmark's server: {@link RawNettyHello}'s hello over HTTPS, on one event loop,
 * with the JDK's provider as Wharf serves it ({@link ServerTls}: the JDK's own {@code SSLContext}, ALPN
 * on each engine) or with OpenSSL (netty-tcnative-boringssl-static, ALPN by Netty's config). Both read
 * the same PEM files with Wharf's own reader and offer h2 then http/1.1 by ALPN, TLS 1.3 and 1.2; the
 * server answers HTTP/1.1 only, which is all the benchmark's clients ask for.
 *
 * <p>{@code TlsProviderHello jdk|jdk-aes256|openssl PORT CERT_PEM KEY_PEM}. It prints, for {@code
 * benchmarks/tls-provider.sh} to read, how long reading the files and building the context took
 * (provider's classes and native library loaded; the library's share apart), and the first two connections' handshakes as the
 * server saw them (from the connection's registration to the handshake's end; connections that
 * close without one, such as a port probe, do not count), with what they negotiated. It makes no
 * handshake in advance: what a provider costs its first client shows.
 */
public final class TlsProviderHello {

    /** What Wharf offers by ALPN with HTTP/2 on, in its order of preference. */
    private static final String[] ALPN = {ApplicationProtocolNames.HTTP_2, ApplicationProtocolNames.HTTP_1_1};

    /**
     * --ssl-ciphers for {@code jdk-aes256}: the suite BoringSSL settles on with OpenSSL's clients (wrk,
     * curl), which put it first, so that both providers can be compared on the same cipher; the JDK's
     * context otherwise prefers TLS_AES_128_GCM_SHA256.
     */
    private static final String AES_256_FIRST = "TLS_AES_256_GCM_SHA384";

    private TlsProviderHello() {}

    public static void main(String[] args) throws Exception {
        long mainAt = System.nanoTime();
        if (args.length != 4 || !List.of("jdk", "jdk-aes256", "openssl").contains(args[0])) {
            System.err.println("usage: TlsProviderHello jdk|jdk-aes256|openssl PORT CERT_PEM KEY_PEM");
            System.exit(2);
        }
        boolean openSsl = args[0].equals("openssl");
        int port = Integer.parseInt(args[1]);
        TlsSettings files = new TlsSettings(
                Path.of(args[3]),
                Path.of(args[2]),
                null,
                TlsOptions.ANY_VERSION,
                ClientCertificates.NONE,
                null,
                args[0].equals("jdk-aes256") ? AES_256_FIRST : TlsOptions.DEFAULT_CIPHERS,
                false,
                "127.0.0.1",
                true);
        double nativeMs = 0;
        if (openSsl) {
            // netty-tcnative's part alone: its native library unpacked from the jar, loaded and initialised.
            long loading = System.nanoTime();
            if (!OpenSsl.isAvailable()) {
                throw new IllegalStateException("netty-tcnative is not usable here", OpenSsl.unavailabilityCause());
            }
            nativeMs = millis(System.nanoTime() - loading);
        }
        SslContext context = openSsl ? openSslContext(files) : ServerTls.context(files, null, Instant.now());
        String ready = String.format(
                Locale.ROOT,
                "ready provider=%s context_ms=%.1f native_ms=%.1f",
                args[0],
                millis(System.nanoTime() - mainAt),
                nativeMs);
        AtomicInteger handshakes = new AtomicInteger();
        RawNettyHello.Hello hello = new RawNettyHello.Hello();
        NettyTransport.serve(port, ready, new ChannelInitializer<Channel>() {
            @Override
            protected void initChannel(Channel ch) {
                long openedAt = System.nanoTime();
                SslHandler tls =
                        openSsl ? context.newHandler(ch.alloc()) : ServerTls.newHandler(context, ch.alloc(), true);
                if (handshakes.get() < 2) {
                    tls.handshakeFuture().addListener(done -> {
                        if (done.isSuccess()) {
                            report(handshakes.incrementAndGet(), openedAt, tls);
                        }
                    });
                }
                ch.pipeline().addLast(tls, new HttpServerCodec(), new HttpObjectAggregator(1 << 20), hello);
            }
        });
    }

    /**
     * The OpenSSL context as Wharf would build it: the key and chain read and checked by Wharf's own
     * reader, TLS 1.3 and 1.2 as {@code --ssl-version TLS}, the provider's default suites.
     */
    private static SslContext openSslContext(TlsSettings files) throws TlsSetupException, SSLException {
        ServerCertificate certificate = ServerCertificate.read(files, Instant.now());
        return SslContextBuilder.forServer(certificate.key(), certificate.chain())
                .sslProvider(SslProvider.OPENSSL)
                .protocols("TLSv1.3", "TLSv1.2")
                .applicationProtocolConfig(new ApplicationProtocolConfig(
                        ApplicationProtocolConfig.Protocol.ALPN,
                        ApplicationProtocolConfig.SelectorFailureBehavior.NO_ADVERTISE,
                        ApplicationProtocolConfig.SelectedListenerFailureBehavior.ACCEPT,
                        ALPN))
                .build();
    }

    /** The server's view of a handshake: from the accepted connection's registration to its end. */
    private static void report(int n, long openedAt, SslHandler tls) {
        if (n > 2) {
            return;
        }
        double ms = millis(System.nanoTime() - openedAt);
        SSLSession session = tls.engine().getSession();
        System.out.printf(
                Locale.ROOT,
                "handshake n=%d ms=%.1f protocol=%s cipher=%s alpn=%s%n",
                n,
                ms,
                session.getProtocol(),
                session.getCipherSuite(),
                tls.engine().getApplicationProtocol());
    }

    private static double millis(long nanos) {
        return nanos / 1e6;
    }
}
