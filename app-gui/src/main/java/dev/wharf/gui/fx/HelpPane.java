package dev.wharf.gui.fx;

import atlantafx.base.theme.Styles;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The focused option's whole help, as its model has it: what it does, when it matters, the common mistake. */
public final class HelpPane extends VBox {

    private final Label flag = new Label("Select a setting");
    private final Label meta = new Label();
    private final Label what = body();
    private final Label when = body();
    private final Label mistake = body();

    public HelpPane() {
        getStyleClass().add("help-pane");
        setId("help-pane");
        setPrefWidth(300);
        setMinWidth(240);
        flag.getStyleClass().addAll(Styles.TITLE_4, "setting-flag");
        meta.getStyleClass().add(Styles.TEXT_MUTED);
        meta.setWrapText(true);
        getChildren()
                .addAll(
                        flag,
                        meta,
                        heading("What it does"),
                        what,
                        heading("When it matters"),
                        when,
                        heading("The common mistake"),
                        mistake);
    }

    public void show(HelpTopic topic) {
        flag.setText(topic.title());
        meta.setText(topic.meta());
        what.setText(topic.what());
        when.setText(topic.when());
        mistake.setText(topic.mistake());
    }

    private static Label heading(String text) {
        Label label = new Label(text.toUpperCase(Locale.ROOT));
        label.getStyleClass().add("help-heading");
        return label;
    }

    private static Label body() {
        Label label = new Label();
        label.setWrapText(true);
        return label;
    }
}
