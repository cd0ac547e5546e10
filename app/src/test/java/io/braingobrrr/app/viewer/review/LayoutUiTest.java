package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.settings.Themes;
import io.braingobrrr.app.settings.UserSettings;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.workstation.MainWindow;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import io.braingobrrr.core.store.Database;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing clipped at 1366x768 or at 3840x2160, in both themes: with a recording open, every panel tab is
 * shown in turn and no visible label or button shows an ellipsis or lies outside the window. With
 * -Dbrrr.screenshots=DIR each theme's 1366x768 window is also written there as PNG (docs/images).
 */
@ExtendWith(ApplicationExtension.class)
class LayoutUiTest {
    @TempDir
    static Path tmp;

    private ExecutorService background;
    private MainWindowViewModel viewModel;
    private Stage stage;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        Path dbFile = Files.createTempFile(tmp, "layout", ".db");
        Files.delete(dbFile);
        background = Executors.newSingleThreadExecutor();
        viewModel = MainWindowViewModel.forDatabase(Database.open(dbFile), background, Platform::runLater);
        this.stage = stage;
        scene = MainWindow.createScene(viewModel);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stopBackground() throws InterruptedException {
        background.shutdownNow();
        background.awaitTermination(30, TimeUnit.SECONDS);
    }

    @Test
    void nothingClippedAtLaptopAnd4kSizesInBothThemes(FxRobot robot) throws Exception {
        ReviewUi.open(robot, viewModel, SharedData.file("sleep/sleep-edf/SC4001E0-PSG_first300s.edf"));
        robot.clickOn("#stageButton");          // a scored hypnogram and its message take their real room
        HypnogramPanelProbe.waitForStages(robot, 10);
        TabPane panels = robot.lookup(".review-tabs").queryAs(TabPane.class);
        for (UserSettings.Theme theme : UserSettings.Theme.values()) {
            robot.interact(() -> Themes.apply(scene, theme));
            for (int[] size : new int[][] {{1366, 768}, {3840, 2160}}) {
                robot.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                });
                WaitForAsyncUtils.waitForFxEvents();
                assertEquals(size[0], scene.getWidth(), 1, "window width");
                for (int tab = 0; tab < panels.getTabs().size(); tab++) {
                    int t = tab;
                    robot.interact(() -> panels.getSelectionModel().select(t));
                    WaitForAsyncUtils.waitForFxEvents();
                    String where = theme + " " + size[0] + "x" + size[1] + " " + panels.getTabs().get(t).getText();
                    List<String> clipped = ReviewUi.clippedTexts(scene.getRoot());
                    assertTrue(clipped.isEmpty(), where + ": " + clipped);
                    List<String> outside = outside(scene);
                    assertTrue(outside.isEmpty(), where + ": outside the window: " + outside);
                }
                if (size[0] == 1366) {
                    robot.interact(() -> panels.getSelectionModel().select(0));
                    screenshot(robot, "review-" + theme.key() + ".png");
                }
            }
        }
    }

    /** Visible buttons whose bounds leave the window. */
    private static List<String> outside(Scene scene) {
        List<String> out = new ArrayList<>();
        for (Node n : scene.getRoot().lookupAll(".button")) {
            if (!(n instanceof ButtonBase b) || !b.isVisible() || b.getScene() == null || !treeVisible(b)) continue;
            Bounds r = b.localToScene(b.getBoundsInLocal());
            if (r.getMinX() < -0.5 || r.getMinY() < -0.5 || r.getMaxX() > scene.getWidth() + 0.5 || r.getMaxY() > scene.getHeight() + 0.5) {
                out.add(b.getText() + " at " + r);
            }
        }
        return out;
    }

    private static boolean treeVisible(Node n) {
        for (Node p = n; p != null; p = p.getParent()) if (!p.isVisible()) return false;
        return true;
    }

    private void screenshot(FxRobot robot, String name) throws Exception {
        String dir = System.getProperty("brrr.screenshots");
        if (dir == null || dir.isBlank()) return;
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        Files.createDirectories(Path.of(dir));
        ImageIO.write(out, "png", Path.of(dir, name).toFile());
    }
}
