package dev.wharf.startup;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The name of a start-up cache, {@code KIND-PLACE-BUILD}: the program it is for (worker, window),
 * the place it runs from (the runtime, the options and the class path as written) and the build it
 * was made from (the runtime's version and each jar's name, size and time of writing). The JVM
 * refuses a cache of other jars without writing a new one, and a rebuilt Wharf keeps its jars'
 * names, so a rebuild gets a cache of its own, and the place says which older one it supersedes.
 */
public record CacheName(String kind, String place, String build) {

    /** Hex digits of each digest: 48 bits tell builds of one machine apart. */
    static final int DIGITS = 12;

    /** The name of {@code launch}'s cache, made on this runtime; empty for a class path with folders. */
    static Optional<CacheName> of(String kind, Launch launch) throws IOException {
        Optional<List<Path>> jars = launch.jars();
        if (jars.isEmpty()) {
            return Optional.empty();
        }
        String runtime = System.getProperty("java.runtime.version");
        String place = digest(runtime
                + '\n'
                + System.getProperty("java.home")
                + '\n'
                + launch.java()
                + '\n'
                + String.join("\n", launch.options())
                + '\n'
                + launch.classPath());
        return Optional.of(new CacheName(kind, place, build(runtime, jars.get())));
    }

    /**
     * What a set of jars on a runtime is, as a cache must match it: the runtime's version and each
     * jar's name, size and time of writing (reading sizes and times is cheap enough to do at every
     * start; reading the jars is not). The packager names the window's archive with it alone.
     */
    public static String build(String runtime, List<Path> jars) throws IOException {
        StringBuilder text = new StringBuilder(runtime).append('\n');
        for (Path jar : jars) {
            BasicFileAttributes attributes = Files.readAttributes(jar, BasicFileAttributes.class);
            text.append(jar.getFileName())
                    .append(' ')
                    .append(attributes.size())
                    .append('@')
                    .append(attributes.lastModifiedTime().toMillis())
                    .append('\n');
        }
        return digest(text.toString());
    }

    /** The start every file of an older build of this program and place has: such a cache is superseded. */
    String placePrefix() {
        return kind + '-' + place + '-';
    }

    @Override
    public String toString() {
        return placePrefix() + build;
    }

    /**
     * 64-bit FNV-1a, of which {@link #DIGITS} hex digits: a name needs no cryptographic digest, and
     * the shell launcher's command would spend longer loading the JDK's security providers for one
     * than on everything else it does.
     */
    private static String digest(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
        }
        return HexFormat.of().toHexDigits(hash).substring(16 - DIGITS);
    }
}
