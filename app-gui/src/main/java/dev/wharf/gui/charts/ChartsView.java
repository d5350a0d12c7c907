package dev.wharf.gui.charts;

import dev.wharf.gui.fx.Format;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.util.StringConverter;

/**
 * Four line charts over the last minutes, one line per worker: active connections, requests per
 * second, CPU % and latency p95, two by two. An exited worker's line is greyed until it leaves.
 */
public final class ChartsView extends GridPane {

    private static final double EXITED_OPACITY = 0.3;

    public ChartsView(ChartsViewModel model) {
        LineChart<Number, Number> connections = chart(model, "Active connections per worker", model.connections());
        connections.setId("connections-chart");
        LineChart<Number, Number> rates = chart(model, "Requests per second per worker", model.requestRates());
        rates.setId("requests-chart");
        LineChart<Number, Number> cpu = chart(model, "CPU % per worker (100 = one core)", model.cpu());
        cpu.setId("cpu-chart");
        LineChart<Number, Number> latency =
                chart(model, "Latency p95 per worker (ms, last second)", model.latencyP95());
        latency.setId("latency-chart");
        add(connections, 0, 0);
        add(rates, 1, 0);
        add(cpu, 0, 1);
        add(latency, 1, 1);
        for (int i = 0; i < 2; i++) {
            ColumnConstraints column = new ColumnConstraints();
            column.setPercentWidth(50);
            column.setHgrow(Priority.ALWAYS);
            getColumnConstraints().add(column);
            RowConstraints row = new RowConstraints();
            row.setPercentHeight(50);
            row.setVgrow(Priority.ALWAYS);
            getRowConstraints().add(row);
        }
    }

    private static LineChart<Number, Number> chart(
            ChartsViewModel model, String title, ObservableList<XYChart.Series<Number, Number>> data) {
        NumberAxis time = new NumberAxis();
        time.setAutoRanging(false);
        time.lowerBoundProperty().bind(model.lowerBoundProperty());
        time.upperBoundProperty().bind(model.upperBoundProperty());
        time.setTickUnit(60);
        time.setMinorTickVisible(false);
        time.setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number seconds) {
                return Format.clock(model.origin().plusMillis((long) (seconds.doubleValue() * 1000)));
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("the time axis is not edited");
            }
        });
        NumberAxis value = new NumberAxis();
        value.setForceZeroInRange(true);
        value.setMinorTickVisible(false);
        LineChart<Number, Number> chart = new LineChart<>(time, value, data);
        chart.setTitle(title);
        chart.setCreateSymbols(false);
        chart.setAnimated(false);
        chart.setLegendVisible(true);
        chart.setMinSize(0, 0);
        data.forEach(ChartsView::greyWhenExited);
        data.addListener((ListChangeListener<XYChart.Series<Number, Number>>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(ChartsView::greyWhenExited);
            }
        });
        return chart;
    }

    /** The model names an exited worker's line so; its line fades until the model drops it. */
    private static void greyWhenExited(XYChart.Series<Number, Number> series) {
        Runnable fade = () -> {
            if (series.getNode() != null) {
                series.getNode().setOpacity(series.getName().endsWith("(exited)") ? EXITED_OPACITY : 1);
            }
        };
        series.nameProperty().addListener((o, before, now) -> fade.run());
        series.nodeProperty().addListener((o, before, now) -> fade.run());
        fade.run();
    }
}
