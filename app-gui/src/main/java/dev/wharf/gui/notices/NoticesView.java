package dev.wharf.gui.notices;

import atlantafx.base.controls.Message;
import atlantafx.base.theme.Styles;
import javafx.animation.PauseTransition;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

/** The notification area under the toolbar: a banner per notice, each with its actions and a close button. */
public final class NoticesView extends VBox {

    public NoticesView(NoticesViewModel model) {
        setId("notices");
        getStyleClass().add("notices");
        model.notices().addListener((ListChangeListener<Notice>) change -> show(model));
        show(model);
    }

    private void show(NoticesViewModel model) {
        getChildren().clear();
        for (Notice notice : model.notices()) {
            getChildren().add(banner(notice, model));
        }
        setVisible(!model.notices().isEmpty());
        setManaged(isVisible());
    }

    private static VBox banner(Notice notice, NoticesViewModel model) {
        Message message = new Message(notice.title(), notice.text());
        message.setId("notice-" + notice.topic());
        message.getStyleClass()
                .add(
                        switch (notice.level()) {
                            case INFO -> Styles.ACCENT;
                            case SUCCESS -> Styles.SUCCESS;
                            case WARNING -> Styles.WARNING;
                            case DANGER -> Styles.DANGER;
                        });
        message.setOnClose(e -> model.dismiss(notice));
        HBox banner = new HBox(8, message);
        banner.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        for (Notice.Action action : notice.actions()) {
            Button button = new Button(action.label());
            button.setId(action.id());
            button.getStyleClass().add(Styles.SMALL);
            button.setMinWidth(Label.USE_PREF_SIZE);
            button.setOnAction(e -> {
                model.dismiss(notice);
                action.run().run();
            });
            banner.getChildren().add(button);
        }
        VBox box = new VBox(2, banner);
        for (Notice.Action link : notice.links()) {
            Hyperlink line = new Hyperlink(link.label());
            line.setId(link.id());
            line.getStyleClass().add("notice-link");
            line.setOnAction(e -> link.run().run());
            box.getChildren().add(line);
        }
        if (notice.lasts() != null) {
            PauseTransition timeOut =
                    new PauseTransition(Duration.millis(notice.lasts().toMillis()));
            timeOut.setOnFinished(e -> model.dismiss(notice));
            timeOut.play();
        }
        return box;
    }
}
