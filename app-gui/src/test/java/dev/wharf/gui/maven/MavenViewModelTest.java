package dev.wharf.gui.maven;

import static dev.wharf.config.catalog.AppOptions.APP;
import static dev.wharf.config.catalog.AppOptions.APP_DIR;
import static dev.wharf.config.catalog.AppOptions.INTERFACE;
import static dev.wharf.config.catalog.AppOptions.SERVLET_INIT_PARAMS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.setting.Setting;
import dev.wharf.gui.fx.UiThreads;
import dev.wharf.gui.settings.SettingsFormViewModel;
import dev.wharf.importer.AppInterface;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Choosing one of the apps a Maven project offers sets the form to serve it; without a stage or Maven. */
class MavenViewModelTest {

    private static final List<String> CLASSPATH = List.of("/p/target/classes", "/m2/jersey-container-servlet.jar");

    private final SettingsFormViewModel form = new SettingsFormViewModel(4);
    private final MavenViewModel maven = new MavenViewModel(new UiThreads(Runnable::run, Runnable::run), form);

    @Test
    void aJaxRsApplicationIsServedThroughJerseysServletWithTheApplicationAsItsInitParameter() {
        maven.show(new MavenProject.Resolved(
                CLASSPATH,
                List.of(FoundApp.jaxRs("com.example.Api", true, true), FoundApp.servlet("com.example.Greeting"))));
        assertThat(text(APP_DIR)).isEqualTo(String.join(File.pathSeparator, CLASSPATH));
        assertThat(maven.progressProperty().get()).endsWith("Pick the app to serve:");

        maven.choose(maven.apps().get(0));

        assertThat(text(APP)).isEqualTo("org.glassfish.jersey.servlet.ServletContainer");
        assertThat(form.field(INTERFACE).value()).isEqualTo(AppInterface.SERVLET);
        assertThat(form.field(SERVLET_INIT_PARAMS).value())
                .isEqualTo(List.of("jakarta.ws.rs.Application=com.example.Api"));
        assertThat(form.validProperty().get()).isTrue();

        maven.choose(maven.apps().get(1));

        assertThat(text(APP)).isEqualTo("com.example.Greeting");
        assertThat(form.field(INTERFACE).value()).isEqualTo(AppInterface.SERVLET);
        assertThat(form.field(SERVLET_INIT_PARAMS).value()).isEqualTo(List.of());
    }

    @Test
    void anAsgiAppFoundAloneIsChosenAndUndoesAServletChosenBefore() {
        form.field(INTERFACE).show(AppInterface.SERVLET);
        form.field(SERVLET_INIT_PARAMS).show(List.of("jakarta.ws.rs.Application=com.example.Api"));

        maven.show(new MavenProject.Resolved(CLASSPATH, List.of(FoundApp.asgi("com.example.Main:app"))));

        assertThat(text(APP)).isEqualTo("com.example.Main:app");
        assertThat(form.field(INTERFACE).value()).isEqualTo(AppInterface.ASGI);
        assertThat(form.field(SERVLET_INIT_PARAMS).value()).isEqualTo(List.of());
    }

    @Test
    void aJaxRsApplicationWithoutAnImplementationSaysSoAndLeavesTheAppAsItWas() {
        form.field(APP).textProperty().set("hello");
        maven.show(new MavenProject.Resolved(
                CLASSPATH,
                List.of(FoundApp.jaxRs("com.example.Api", false, false), FoundApp.asgi("com.example.Hello"))));

        maven.choose(maven.apps().get(0));

        assertThat(text(APP)).isEqualTo("hello");
        assertThat(maven.problemProperty().get())
                .startsWith("com.example.Api is a JAX-RS application")
                .contains("jersey-container-servlet");

        maven.choose(maven.apps().get(1));
        assertThat(maven.problemProperty().get()).isNull();
        assertThat(text(APP)).isEqualTo("com.example.Hello");
    }

    private String text(Setting<?> setting) {
        return form.field(setting).textProperty().get();
    }
}
