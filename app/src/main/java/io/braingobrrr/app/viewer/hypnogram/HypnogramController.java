package io.braingobrrr.app.viewer.hypnogram;

import io.braingobrrr.analysis.sleep.SleepStage;
import io.braingobrrr.app.report.Times;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XValueIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import io.braingobrrr.core.review.SleepScoringService.Epoch;
import javafx.fxml.FXML;
import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import javafx.util.StringConverter;

import java.util.List;

/**
 * Draws {@link HypnogramViewModel}'s epochs with ChartFX: a stair line in clinical order (W at the top,
 * then R, N1, N2, N3), R epochs marked in their own colour, manual epochs marked too, and a line at the
 * page position. A click moves the trace view to the epoch under the mouse.
 */
public final class HypnogramController {
    /** Clinical display order, top to bottom. */
    static final List<SleepStage> ORDER = List.of(SleepStage.W, SleepStage.R, SleepStage.N1, SleepStage.N2, SleepStage.N3);

    private final HypnogramViewModel viewModel;
    // No axis titles: the panel is short and the tick labels (clock time, stage names) say it all.
    private final DefaultNumericAxis time = new DefaultNumericAxis(null, null);
    private final DefaultNumericAxis stage = new DefaultNumericAxis(null, null);
    private final DoubleDataSet line = new DoubleDataSet("stage");
    private final DoubleDataSet rem = new DoubleDataSet("R");
    private final DoubleDataSet manual = new DoubleDataSet("manual");
    private XYChart chart;

    @FXML private Button stageButton;
    @FXML private ProgressIndicator stagingIndicator;
    @FXML private Label messageLabel;
    @FXML private StackPane chartHolder;

    public HypnogramController(HypnogramViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        double duration = Math.max(HypnogramViewModel.EPOCH_SECONDS, viewModel.trace().durationSeconds());
        time.setAutoRanging(false);
        time.set(0, duration);
        time.setTickUnit(niceTick(duration));
        time.setTickLabelFormatter(converter(s -> Times.clock(s.doubleValue())));
        stage.setAutoRanging(false);
        stage.set(-0.5, ORDER.size() - 0.5);
        stage.setTickUnit(1);
        stage.setMinorTickCount(0);
        stage.setTickLabelFormatter(converter(v -> {
            int i = (int) Math.round(v.doubleValue());
            return i >= 0 && i < ORDER.size() && Math.abs(v.doubleValue() - i) < 1e-6 ? ORDER.get(ORDER.size() - 1 - i).name() : "";
        }));
        chart = new XYChart(time, stage);
        chart.setLegendVisible(false);
        chart.setToolBarPinned(false);
        chart.getToolBar().setVisible(false);
        chart.getToolBar().setManaged(false);
        chart.getRenderers().setAll(renderer(LineStyle.ZERO_ORDER_HOLDER, false, line),
                renderer(LineStyle.NONE, true, rem), renderer(LineStyle.NONE, true, manual));
        chart.getStyleClass().add("hypnogram-chart");
        XValueIndicator page = new XValueIndicator(time, 0);
        page.setEditable(false);
        page.valueProperty().bind(viewModel.trace().pageStartProperty());
        chart.getPlugins().add(page);
        // A filter: ChartFX's plot area may consume clicks before they bubble up to the chart.
        chart.addEventFilter(MouseEvent.MOUSE_CLICKED, this::click);
        chartHolder.getChildren().add(chart);

        stageButton.disableProperty().bind(viewModel.stagingProperty());
        stagingIndicator.visibleProperty().bind(viewModel.stagingProperty());
        messageLabel.textProperty().bind(viewModel.messageProperty());
        viewModel.epochsProperty().addListener((o, a, b) -> draw(b));
        draw(viewModel.epochsProperty().get());
    }

    private static ErrorDataSetRenderer renderer(LineStyle style, boolean markers, DoubleDataSet data) {
        ErrorDataSetRenderer r = new ErrorDataSetRenderer();
        r.setPolyLineStyle(style);
        r.setDrawMarker(markers);
        r.setPointReduction(false);      // every epoch counts: no point may be reduced away
        r.getDatasets().add(data);
        return r;
    }

    /** Time of the click from the axis (the plot area and the axis share their x). */
    private void click(MouseEvent e) {
        Point2D p = time.sceneToLocal(e.getSceneX(), e.getSceneY());
        double seconds = time.getValueForDisplay(p.getX());
        if (seconds >= 0 && seconds <= viewModel.trace().durationSeconds()) viewModel.jumpTo(seconds);
    }

    static double y(SleepStage s) {
        return ORDER.size() - 1 - ORDER.indexOf(s);
    }

    private void draw(List<Epoch> epochs) {
        int n = epochs.size();
        double[] x = new double[n + 1];
        double[] y = new double[n + 1];
        int k = 0;
        int remCount = 0;
        int manualCount = 0;
        for (Epoch e : epochs) {
            if ("R".equals(e.stage())) remCount++;
            if (e.manual()) manualCount++;
        }
        double[] rx = new double[remCount], ry = new double[remCount], mx = new double[manualCount], my = new double[manualCount];
        int r = 0;
        int m = 0;
        for (Epoch e : epochs) {
            double t = e.index() * HypnogramViewModel.EPOCH_SECONDS;
            double v = y(SleepStage.valueOf(e.stage()));
            x[k] = t;
            y[k++] = v;
            if ("R".equals(e.stage())) {
                rx[r] = t + HypnogramViewModel.EPOCH_SECONDS / 2;
                ry[r++] = v;
            }
            if (e.manual()) {
                mx[m] = t + HypnogramViewModel.EPOCH_SECONDS / 2;
                my[m++] = v;
            }
        }
        if (n > 0) {      // the last epoch's step needs its end point
            x[k] = x[k - 1] + HypnogramViewModel.EPOCH_SECONDS;
            y[k] = y[k - 1];
            k++;
        }
        line.set(java.util.Arrays.copyOf(x, k), java.util.Arrays.copyOf(y, k));
        rem.set(rx, ry);
        manual.set(mx, my);
    }

    @FXML
    private void stage() {
        viewModel.runStager();
    }

    static double niceTick(double seconds) {
        double[] ticks = {60, 300, 600, 1800, 3600, 7200};
        for (double t : ticks) if (seconds / t <= 12) return t;
        return 14400;
    }

    private static StringConverter<Number> converter(java.util.function.Function<Number, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return f.apply(n);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }
}
