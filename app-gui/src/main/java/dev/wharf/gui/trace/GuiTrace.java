package dev.wharf.gui.trace;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * What the window did and when, as JSON lines, for {@code benchmarks/gui.sh}: how long after the
 * process started the first frame and the first interactive frame were drawn, when a worker's
 * {@code app.state} reached the screen, how late the FX thread ran what it was given. Off unless
 * the system property {@value #PROPERTY} names a file; off, every call returns at once. It only
 * observes: it may not change what the window shows or does.
 */
public final class GuiTrace {

    public static final String PROPERTY = "wharf.gui.trace";
    private static final GuiTrace OFF = new GuiTrace(null);
    private static volatile GuiTrace current;

    private final BufferedWriter out;
    private final ObjectMapper json;
    private final long processStart;

    private GuiTrace(BufferedWriter out) {
        this.out = out;
        this.json = out == null ? null : new ObjectMapper();
        this.processStart = out == null
                ? 0
                : ProcessHandle.current()
                        .info()
                        .startInstant()
                        .map(Instant::toEpochMilli)
                        .orElse(System.currentTimeMillis());
    }

    /** The trace this process writes, or one that writes nothing. */
    public static GuiTrace get() {
        GuiTrace trace = current;
        if (trace == null) {
            synchronized (GuiTrace.class) {
                if (current == null) {
                    current = open(System.getProperty(PROPERTY));
                }
                trace = current;
            }
        }
        return trace;
    }

    private static GuiTrace open(String file) {
        if (file == null || file.isBlank()) {
            return OFF;
        }
        try {
            return new GuiTrace(Files.newBufferedWriter(Path.of(file), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("The GUI trace file " + file + " cannot be written", e);
        }
    }

    public boolean on() {
        return out != null;
    }

    /**
     * Writes one line: {@code event}, the wall-clock time in ms ({@code at}), the ms since the
     * process started ({@code uptime}) and whatever {@code fields} adds.
     */
    public void mark(String event, Consumer<ObjectNode> fields) {
        if (out == null) {
            return;
        }
        long now = System.currentTimeMillis();
        ObjectNode line =
                json.createObjectNode().put("event", event).put("at", now).put("uptime", now - processStart);
        fields.accept(line);
        synchronized (this) {
            try {
                out.write(line.toString());
                out.newLine();
                out.flush();
            } catch (IOException e) {
                // A benchmark's trace file that went away must not take the window with it.
            }
        }
    }

    public void mark(String event) {
        mark(event, line -> {});
    }
}
