package dev.wharf.gui.profiles;

import atlantafx.base.theme.Styles;
import dev.wharf.config.setting.Preset;
import java.util.Locale;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** The New profile dialog's layout and bindings; {@link NewProfileViewModel} holds what it shows. */
final class NewProfileDialog extends Dialog<NewProfileViewModel.Request> {

    NewProfileDialog(NewProfileViewModel model) {
        setTitle("New profile");
        setHeaderText("Start from one of the seed's environment profiles, or from the defaults.");
        TextField name = field("new-profile-name", model.nameProperty().get());
        name.textProperty().bindBidirectional(model.nameProperty());
        ChoiceBox<Preset> preset = new ChoiceBox<>();
        preset.setId("new-profile-preset");
        preset.getItems().setAll(Preset.values());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preset value) {
                return value == null || value == Preset.NONE
                        ? "none (the defaults)"
                        : value.name().toLowerCase(Locale.ROOT);
            }

            @Override
            public Preset fromString(String text) {
                return Preset.valueOf(text.toUpperCase(Locale.ROOT));
            }
        });
        preset.valueProperty().bindBidirectional(model.presetProperty());
        TextField ips = field("new-profile-forwarded-allow-ips", "");
        ips.setPromptText("the proxy's addresses, e.g. 10.0.0.0/8");
        ips.textProperty().bindBidirectional(model.forwardedAllowIpsProperty());
        TextField pool = field("new-profile-db-pool-size", "");
        pool.setPromptText("per worker, e.g. 10");
        pool.textProperty().bindBidirectional(model.dbPoolSizeProperty());
        TextField budget = field("new-profile-db-budget", "");
        budget.setPromptText("the database's connections for this service");
        budget.textProperty().bindBidirectional(model.dbBudgetProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Name"), name);
        form.addRow(1, new Label("Preset"), preset);
        form.addRow(2, new Label("Forwarded allow IPs"), ips);
        form.addRow(3, new Label("DB pool size"), pool);
        form.addRow(4, new Label("DB connection budget"), budget);

        ListView<String> preview = new ListView<>(model.preview());
        preview.setId("new-profile-preview");
        preview.setPrefSize(640, 220);
        Label problem = new Label();
        problem.setId("new-profile-problem");
        problem.getStyleClass().add(Styles.DANGER);
        problem.textProperty().bind(model.problemProperty());
        problem.managedProperty().bind(model.problemProperty().isNotEmpty());

        getDialogPane().setContent(new VBox(10, form, new Label("What the preset sets, and why"), preview, problem));
        getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        getDialogPane()
                .lookupButton(ButtonType.OK)
                .disableProperty()
                .bind(model.problemProperty().isNotEmpty());
        setResultConverter(button -> button == ButtonType.OK ? model.request().orElse(null) : null);
    }

    private static TextField field(String id, String text) {
        TextField field = new TextField(text);
        field.setId(id);
        return field;
    }
}
