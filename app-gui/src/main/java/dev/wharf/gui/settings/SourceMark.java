package dev.wharf.gui.settings;

import dev.wharf.gui.fx.Badge;
import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** A field's source as a small mark in its row's header ("env"), the source in words as its tooltip. */
final class SourceMark {

    private SourceMark() {}

    static Badge of(FieldSource source, String key) {
        Badge mark = new Badge();
        mark.setId("source-" + key);
        mark.getStyleClass().add("source-mark");
        Tooltip words = new Tooltip();
        words.textProperty().bind(source.descriptionProperty());
        words.setShowDelay(Duration.millis(300));
        mark.setTooltip(words);
        show(mark, source.markProperty().get());
        source.markProperty().addListener((o, before, now) -> show(mark, now));
        return mark;
    }

    private static void show(Badge mark, String text) {
        mark.show(text, "source-" + text);
    }
}
