package dev.wharf.gui.charts;

import dev.wharf.gui.fx.Format;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;

/** Two line charts over the last minutes: active connections and requests per second, one line per worker. */
public final class ChartsView extends VBox {

    public ChartsView(ChartsViewModel model) {
        LineChart<Number, Number> connections = chart(model, "Active connections per worker", model.connections());
        connections.setId("connections-chart");
        LineChart<Number, Number> rates = chart(model, "Requests per second per worker", model.requestRates());
        rates.setId("requests-chart");
        VBox.setVgrow(connections, Priority.ALWAYS);
        VBox.setVgrow(rates, Priority.ALWAYS);
        getChildren().addAll(connections, rates);
    }

    private static LineChart<Number, Number> chart(
            ChartsViewModel model, String title, ObservableList<XYChart.Series<Number, Number>> data) {
        NumberAxis time = new NumberAxis();
        time.setAutoRanging(false);
        time.lowerBoundProperty().bind(model.lowerBoundProperty());
        time.upperBoundProperty().bind(model.upperBoundProperty());
        time.setTickUnit(30);
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
        return chart;
    }
}
