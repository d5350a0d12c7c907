package dev.wharf.installer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.spi.ToolProvider;

/**
 * Runs one of the JDK's own tools (jdeps, jmod, jlink, jpackage) inside this JVM, through
 * {@link ToolProvider}: they are then the tools of the JDK that runs the packager, the one whose
 * modules jlink links. A tool's output is kept and shown only when it fails, with the command.
 */
public final class JdkTool {

    private JdkTool() {}

    /** Runs {@code name} with {@code arguments}; returns what it printed. */
    public static String run(String name, List<String> arguments) {
        ToolProvider tool = ToolProvider.findFirst(name)
                .orElseThrow(
                        () -> new PackagingException("The Java running the packager (" + System.getProperty("java.home")
                                + ") has no " + name + "; package Wharf with a full JDK 21 or newer."));
        StringWriter output = new StringWriter();
        PrintWriter writer = new PrintWriter(output, true);
        int code = tool.run(writer, writer, arguments.toArray(String[]::new));
        writer.flush();
        if (code != 0) {
            throw new PackagingException(name + " failed with exit code " + code + ":\n  " + name + " "
                    + String.join(" ", arguments) + "\n" + output.toString().strip());
        }
        return output.toString();
    }
}
