package dev.wharf.servlet.context;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The context's resources: there is no web-app folder, so {@code /x} is the application's
 * {@code META-INF/resources/x}, where Servlet 3 resource jars (webjars and the like) put theirs; and a
 * temporary folder made on first use.
 */
final class AppResources {

    private static final String RESOURCES = "META-INF/resources";

    private final ClassLoader appLoader;
    private File tempDir;

    AppResources(ClassLoader appLoader) {
        this.appLoader = appLoader;
    }

    URL url(String path) {
        if (path == null || !path.startsWith("/")) {
            return null;
        }
        return appLoader.getResource(RESOURCES + path);
    }

    InputStream stream(String path) {
        URL url = url(path);
        try {
            return url == null ? null : url.openStream();
        } catch (IOException e) {
            return null;
        }
    }

    /** A file path only where the resource is a file on disk (a class folder), as the spec allows. */
    String realPath(String path) {
        URL url = url(path);
        if (url == null || !"file".equals(url.getProtocol())) {
            return null;
        }
        return Path.of(URI.create(url.toString())).toString();
    }

    /** {@code jakarta.servlet.context.tempdir}. */
    synchronized File tempDir() {
        if (tempDir == null) {
            try {
                tempDir = Files.createTempDirectory("wharf-servlet").toFile();
                tempDir.deleteOnExit();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return tempDir;
    }
}
