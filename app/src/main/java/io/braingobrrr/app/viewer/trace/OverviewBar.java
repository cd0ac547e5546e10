package io.braingobrrr.app.viewer.trace;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

import java.util.Map;
import java.util.function.DoubleConsumer;

/**
 * The whole recording in one strip under the traces: annotation marks, the page on screen as a window and,
 * when the hypnogram panel provides stages, a hypnogram strip (one row per stage, W on top). A click asks
 * to centre the page on the clicked time ({@link #setOnJump}). View only: it draws what it is bound to.
 */
public final class OverviewBar extends Region {
    private static final double HEIGHT = 34;
    private static final Map<String, Integer> STAGE_ROW = Map.of("W", 0, "R", 1, "N1", 2, "N2", 3, "N3", 4);

    private final Canvas canvas = new Canvas();
    private final DoubleProperty duration = new SimpleDoubleProperty(1);
    private final DoubleProperty pageStart = new SimpleDoubleProperty(0);
    private final DoubleProperty pageSeconds = new SimpleDoubleProperty(10);
    private final DoubleProperty epochSeconds = new SimpleDoubleProperty(30);
    private final ObservableList<Double> marks = FXCollections.observableArrayList();
    private final ObservableList<Double> findings = FXCollections.observableArrayList();
    private final ObservableList<String> stages = FXCollections.observableArrayList();
    private DoubleConsumer onJump = t -> { };

    public OverviewBar() {
        getStyleClass().add("overview-bar");
        getChildren().add(canvas);
        setMinHeight(HEIGHT);
        setPrefHeight(HEIGHT);
        InvalidationListener redraw = (Observable o) -> draw();
        for (Observable o : new Observable[]{duration, pageStart, pageSeconds, epochSeconds, marks, findings, stages}) o.addListener(redraw);
        setOnMouseClicked(e -> {
            if (getWidth() > 0) onJump.accept(e.getX() / getWidth() * duration.get());
        });
    }

    public void setOnJump(DoubleConsumer onJump) {
        this.onJump = onJump;
    }

    public DoubleProperty durationProperty() {
        return duration;
    }

    public DoubleProperty pageStartProperty() {
        return pageStart;
    }

    public DoubleProperty pageSecondsProperty() {
        return pageSeconds;
    }

    public DoubleProperty epochSecondsProperty() {
        return epochSeconds;
    }

    /** Annotation onsets, seconds. */
    public ObservableList<Double> marks() {
        return marks;
    }

    /** Onsets of the analysis's findings, seconds: marked like annotations, in their own colour. */
    public ObservableList<Double> findings() {
        return findings;
    }

    /** Hypnogram stages, one per epoch. */
    public ObservableList<String> stages() {
        return stages;
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    /** Pixel column of a time in the recording. */
    double x(double seconds) {
        return duration.get() > 0 ? seconds / duration.get() * getWidth() : 0;
    }

    private void draw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (w <= 0 || h <= 0) return;
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(Color.web("#eef1f5"));
        g.fillRect(0, 0, w, h);
        if (!stages.isEmpty()) {
            g.setStroke(Color.web("#5c6bc0"));
            g.setLineWidth(1.5);
            double rowHeight = (h - 6) / 5;
            for (int i = 0; i < stages.size(); i++) {
                Integer row = stages.get(i) == null ? null : STAGE_ROW.get(stages.get(i));
                if (row == null) continue;
                double y = 3 + row * rowHeight + rowHeight / 2;
                g.strokeLine(x(i * epochSeconds.get()), y, x((i + 1) * epochSeconds.get()), y);
            }
        }
        g.setStroke(Color.web("#2e7d32"));
        g.setLineWidth(1);
        for (double onset : marks) {
            double x = Math.floor(x(onset)) + 0.5;
            g.strokeLine(x, 0, x, h);
        }
        g.setStroke(Color.web("#c62828"));
        for (double onset : findings) {
            double x = Math.floor(x(onset)) + 0.5;
            g.strokeLine(x, h / 2, x, h);
        }
        double x0 = x(pageStart.get());
        double pw = Math.max(2, x(pageStart.get() + pageSeconds.get()) - x0);
        g.setFill(Color.web("#1565c0", 0.25));
        g.fillRect(x0, 0, pw, h);
        g.setStroke(Color.web("#1565c0"));
        g.strokeRect(x0 + 0.5, 0.5, pw - 1, h - 1);
    }
}
