package dev.wharf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.asgi.App;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bundled sample with libraries of its own (a folder its descriptor names beside its jar, never on
 * Wharf's classpath) and the settings it needs, which the user's own settings override.
 */
class BundledSampleLibrariesTest {

    @TempDir
    Path root;

    /** A sample laid out as a build lays one out: its classes in target/classes, its jars in target/samples/lab. */
    private Path sample(String descriptor) throws IOException {
        Path classes = Files.createDirectories(root.resolve("target/classes"));
        Path file = classes.resolve(BundledSamples.DESCRIPTOR);
        Files.createDirectories(file.getParent());
        Files.writeString(file, descriptor);
        return classes;
    }

    /** The app's class, compiled into a jar in the sample's library folder alone. */
    private void libraryJar(Path folder) throws IOException {
        Path src = Files.createDirectories(root.resolve("src/lab"));
        Files.writeString(src.resolve("Lab.java"), """
                package lab;

                public final class Lab {
                    public static final dev.wharf.asgi.App app = (scope, receive, send) -> {};
                }
                """);
        Path out = Files.createDirectories(root.resolve("out"));
        String asgi = Path.of(App.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .getPath())
                .toString();
        assertThat(ToolProvider.getSystemJavaCompiler()
                        .run(
                                null,
                                null,
                                null,
                                "-d",
                                out.toString(),
                                "-cp",
                                asgi,
                                src.resolve("Lab.java").toString()))
                .isZero();
        Files.createDirectories(folder);
        try (OutputStream file = Files.newOutputStream(folder.resolve("lab-lib.jar"));
                JarOutputStream jar = new JarOutputStream(file)) {
            try (var classes = Files.list(out.resolve("lab"))) {
                for (Path type : classes.toList()) {
                    jar.putNextEntry(new JarEntry("lab/" + type.getFileName()));
                    jar.write(Files.readAllBytes(type));
                    jar.closeEntry();
                }
            }
        }
    }

    private ClassLoader wharfWith(Path sampleClasses) throws AppImportException {
        return AppClassPath.loaderFor(List.of(sampleClasses), getClass().getClassLoader());
    }

    @Test
    void theSampleLoadsFromItsLibraryFolderBesideItsClassesWhichWharfNeverSees() throws Exception {
        Path classes = sample("name=lab\napp=lab.Lab:app\nlib=samples/lab\n");
        libraryJar(root.resolve("target/samples/lab"));
        ClassLoader wharf = wharfWith(classes);

        BundledSamples.Sample sample = BundledSamples.on(wharf).find("lab").orElseThrow();
        assertThat(sample.libraries()).isEqualTo(root.resolve("target/samples/lab"));
        assertThat(sample.classPathEntries()).containsExactly(classes, root.resolve("target/samples/lab/*"));

        LoadedApp loaded = new AppImporter(wharf).load("lab", List.of(), false);
        // The jar's classes come from the libraries' loader, which the app's own loader reads through.
        assertThat(loaded.classLoader().loadClass("lab.Lab").getClassLoader())
                .isSameAs(loaded.app().getClass().getClassLoader());
        assertThat(loaded.app().getClass().getClassLoader())
                .isSameAs(loaded.classLoader().getParent());
        assertThatThrownBy(() -> wharf.loadClass("lab.Lab")).isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void aMissingLibraryFolderIsNamedWithWhatToDo() throws Exception {
        Path classes = sample("name=lab\napp=lab.Lab:app\nlib=samples/lab\n");
        assertThatThrownBy(() -> new AppImporter(wharfWith(classes)).load("lab", List.of(), false))
                .isInstanceOf(AppImportException.class)
                .hasMessageContaining(
                        "The bundled sample \"lab\" needs its libraries in " + root.resolve("target/samples/lab"))
                .hasMessageContaining("build Wharf again");
    }

    @Test
    void theSamplesSettingsApplyUnlessTheUserGaveTheirOwn() throws Exception {
        Path classes = sample("""
                name=lab
                app=lab.Lab:app
                interface=servlet
                servlet-init-param.b=2
                servlet-init-param.a=1
                """);
        BundledSamples.Sample sample =
                BundledSamples.on(wharfWith(classes)).find("lab").orElseThrow();
        assertThat(sample.appInterface()).isEqualTo(AppInterface.SERVLET);
        assertThat(sample.servletInitParams()).containsExactly("a=1", "b=2");
        assertThat(sample.libraries()).isNull();

        ImportRequest bare = ImportRequest.of("lab", List.of(), false);
        assertThat(sample.settle(bare).appInterface()).isEqualTo(AppInterface.SERVLET);
        assertThat(sample.settle(bare).servletInitParams()).containsExactly("a=1", "b=2");

        ImportRequest own = new ImportRequest("lab", List.of(), false, AppInterface.ASGI, List.of("b=3"), "/api");
        ImportRequest settled = sample.settle(own);
        assertThat(settled.appInterface()).as("the user's interface").isEqualTo(AppInterface.ASGI);
        // The adapter takes the last of one name: the user's.
        assertThat(settled.servletInitParams()).containsExactly("a=1", "b=2", "b=3");
        assertThat(settled.rootPath()).isEqualTo("/api");
    }

    @Test
    void aSampleWithoutSettingsChangesNothing() throws Exception {
        Path classes = sample("name=lab\napp=lab.Lab:app\n");
        BundledSamples.Sample sample =
                BundledSamples.on(wharfWith(classes)).find("lab").orElseThrow();
        ImportRequest request = ImportRequest.of("lab", List.of(), false);
        assertThat(sample.settle(request)).isEqualTo(request);
        assertThat(sample.classPathEntries()).containsExactly(classes);
    }
}
