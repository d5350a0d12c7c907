package dev.wharf.gui.profiles;

import static dev.wharf.config.catalog.AppOptions.APP;
import static dev.wharf.config.catalog.ServerOptions.PORT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.config.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileStoreTest {

    @TempDir
    Path folder;

    private final List<BundledSample> samples =
            List.of(new BundledSample("hello", "hi"), new BundledSample("lifecycle-lab", "lab"));

    @Test
    void aFirstStartOffersAProfileForEachBundledSample() throws Exception {
        ProfileStore store = new ProfileStore(folder.resolve("profiles"));
        store.seed(samples);

        List<Profile> profiles = store.loadAll().profiles();
        assertThat(profiles).extracting(Profile::name).containsExactly("hello", "lifecycle-lab");
        assertThat(profiles.get(1).document().settings().get(APP)).isEqualTo("lifecycle-lab");
    }

    @Test
    void aSampleProfileTheUserDeletedIsNotOfferedAgainButANewSampleIs() throws Exception {
        ProfileStore store = new ProfileStore(folder);
        store.seed(samples);
        store.delete(store.loadAll().profiles().get(0));

        store.seed(List.of(samples.get(0), samples.get(1), new BundledSample("chat", "ws")));

        assertThat(store.loadAll().profiles()).extracting(Profile::name).containsExactly("chat", "lifecycle-lab");
    }

    @Test
    void aProfileThatFailsToParseIsReportedKeptAsideAndNeverOverwritten() throws Exception {
        ProfileStore store = new ProfileStore(folder);
        Files.writeString(folder.resolve("mine.json"), "{\"port\": 80,,}");

        ProfileStore.Loaded loaded = store.loadAll();

        assertThat(loaded.profiles()).isEmpty();
        assertThat(loaded.problems())
                .singleElement()
                .asString()
                .contains("mine.json", "line 1", "not valid JSON", "moved to mine.json.broken");
        assertThat(Files.readString(folder.resolve("mine.json.broken"))).isEqualTo("{\"port\": 80,,}");

        Profile created = store.create("mine", Settings.defaults());
        assertThat(created.file().getFileName().toString()).isEqualTo("mine-2.json");
        assertThat(Files.readString(folder.resolve("mine.json.broken"))).isEqualTo("{\"port\": 80,,}");
    }

    @Test
    void savingKeepsUnknownKeysAndWritesOnlyWhatDiffersFromTheDefaults() throws Exception {
        ProfileStore store = new ProfileStore(folder);
        Path file = folder.resolve("app.json");
        Files.writeString(file, "{\"name\": \"app\", \"future_option\": 3}");
        Profile profile = store.loadAll().profiles().get(0);

        store.save(profile, "app", Settings.defaults().with(PORT, 9001));

        assertThat(Files.readString(file))
                .contains("\"future_option\" : 3", "\"port\" : 9001")
                .doesNotContain("backlog");
    }

    @Test
    void renameMovesTheFileAndDuplicateMakesANewOne() throws Exception {
        ProfileStore store = new ProfileStore(folder);
        Profile first = store.create("First app", Settings.defaults());
        assertThat(first.file().getFileName().toString()).isEqualTo("first-app.json");

        Profile renamed = store.rename(first, "Billing API", Settings.defaults());
        Profile copy = store.duplicate(renamed, "Billing API copy", Settings.defaults());

        assertThat(Files.exists(first.file())).isFalse();
        assertThat(store.loadAll().profiles())
                .extracting(Profile::name)
                .containsExactly("Billing API", "Billing API copy");
        assertThat(copy.file().getFileName().toString()).isEqualTo("billing-api-copy.json");
    }

    @Test
    void aProjectsWharfJsonIsOpenedWhereItIsAndNeverDeleted() throws Exception {
        ProfileStore store = new ProfileStore(folder.resolve("profiles"));
        Path project = Files.createDirectories(folder.resolve("project"));
        Path wharfJson = project.resolve("wharf.json");
        Files.writeString(wharfJson, "{\"app\": \"com.example.Main:app\", \"port\": 9100}");

        Profile opened = store.open(wharfJson);
        store.delete(opened);

        assertThat(opened.external()).isTrue();
        assertThat(opened.name()).isEqualTo("wharf");
        assertThat(opened.document().settings().get(PORT)).isEqualTo(9100);
        assertThat(Files.exists(wharfJson)).isTrue();
    }
}
