package dev.wharf.gui.settings;

import atlantafx.base.theme.Styles;
import dev.wharf.config.Help;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The focused setting's whole help, as the model has it: what it does, when it matters, the common mistake. */
final class HelpPane extends VBox {

    private final Label flag = new Label("Select a setting");
    private final Label meta = new Label();
    private final Label what = body();
    private final Label when = body();
    private final Label mistake = body();

    HelpPane() {
        getStyleClass().add("help-pane");
        setId("help-pane");
        setPrefWidth(300);
        setMinWidth(240);
        flag.getStyleClass().addAll(Styles.TITLE_4, "setting-flag");
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        getChildren().addAll(flag, meta, heading("What it does"), what, heading("When it matters"), when,
                heading("The common mistake"), mistake);
    }

    void show(SettingField field) {
        Help help = field.help();
        flag.setText(field.setting().flag());
        meta.setText("default " + field.setting().defaultText() + " · " + field.applyLabel() + " · "
                + String.join(", ", field.setting().environment()) + " · \"" + field.setting().key() + "\" in a profile");
        what.setText(help.what());
        when.setText(help.when());
        mistake.setText(help.mistake());
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase(java.util.Locale.ROOT));
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label body() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }
}
