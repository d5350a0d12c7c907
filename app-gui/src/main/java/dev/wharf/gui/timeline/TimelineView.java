package dev.wharf.gui.timeline;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The timeline as a list, newest first: time, a coloured tag for the kind of moment, what happened and its detail. */
public final class TimelineView extends ListView<TimelineEntry> {

    public TimelineView(TimelineViewModel model) {
        super(model.entries());
        setId("timeline");
        Label hint = new Label("Lifespan steps, reloads, crashes and restarts appear here once a server runs.");
        hint.getStyleClass().add("empty-hint");
        setPlaceholder(hint);
        setCellFactory(view -> new EntryCell());
    }

    private static final class EntryCell extends ListCell<TimelineEntry> {
        private final Label time = new Label();
        private final Label tag = new Label();
        private final Label title = new Label();
        private final Label detail = new Label();
        private final VBox text = new VBox(2, title, detail);
        private final HBox row = new HBox(10, time, tag, text);
        private String kindClass;

        EntryCell() {
            time.getStyleClass().add("timeline-time");
            tag.getStyleClass().add("timeline-tag");
            detail.getStyleClass().add("timeline-detail");
            detail.setWrapText(true);
            title.setWrapText(true);
            // The text takes the width the time and the tag leave, and a long detail wraps within it
            // rather than widening every row (the list then scrolled sideways).
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            setPrefWidth(0);
            row.setAlignment(Pos.BASELINE_LEFT);
        }

        /**
         * The row's height at the cell's width. A cell asks its graphic for its height at no particular
         * width, and the row then measured its wrapping title at the title's own width, a hair too
         * narrow for its one line: every moment came out two lines tall, its text at the top.
         */
        @Override
        protected double computePrefHeight(double width) {
            if (getGraphic() == null || width < 0) {
                return super.computePrefHeight(width);
            }
            return snappedTopInset()
                    + row.prefHeight(width - snappedLeftInset() - snappedRightInset())
                    + snappedBottomInset();
        }

        @Override
        protected void updateItem(TimelineEntry entry, boolean empty) {
            super.updateItem(entry, empty);
            if (empty || entry == null) {
                setGraphic(null);
                return;
            }
            time.setText(TimelineViewModel.time(entry));
            tag.setText(entry.kind().label());
            if (kindClass != null) {
                tag.getStyleClass().remove(kindClass);
            }
            kindClass = entry.kind().label();
            tag.getStyleClass().add(kindClass);
            title.setText(entry.title());
            detail.setText(entry.detail());
            detail.setVisible(!entry.detail().isEmpty());
            detail.setManaged(!entry.detail().isEmpty());
            setGraphic(row);
        }
    }
}
