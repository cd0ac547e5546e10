package io.braingobrrr.app.workstation;

import io.braingobrrr.app.testing.MainWindowFixture;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.viewer.annotate.AnnotationEntry;
import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.audit.AuditTrail;
import io.braingobrrr.core.clinical.AnnotationService;
import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.edf.EdfRecording;
import io.braingobrrr.core.identity.Subject;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.store.AnnotationStore;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.RecordingImporter;
import io.braingobrrr.core.store.RecordingStore;
import io.braingobrrr.core.store.StoredAnnotation;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A reviewer's session on a real clinical EEG stored in a real database, through the real window under
 * Monocle: page, switch montage and filters, annotate with a click and with a drag, find the annotations
 * in the list, in the database and in an exported EDF+, measure two points, read the cursor, use the
 * overview bar and the help.
 */
@ExtendWith(ApplicationExtension.class)
class TraceReviewUiTest {
    private static final String FILE = "format/mne-testing-data/MB0400FU.EDF";      // NK clinical EEG, 29 s

    @TempDir
    static Path tmp;

    private MainWindowFixture window;
    private MainWindowViewModel viewModel;
    private Database db;

    @Start
    void start(Stage stage) throws Exception {
        window = MainWindowFixture.show(stage, MainWindowFixture.freshDatabase(tmp, "review"));
        db = window.db();
        viewModel = window.viewModel();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        window.close();
    }

    @Test
    void reviewerPagesAnnotatesExportsAndMeasures(FxRobot robot) throws Exception {
        long id = new RecordingImporter(new RecordingStore(db)).importFile(SharedData.file(FILE), null, f -> { });
        robot.interact(viewModel::refresh);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.visibleEntries().size() == 1);
        robot.interact(() -> viewModel.viewTraces(viewModel.visibleEntries().get(0)));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.openViews().size() == 1);
        TraceViewModel view = viewModel.openViews().get(0);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#tracePane").tryQuery().isPresent());
        Pane pane = robot.lookup("#tracePane").queryAs(Pane.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.shownPage() != null);
        ListView<AnnotationEntry> list = robot.lookup("#annotationList").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !list.getItems().isEmpty());
        int fromFile = list.getItems().size();

        // Paging, montage and filters.
        robot.clickOn(pane).type(KeyCode.PAGE_DOWN);
        assertEquals(10.0, view.pageStartProperty().get(), 1e-9);
        robot.type(KeyCode.PAGE_UP);
        assertEquals(0.0, view.pageStartProperty().get(), 1e-9);
        ComboBox<String> montage = robot.lookup("#montageBox").queryComboBox();
        robot.interact(() -> montage.setValue("double-banana"));
        assertEquals("Fp1-F7", view.shownPage().labels().get(0));
        ComboBox<Double> hff = robot.lookup("#hffBox").queryComboBox();
        float before = view.shownPage().values()[0][500];
        robot.interact(() -> hff.setValue(15.0));
        assertTrue(before != view.shownPage().values()[0][500], "HFF 15 changes the drawn values");

        int traceWidth = (int) pane.getWidth() - TraceLayout.LABEL_WIDTH - TraceLayout.SCALE_WIDTH;
        double y = baseline(view, pane, 0);
        assertEquals(Math.rint(pane.localToScreen(0, 0).getX()), pane.localToScreen(0, 0).getX(), 1e-9, "pane on whole pixels");

        // A click with Spike armed (key S): a point annotation at the clicked time.
        double xSpike = TraceLayout.LABEL_WIDTH + traceWidth * 0.25;
        robot.clickOn(pane).type(KeyCode.S);
        robot.clickOn(screen(pane, xSpike, y));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == fromFile + 1);
        AnnotationEntry spike = find(list.getItems(), "Spike");
        assertEquals(2.5, spike.onsetSeconds(), 10.0 / traceWidth * 1.5);
        assertTrue(!spike.annotation().hasDuration(), "a click makes a point");

        // A drag with Artifact armed (key A): an annotation lasting the dragged span.
        robot.type(KeyCode.A);
        double x1 = TraceLayout.LABEL_WIDTH + traceWidth * 0.5;
        double x2 = TraceLayout.LABEL_WIDTH + traceWidth * 0.7;
        robot.drag(screen(pane, x1, y), MouseButton.PRIMARY).moveTo(screen(pane, (x1 + x2) / 2, y))
                .moveTo(screen(pane, x2, y)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == fromFile + 2);
        AnnotationEntry artifact = find(list.getItems(), "Artifact");
        assertEquals(5.0, artifact.onsetSeconds(), 10.0 / traceWidth * 1.5);
        assertEquals(2.0, artifact.annotation().durationSeconds(), 10.0 / traceWidth * 3);
        robot.type(KeyCode.ESCAPE);

        // In the database, as the user's, and in an exported EDF+ re-read by core's reader.
        List<StoredAnnotation> stored = new AnnotationService(new RecordingStore(db), new AnnotationStore(db), new AuditTrail(db))
                .list(Subject.local("test", "localhost"), id);
        assertTrue(stored.stream().anyMatch(a -> a.byUser() && a.annotation().text().equals("Spike")), stored.toString());
        assertTrue(stored.stream().anyMatch(a -> a.byUser() && a.annotation().text().equals("Artifact")), stored.toString());
        Path out = tmp.resolve("exported.edf");
        robot.interact(() -> view.annotationEditor().export(out));
        Label message = robot.lookup("#messageLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> message.getText().startsWith("Exported"));
        try (EdfRecording edf = EdfReader.open(out)) {
            Annotation a = edf.annotations().stream().filter(x -> x.text().equals("Artifact")).findFirst().orElseThrow();
            assertEquals(artifact.onsetSeconds(), a.onsetSeconds(), 1e-3);
            assertEquals(artifact.annotation().durationSeconds(), a.durationSeconds(), 1e-3);
            assertTrue(edf.annotations().stream().anyMatch(x -> x.text().equals("Spike")));
            assertEquals(fromFile + 2, edf.annotations().size());
        }

        // Edit and delete from the list.
        robot.interact(() -> list.getSelectionModel().select(find(list.getItems(), "Spike")));
        robot.interact(() -> view.annotationEditor().editTextProperty().set("Sharp wave"));
        robot.clickOn("#saveAnnotationButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().stream().anyMatch(e -> e.text().equals("Sharp wave")));
        robot.interact(() -> list.getSelectionModel().select(find(list.getItems(), "Artifact")));
        robot.clickOn("#deleteAnnotationButton");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> list.getItems().size() == fromFile + 1);

        // Two-point measurement (right-button drag) on channel 0 and the cursor readout.
        robot.interact(() -> view.goTo(0));
        double m1 = Math.round(TraceLayout.LABEL_WIDTH + traceWidth * 0.30);      // whole pixels: the robot moves by pixels
        double m2 = Math.round(TraceLayout.LABEL_WIDTH + traceWidth * 0.35);
        robot.drag(screen(pane, m1, y), MouseButton.SECONDARY).moveTo(screen(pane, m2, y)).release(MouseButton.SECONDARY);
        Label measurement = robot.lookup("#measurementLabel").queryAs(Label.class);
        TracePage page = view.shownPage();
        float[] v = page.values()[0];
        int i1 = (int) Math.floor((m1 - TraceLayout.LABEL_WIDTH) / traceWidth * v.length);
        int i2 = (int) Math.floor((m2 - TraceLayout.LABEL_WIDTH) / traceWidth * v.length);
        double dt = (i2 - i1) / 200.0;                                               // 200 Hz
        String text = measurement.getText();
        assertTrue(text.startsWith("Fp1-F7"), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "Δt %.3f s", dt)), text + " expected Δt " + dt);
        assertTrue(text.contains(String.format(Locale.ROOT, "ΔµV %.1f", v[i2] - v[i1])), text);
        assertTrue(text.contains(String.format(Locale.ROOT, "%.2f Hz", 1 / dt)), text);
        robot.moveTo(screen(pane, m1, y));
        Label readout = robot.lookup("#readoutLabel").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> readout.getText().contains("Fp1-F7"));
        assertTrue(readout.getText().contains(String.format(Locale.ROOT, "%.1f µV", v[i1])), readout.getText());

        // Overview bar: a click at 3/4 of the recording centres the page there; F1 shows the help.
        Node overview = robot.lookup("#overviewBar").query();
        double w = overview.getBoundsInLocal().getWidth();
        robot.clickOn(overview.localToScreen(w * 0.75, 10));
        double expected = Math.min(view.durationSeconds() - 10, 0.75 * view.durationSeconds() - 5);
        assertEquals(expected, view.pageStartProperty().get(), view.durationSeconds() / w * 2);
        robot.clickOn(pane).type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.listTargetWindows().stream()
                .map(Window::getScene).anyMatch(s -> s != null && s.lookup("#helpDialog") != null));
    }

    private static double baseline(TraceViewModel view, Pane pane, int channel) {
        return TraceLayout.of((int) pane.getWidth(), (int) pane.getHeight(), view.shownPage().channelCount(),
                io.braingobrrr.app.viewer.render.DisplaySettings.defaults()).baselines()[channel];
    }

    private static Point2D screen(Pane pane, double x, double y) {
        return pane.localToScreen(x, y);
    }

    private static AnnotationEntry find(List<AnnotationEntry> entries, String text) {
        return entries.stream().filter(e -> e.text().equals(text)).findFirst().orElseThrow(() -> new AssertionError(text + " not in " + entries));
    }
}
