package dev.wharf.cli;

import dev.wharf.asgi.Header;
import dev.wharf.config.Config;
import dev.wharf.config.LifespanMode;
import dev.wharf.config.LogLevel;
import dev.wharf.importer.AppClassPath;
import dev.wharf.importer.AppImportException;
import dev.wharf.importer.AppImporter;
import dev.wharf.importer.LoadedApp;
import dev.wharf.logging.LogLevels;
import dev.wharf.server.Server;
import dev.wharf.server.ServerStartupException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wharf run APP}: serve one app headless, with Uvicorn's option names. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        versionProvider = WharfVersion.class,
        sortOptions = false,
        description = "Serve an ASGI app headless, as `uvicorn APP` does.")
final class RunCommand implements Callable<Integer> {

    private static final Logger log = LoggerFactory.getLogger("wharf.error");

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "APP",
            description = "The app: <class>:<attribute> (a static field or no-arg static method giving an App), "
                    + "a class implementing App, or a bundled sample (hello, lifecycle-lab).")
    String app;

    @Option(names = "--host", defaultValue = Config.DEFAULT_HOST, description = "Bind socket to this host. Default: ${DEFAULT-VALUE}.")
    String host;

    @Option(names = "--port", defaultValue = "" + Config.DEFAULT_PORT, description = "Bind socket to this port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--uds", paramLabel = "PATH", description = "Bind to a Unix domain socket instead of host and port.")
    Path uds;

    @Option(names = "--lifespan", defaultValue = "auto", paramLabel = "auto|on|off",
            converter = LifespanConverter.class, description = "Lifespan implementation. Default: ${DEFAULT-VALUE}.")
    LifespanMode lifespan;

    @Option(names = "--root-path", defaultValue = "", paramLabel = "PATH",
            description = "Set the ASGI root_path for an app mounted below a path by a proxy, e.g. /api.")
    String rootPath;

    @Option(names = "--app-dir", paramLabel = "CLASSPATH",
            description = "The app's classpath: folders and jars, separated by the path separator; 'dir/*' takes every jar in dir. Repeatable.")
    List<String> appDir = new ArrayList<>();

    @Option(names = "--factory", description = "Treat APP as a factory (a method or Supplier<App>) to call.")
    boolean factory;

    @Option(names = "--log-level", defaultValue = "info", paramLabel = "LEVEL", converter = LogLevelConverter.class,
            description = "Log level: critical, error, warning, info, debug, trace. Default: ${DEFAULT-VALUE}.")
    LogLevel logLevel;

    @Option(names = "--access-log", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Log one line per request (--no-access-log to turn off). Default: on.")
    boolean accessLog;

    @Option(names = "--server-header", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Send a 'server: wharf' header (--no-server-header to turn off). Default: on.")
    boolean serverHeader;

    @Option(names = "--date-header", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Send a 'date' header (--no-date-header to turn off). Default: on.")
    boolean dateHeader;

    @Option(names = "--header", paramLabel = "NAME:VALUE", description = "Add a default header to every response. Repeatable.")
    List<String> headers = new ArrayList<>();

    @Option(names = "--timeout-keep-alive", defaultValue = "5", paramLabel = "SECONDS",
            description = "Close keep-alive connections idle for this long. Default: ${DEFAULT-VALUE}.")
    double timeoutKeepAlive;

    @Option(names = "--h11-max-incomplete-event-size", defaultValue = "16384", paramLabel = "BYTES",
            description = "The largest request line and header section accepted. Default: ${DEFAULT-VALUE}.")
    int maxIncompleteEventSize;

    @Option(names = "--backlog", defaultValue = "2048", description = "Maximum number of connections waiting to be accepted. Default: ${DEFAULT-VALUE}.")
    int backlog;

    @Override
    public Integer call() throws InterruptedException {
        LogLevels.apply(logLevel);
        Config config = config();
        LoadedApp loaded;
        try {
            loaded = new AppImporter().load(config.app(), config.appDir(), config.factory());
        } catch (AppImportException e) {
            log.error(e.getMessage());
            return ServerStartupException.GENERAL_FAILURE;
        }
        Server server = new Server(config, loaded);
        ShutdownSignals signals = ShutdownSignals.install(server::forceExit);
        try {
            server.start();
        } catch (ServerStartupException e) {
            if (e.getMessage() != null) {
                log.error(e.getMessage());
            }
            return e.exitCode();
        }
        signals.awaitShutdownRequest();
        return server.shutdown() ? 0 : 1;
    }

    private Config config() {
        Config.Builder builder = Config.builder(app)
                .host(host)
                .port(port)
                .uds(uds)
                .lifespan(lifespan)
                .rootPath(rootPath)
                .factory(factory)
                .logLevel(logLevel)
                .accessLog(accessLog)
                .serverHeader(serverHeader)
                .dateHeader(dateHeader)
                .timeoutKeepAlive(Duration.ofMillis(Math.round(timeoutKeepAlive * 1000)))
                .h11MaxIncompleteEventSize(maxIncompleteEventSize)
                .backlog(backlog);
        for (String entry : appDir) {
            builder.appDir(AppClassPath.parse(entry));
        }
        for (String header : headers) {
            builder.header(parseHeader(header));
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for --" + e.getMessage());
        }
    }

    private Header parseHeader(String header) {
        int colon = header.indexOf(':');
        if (colon <= 0) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--header': '" + header + "' must be NAME:VALUE, e.g. 'x-env:dev'.");
        }
        return Header.of(header.substring(0, colon).strip(), header.substring(colon + 1).strip());
    }
}
