package io.braingobrrr.app.viewer.spectrum;

import io.braingobrrr.analysis.dsp.Band;
import io.braingobrrr.analysis.dsp.Psd;
import io.fair_acc.chartfx.XYChart;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.chartfx.plugins.XRangeIndicator;
import io.fair_acc.chartfx.renderer.LineStyle;
import io.fair_acc.chartfx.renderer.spi.ErrorDataSetRenderer;
import io.fair_acc.dataset.spi.DoubleDataSet;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.SelectionMode;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
import javafx.scene.layout.StackPane;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Binds SpectrumPanel.fxml to {@link SpectrumViewModel}: PSD chart (log power, band shading), spectrogram image, clicks. */
public final class SpectrumController {
    /** The page PSD is drawn up to here: the bands of interest end at 30 Hz. */
    static final double MAX_HZ = 45;

    private final SpectrumViewModel viewModel;
    private final DefaultNumericAxis frequency = new DefaultNumericAxis("frequency", "Hz");
    private final DefaultNumericAxis power = new DefaultNumericAxis("power", "unit²/Hz");
    private final ErrorDataSetRenderer renderer = new ErrorDataSetRenderer();

    @FXML private ListView<String> signalList;
    @FXML private Button spectrogramButton;
    @FXML private ProgressBar progressBar;
    @FXML private StackPane psdHolder;
    @FXML private Pane spectrogramPane;
    @FXML private ImageView spectrogramImage;
    @FXML private Label messageLabel;

    public SpectrumController(SpectrumViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        signalList.setItems(viewModel.signals());
        signalList.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        for (String s : viewModel.selected()) signalList.getSelectionModel().select(s);
        signalList.getSelectionModel().getSelectedItems().addListener(
                (javafx.collections.ListChangeListener<String>) c -> viewModel.selected().setAll(List.copyOf(c.getList())));

        frequency.setAutoRanging(false);
        frequency.set(0, MAX_HZ);
        frequency.setTickUnit(5);
        power.setLogAxis(true);
        power.setAutoRanging(true);
        power.setAutoUnitScaling(false);
        XYChart chart = new XYChart(frequency, power);
        chart.setLegendVisible(true);
        chart.getToolBar().setVisible(false);
        chart.getToolBar().setManaged(false);
        renderer.setPolyLineStyle(LineStyle.NORMAL);
        renderer.setDrawMarker(false);
        renderer.setPointReduction(false);
        chart.getRenderers().setAll(renderer);
        for (Band b : Band.values()) {
            XRangeIndicator band = new XRangeIndicator(frequency, b.lowHz(), b.highHz(), b.key());
            band.setEditable(false);
            chart.getPlugins().add(band);
        }
        chart.getStyleClass().add("psd-chart");
        psdHolder.getChildren().add(chart);
        viewModel.pagePsdsProperty().addListener((o, a, b) -> drawPsds(b));
        drawPsds(viewModel.pagePsdsProperty().get());

        spectrogramButton.disableProperty().bind(viewModel.progressProperty().greaterThanOrEqualTo(0));
        progressBar.progressProperty().bind(viewModel.progressProperty());
        progressBar.visibleProperty().bind(viewModel.progressProperty().greaterThanOrEqualTo(0));
        messageLabel.textProperty().bind(viewModel.messageProperty());
        spectrogramImage.fitWidthProperty().bind(spectrogramPane.widthProperty());
        spectrogramImage.fitHeightProperty().bind(spectrogramPane.heightProperty());
        viewModel.spectrogramProperty().addListener((o, a, s) -> drawSpectrogram(s));
        spectrogramPane.setOnMouseClicked(e -> {
            SpectrumMath.Spectrogram s = viewModel.spectrogramProperty().get();
            if (s == null || spectrogramPane.getWidth() <= 0) return;
            int column = (int) Math.min(s.columns() - 1, Math.max(0, e.getX() / spectrogramPane.getWidth() * s.columns()));
            viewModel.jumpTo(s.timeOf(column));
        });
    }

    private void drawPsds(Map<String, Psd> psds) {
        List<DoubleDataSet> sets = new ArrayList<>();
        psds.forEach((label, psd) -> {
            int bins = 0;
            while (bins < psd.bins() && psd.frequency(bins) <= MAX_HZ) bins++;
            double[] x = new double[Math.max(0, bins - 1)];
            double[] y = new double[x.length];
            for (int k = 1; k < bins; k++) {      // no DC bin: log axes have no place for the mean removed to zero
                x[k - 1] = psd.frequency(k);
                y[k - 1] = Math.max(psd.density()[k], 1e-12);
            }
            DoubleDataSet d = new DoubleDataSet(label);
            d.set(x, y);
            sets.add(d);
        });
        renderer.getDatasets().setAll(sets);
    }

    private void drawSpectrogram(SpectrumMath.Spectrogram s) {
        if (s == null || s.columns() == 0 || s.bins() == 0) return;
        WritableImage image = new WritableImage(s.columns(), s.bins());
        image.getPixelWriter().setPixels(0, 0, s.columns(), s.bins(), PixelFormat.getIntArgbPreInstance(),
                SpectrogramColours.pixels(s), 0, s.columns());
        spectrogramImage.setImage(image);
    }

    @FXML
    private void spectrogram() {
        viewModel.computeSpectrogram();
    }
}
