package dev.wharf.gui.settings;

import static dev.wharf.config.catalog.ProxyOptions.FORWARDED_ALLOW_IPS;
import static dev.wharf.config.catalog.ProxyOptions.PROXY_HEADERS;
import static dev.wharf.config.catalog.ReloadOptions.RELOAD;
import static dev.wharf.config.catalog.ServerOptions.PORT;
import static dev.wharf.config.catalog.TimeoutOptions.TIMEOUT_KEEP_ALIVE;
import static dev.wharf.config.catalog.WorkerOptions.WORKERS;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.wharf.asgi.option.InvalidValue;
import dev.wharf.config.Settings;
import dev.wharf.config.SettingsModel;
import dev.wharf.config.catalog.ServerOptions;
import dev.wharf.config.profile.ProfileDocument;
import dev.wharf.config.setting.Section;
import dev.wharf.config.setting.Setting;
import dev.wharf.gui.profiles.Profile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsFormViewModelTest {

    private final SettingsFormViewModel form = new SettingsFormViewModel(8);

    @Test
    void everySettingOfTheModelHasAFieldInItsSection() {
        int fields = form.sections().stream()
                .mapToInt(section -> form.in(section).size())
                .sum();
        assertThat(fields).isEqualTo(SettingsModel.all().size());
        assertThat(form.sections())
                .startsWith(
                        Section.APP,
                        Section.SERVER,
                        Section.TLS,
                        Section.WORKERS,
                        Section.RELOAD,
                        Section.TIMEOUTS,
                        Section.PROXY,
                        Section.LIMITS,
                        Section.WEBSOCKET,
                        Section.LOGGING);
    }

    @Test
    void theInheritedSocketsFdIsAFieldOfTheServerSection() {
        assertThat(form.in(Section.SERVER)).contains(form.field(ServerOptions.FD));

        form.field(ServerOptions.FD).textProperty().set("3");

        assertThat(form.settings())
                .hasValueSatisfying(
                        settings -> assertThat(settings.get(ServerOptions.FD)).isEqualTo(3));
    }

    @Test
    void anInvalidPortShowsTheModelsMessageAndMakesTheFormInvalid() {
        form.field(PORT).textProperty().set("eighty");

        assertThat(form.field(PORT).errorProperty().get()).isEqualTo(messageOfTheModel(PORT, "eighty"));
        assertThat(form.validProperty().get()).isFalse();
        assertThat(form.settings()).isEmpty();

        form.field(PORT).textProperty().set("9000");
        assertThat(form.field(PORT).errorProperty().get()).isNull();
        assertThat(form.settings())
                .hasValueSatisfying(s -> assertThat(s.get(PORT)).isEqualTo(9000));
    }

    @Test
    void anInvalidTrustListShowsTheModelsMessage() {
        form.field(FORWARDED_ALLOW_IPS).textProperty().set("10.0.0.0/99");

        assertThat(form.field(FORWARDED_ALLOW_IPS).errorProperty().get())
                .isEqualTo(messageOfTheModel(FORWARDED_ALLOW_IPS, "10.0.0.0/99"));
        assertThat(form.validProperty().get()).isFalse();
    }

    @Test
    void lintWarningsShowBesideEverySettingTheyConcern() {
        form.field(RELOAD).textProperty().set("true");
        form.field(WORKERS).textProperty().set("3");

        assertThat(form.field(RELOAD).lintProperty().get()).contains("--reload with --workers 3");
        assertThat(form.field(WORKERS).lintProperty().get()).contains("--reload with --workers 3");
        assertThat(form.field(PORT).lintProperty().get()).isNull();

        form.field(PROXY_HEADERS).textProperty().set("true");
        form.field(FORWARDED_ALLOW_IPS).textProperty().set("*");
        assertThat(form.field(FORWARDED_ALLOW_IPS).lintProperty().get()).contains("'*'");
    }

    @Test
    void aProfilesRefusedValueIsShownAsWrittenWithTheModelsMessage() {
        Map<String, JsonNode> values = Map.of(
                "port",
                JsonNodeFactory.instance.textNode("eighty"),
                "timeout_keep_alive",
                JsonNodeFactory.instance.numberNode(65));
        form.load(new Profile(
                Path.of("p.json"),
                new ProfileDocument("p.json", "p", values, JsonNodeFactory.instance.objectNode(), List.of()),
                false));

        assertThat(form.field(PORT).textProperty().get()).isEqualTo("eighty");
        assertThat(form.field(PORT).errorProperty().get()).isNotNull();
        assertThat(form.field(TIMEOUT_KEEP_ALIVE).textProperty().get()).isEqualTo("65");
    }

    @Test
    void fieldsSayWhichValuesTheRunningServerDoesNotHaveYet() {
        form.running(Settings.defaults());
        assertThat(form.pendingProperty().get()).isFalse();

        form.field(TIMEOUT_KEEP_ALIVE).textProperty().set("65");

        assertThat(form.field(TIMEOUT_KEEP_ALIVE).pendingProperty().get()).isTrue();
        assertThat(form.pendingProperty().get()).isTrue();
        form.running(Settings.defaults().with(TIMEOUT_KEEP_ALIVE, Duration.ofSeconds(65)));
        assertThat(form.pendingProperty().get()).isFalse();
    }

    @Test
    void eachFieldSaysWhetherItAppliesLive() {
        assertThat(form.field(TIMEOUT_KEEP_ALIVE).live()).isTrue();
        assertThat(form.field(TIMEOUT_KEEP_ALIVE).applyLabel()).isEqualTo("applies live");
        assertThat(form.field(PORT).live()).isFalse();
        assertThat(form.field(PORT).applyLabel()).isEqualTo("needs a restart");
    }

    private static String messageOfTheModel(Setting<?> setting, String text) {
        try {
            setting.type().parse(text);
            throw new AssertionError(text + " was accepted");
        } catch (InvalidValue e) {
            return e.getMessage();
        }
    }
}
