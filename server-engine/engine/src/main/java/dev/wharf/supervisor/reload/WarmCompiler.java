package dev.wharf.supervisor.reload;

import dev.wharf.supervisor.CompileError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * The Java compiler reload runs in the supervisor's own JVM ({@code javax.tools}), kept between
 * reloads: its classes stay loaded and jitted, and its file manager keeps the classpath's jars open,
 * so the second compile onward costs a fraction of the first. Compiles into the folder it is given;
 * knows nothing of watching or of workers. One compile at a time (the reloader's thread).
 */
final class WarmCompiler implements AutoCloseable {

    /** What a compile gave: errors (none when it succeeded) and how long it took. */
    record Result(boolean succeeded, List<CompileError> errors, Duration time) {}

    private static final List<String> OPTIONS =
            List.of("-g", "-parameters", "-encoding", "UTF-8", "-nowarn", "-Xlint:none");

    private final JavaCompiler compiler;
    private final Path displayBase;
    private StandardJavaFileManager files;

    /**
     * @param displayBase errors name their files relative to this folder when they are under it
     * @throws IllegalStateException when this Java runtime has no compiler (a JRE, or a jlinked image without jdk.compiler)
     */
    WarmCompiler(Path displayBase) {
        this.compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException(
                    "This Java runtime (" + System.getProperty("java.home") + ") has no Java compiler "
                            + "(the jdk.compiler module), so reload cannot compile .java files; run Wharf on a JDK.");
        }
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    /**
     * Compiles {@code sources} against {@code classPath} into {@code output}.
     *
     * @throws UncheckedIOException when the output folder cannot be written
     */
    Result compile(List<Path> sources, List<Path> classPath, Path output) {
        long begun = System.nanoTime();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean ok;
        try {
            StandardJavaFileManager manager = fileManager();
            manager.setLocationFromPaths(StandardLocation.CLASS_PATH, classPath);
            manager.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(output));
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(sources);
            ok = compiler.getTask(Writer.nullWriter(), manager, diagnostics, OPTIONS, null, units)
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<CompileError> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(toError(diagnostic));
            }
        }
        if (!ok && errors.isEmpty()) {
            errors.add(new CompileError("", 0, 0, "the compiler failed without saying why"));
        }
        return new Result(ok, List.copyOf(errors), Duration.ofNanos(System.nanoTime() - begun));
    }

    /**
     * Forgets the jars it keeps open: a jar on the classpath was rewritten, and a cached one would
     * show the compiler its old classes.
     */
    void forgetJars() {
        closeFiles();
    }

    private StandardJavaFileManager fileManager() {
        if (files == null) {
            files = compiler.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        return files;
    }

    private CompileError toError(Diagnostic<? extends JavaFileObject> diagnostic) {
        String file = "";
        if (diagnostic.getSource() != null) {
            Path path = Path.of(diagnostic.getSource().toUri()).toAbsolutePath().normalize();
            file = (path.startsWith(displayBase) ? displayBase.relativize(path) : path).toString();
        }
        long line = Math.max(0, diagnostic.getLineNumber());
        long column = Math.max(0, diagnostic.getColumnNumber());
        return new CompileError(file, line, column, diagnostic.getMessage(Locale.ROOT));
    }

    private void closeFiles() {
        if (files != null) {
            try {
                files.close();
            } catch (IOException e) {
                // nothing held that matters any more
            }
            files = null;
        }
    }

    @Override
    public void close() {
        closeFiles();
    }
}
