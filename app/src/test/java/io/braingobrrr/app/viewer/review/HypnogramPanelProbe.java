package io.braingobrrr.app.viewer.review;

import io.fair_acc.chartfx.XYChart;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.TimeUnit;

/** Reads what the hypnogram chart holds: its stair line has one point per epoch plus the last epoch's end. */
final class HypnogramPanelProbe {
    private HypnogramPanelProbe() {
    }

    static void waitForStages(FxRobot robot, int epochs) throws Exception {
        XYChart chart = robot.lookup(".hypnogram-chart").queryAs(XYChart.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> chart.getAllDatasets().stream().anyMatch(d -> "stage".equals(d.getName()) && d.getDataCount() == epochs + 1));
    }
}
