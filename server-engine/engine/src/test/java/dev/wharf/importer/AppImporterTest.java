package dev.wharf.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.testapps.AppClass;
import dev.wharf.testapps.ImportTargets;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppImporterTest {

    private final AppImporter importer = new AppImporter();
    private static final String TARGETS = ImportTargets.class.getName();

    @Test
    void staticFieldHoldingAnAppIsUsed() throws Exception {
        LoadedApp loaded = importer.load(TARGETS + ":app", List.of(), false);
        assertThat(loaded.app()).isSameAs(ImportTargets.app);
        assertThat(loaded.target()).isEqualTo(TARGETS + ":app");
    }

    @Test
    void noArgStaticMethodIsCalled() throws Exception {
        assertThat(importer.load(TARGETS + ":create", List.of(), false).app()).isNotNull();
        assertThat(importer.load(TARGETS + ":create", List.of(), true).app()).isNotNull();
    }

    @Test
    void supplierIsCalledAsAFactory() throws Exception {
        assertThat(importer.load(TARGETS + ":factory", List.of(), true).app()).isNotNull();
    }

    @Test
    void classImplementingAppIsInstantiated() throws Exception {
        assertThat(importer.load(AppClass.class.getName(), List.of(), false).app())
                .isInstanceOf(AppClass.class);
    }

    @Test
    void missingClassNamesWhatWasLookedForAndWhere(@TempDir Path classes) {
        assertThatThrownBy(() -> importer.load("com.example.Missing:app", List.of(classes), false))
                .isInstanceOf(AppImportException.class)
                .hasMessageContaining("Could not find class \"com.example.Missing\"")
                .hasMessageContaining("--app-dir");
    }

    @Test
    void unknownShortNameListsTheBundledSamples() {
        assertThatThrownBy(() -> importer.load("hello-wrld", List.of(), false))
                .hasMessageContaining("Could not find class \"hello-wrld\"")
                .hasMessageContaining("Bundled samples:");
    }

    @Test
    void missingAttributeIsNamed() {
        assertThatThrownBy(() -> importer.load(TARGETS + ":nope", List.of(), false))
                .hasMessageContaining("Attribute \"nope\" not found in class \"" + TARGETS + "\"");
    }

    @Test
    void attributeOfTheWrongTypeIsNamedWithItsType() {
        assertThatThrownBy(() -> importer.load(TARGETS + ":notAnApp", List.of(), false))
                .hasMessageContaining("is a java.lang.String, not a dev.wharf.asgi.App");
        assertThatThrownBy(() -> importer.load(TARGETS + ":nothing", List.of(), false))
                .hasMessageContaining("is null");
    }

    @Test
    void factoryFlagOnAPlainAppIsAMistakeExplained() {
        assertThatThrownBy(() -> importer.load(TARGETS + ":app", List.of(), true))
                .hasMessageContaining("--factory was given")
                .hasMessageContaining("drop --factory");
    }

    @Test
    void factoryThatRaisesIsReportedWithTheCause() {
        assertThatThrownBy(() -> importer.load(TARGETS + ":broken", List.of(), false))
                .hasMessageContaining("raised java.lang.IllegalStateException: factory exploded");
    }

    @Test
    void classThatIsNotAnAppSaysHowToNameTheAttribute() {
        assertThatThrownBy(() -> importer.load("java.lang.String", List.of(), false))
                .hasMessageContaining("does not implement dev.wharf.asgi.App")
                .hasMessageContaining("\"java.lang.String:app\"");
    }

    @Test
    void malformedImportStringShowsTheExpectedFormat() {
        assertThatThrownBy(() -> importer.load("a:b:c", List.of(), false))
                .hasMessageContaining("must be in format \"<class>:<attribute>\"");
        assertThatThrownBy(() -> importer.load(":app", List.of(), false)).hasMessageContaining("must be in format");
    }

    @Test
    void appDirEntryThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder");
        assertThatThrownBy(() -> importer.load(TARGETS + ":app", List.of(missing), false))
                .hasMessageContaining("--app-dir entry '" + missing + "' does not exist");
    }

    @Test
    void bundledSampleNameResolvesThroughItsDescriptor(@TempDir Path dir) throws Exception {
        Path descriptor = dir.resolve(BundledSamples.DESCRIPTOR);
        Files.createDirectories(descriptor.getParent());
        Properties properties = new Properties();
        properties.setProperty("name", "demo");
        properties.setProperty("app", "dev.wharf.samples.hello.Hello:app");
        try (var out = Files.newOutputStream(descriptor)) {
            properties.store(out, null);
        }
        ClassLoader withSample = AppClassPath.loaderFor(List.of(dir), getClass().getClassLoader());
        assertThat(BundledSamples.on(withSample).names()).contains("demo");
        assertThat(BundledSamples.on(withSample).find("demo").orElseThrow().classPath())
                .isEqualTo(dir);
        // The sample's own folder is its classpath: a class that is not in it is not found from Wharf's.
        assertThatThrownBy(() -> new AppImporter(withSample).load("demo", List.of(), false))
                .hasMessageContaining("Could not find class \"dev.wharf.samples.hello.Hello\"");
    }

    @Test
    void classesAreLoadedFromAppDirFoldersAndJarWildcards(@TempDir Path dir) throws IOException {
        Path jars = Files.createDirectories(dir.resolve("lib"));
        Files.write(jars.resolve("a.jar"), new byte[0]);
        Files.write(jars.resolve("notes.txt"), new byte[0]);
        assertThat(AppClassPath.parse(dir + File.pathSeparator + jars.resolve("*")))
                .containsExactly(dir, jars.resolve("*"));
    }
}
