package dev.wharf.worker.hotswap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.zip.ZipEntry;

/**
 * The jar a worker's {@code -javaagent} names. It holds only a manifest: {@link WharfAgent} itself
 * is on the worker's classpath (Wharf's own jars or folders), which the JVM's system class loader,
 * the one that loads an agent, already searches. A jar of a stable name and content, so the worker's
 * command line, and with it the {@link dev.wharf.startup.StartupCache start-up cache} made for it,
 * stays the same from run to run.
 */
public final class AgentJar {

    public static final String FILE_NAME = "wharf-agent.jar";

    /** 2020-01-01: any fixed time, so that the same manifest gives the same bytes. */
    private static final long FIXED_TIME = 1_577_836_800_000L;

    private AgentJar() {}

    /** The manifest: the agent class, and the right to redefine classes (a swap needs nothing more). */
    public static Manifest manifest() {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue("Premain-Class", WharfAgent.class.getName());
        main.putValue("Agent-Class", WharfAgent.class.getName());
        main.putValue("Launcher-Agent-Class", WharfAgent.class.getName());
        main.putValue("Can-Redefine-Classes", "true");
        main.putValue("Can-Retransform-Classes", "false");
        return manifest;
    }

    /**
     * Writes the jar into {@code folder} unless the same jar is there already, and returns it. Another
     * Wharf writing it at the same time is harmless: each writes a file of its own and moves it in place.
     *
     * @throws IOException when the folder cannot hold it
     */
    public static Path writeInto(Path folder) throws IOException {
        byte[] bytes = bytes();
        Path jar = folder.resolve(FILE_NAME);
        if (Files.isRegularFile(jar) && Arrays.equals(Files.readAllBytes(jar), bytes)) {
            return jar;
        }
        Files.createDirectories(folder);
        Path written = Files.createTempFile(folder, "wharf-agent", ".tmp");
        try {
            Files.write(written, bytes);
            try {
                Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(written, jar, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(written);
        }
        return jar;
    }

    /** The jar's bytes: the same for the same manifest (entries carry no time of their own). */
    static byte[] bytes() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(out)) {
            ZipEntry entry = new ZipEntry(JarFile.MANIFEST_NAME);
            entry.setTime(FIXED_TIME);
            jar.putNextEntry(entry);
            manifest().write(jar);
            jar.closeEntry();
        }
        return out.toByteArray();
    }
}
