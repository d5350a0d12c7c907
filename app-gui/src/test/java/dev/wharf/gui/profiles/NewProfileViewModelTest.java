package dev.wharf.gui.profiles;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.config.catalog.AppOptions;
import dev.wharf.config.catalog.ProxyOptions;
import dev.wharf.config.catalog.WorkerOptions;
import dev.wharf.config.setting.Preset;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The New profile dialog's view model without a stage: a preset's values with their reasons, and bad input. */
class NewProfileViewModelTest {

    private final NewProfileViewModel model = new NewProfileViewModel(8);

    @Test
    void choosingTheContainerPresetShowsEachValueWithWhyAndTheLintOfTheResult() {
        model.presetProperty().set(Preset.CONTAINER);

        assertThat(model.preview())
                .contains("reload = false — a deployed image's files do not change; watching them costs CPU")
                .anyMatch(line -> line.startsWith("⚠ The container preset expects a proxy or ingress in front"));

        model.forwardedAllowIpsProperty().set("10.0.0.0/8");
        model.dbPoolSizeProperty().set("10");
        model.dbBudgetProperty().set("30");

        assertThat(model.preview())
                .contains("workers = 3 — from the DB budget: 30 / 10 = 3 workers' pools fit")
                .noneMatch(line -> line.startsWith("⚠"));
        NewProfileViewModel.Request request = model.request().orElseThrow();
        assertThat(request.name()).isEqualTo("my-app");
        assertThat(request.settings().get(AppOptions.PRESET)).isEqualTo(Preset.CONTAINER);
        assertThat(request.settings().get(WorkerOptions.WORKERS)).isEqualTo(3);
    }

    @Test
    void theContainerProfilesFileStatesProxyHeadersBesideTheProxysAddresses(@TempDir Path folder) throws Exception {
        model.nameProperty().set("behind-nginx");
        model.presetProperty().set(Preset.CONTAINER);
        model.forwardedAllowIpsProperty().set("10.0.0.0/8");
        NewProfileViewModel.Request request = model.request().orElseThrow();

        Profile created = new ProfileStore(folder).create(request.name(), request.settings(), request.stated());

        // proxy_headers is on by default: the file says it anyway, as the preset chose it for the proxy.
        JsonNode file = new ObjectMapper().readTree(created.file().toFile());
        assertThat(file.path(ProxyOptions.PROXY_HEADERS.key()).isBoolean()).isTrue();
        assertThat(file.path(ProxyOptions.PROXY_HEADERS.key()).asBoolean()).isTrue();
        assertThat(file.path(ProxyOptions.FORWARDED_ALLOW_IPS.key()).asText()).isEqualTo("10.0.0.0/8");
        assertThat(file.path(AppOptions.PRESET.key()).asText()).isEqualToIgnoringCase("container");
        assertThat(created.document().values()).containsKey(ProxyOptions.PROXY_HEADERS.key());
    }

    @Test
    void aBudgetBelowOnePoolIsAProblemAndMakesNoProfile() {
        model.presetProperty().set(Preset.CONTAINER);
        model.dbPoolSizeProperty().set("10");
        model.dbBudgetProperty().set("5");

        assertThat(model.problemProperty().get()).startsWith("--db-connection-budget 5 is below one worker's pool");
        assertThat(model.request()).isEmpty();
    }

    @Test
    void aPoolSizeThatIsNoNumberIsNamed() {
        model.dbPoolSizeProperty().set("ten");

        assertThat(model.problemProperty().get()).isEqualTo("DB pool size 'ten' is not a whole number of 1 or more.");
    }
}
