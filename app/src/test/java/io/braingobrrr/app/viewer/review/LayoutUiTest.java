package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.settings.Themes;
import io.braingobrrr.app.settings.UserSettings;
import io.braingobrrr.app.testing.SharedData;
import io.braingobrrr.app.testing.WorkstationFixture;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
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

    private WorkstationFixture fixture;
    private MainWindowViewModel viewModel;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        fixture = WorkstationFixture.start(stage, tmp, "layout");
        viewModel = fixture.viewModel();
        scene = fixture.scene();
    }

    @AfterEach
    void stop() throws InterruptedException {
        fixture.stop();
    }

    @Test
    void nothingClippedAtLaptopAnd4kSizesInBothThemes(FxRobot robot) throws Exception {
        ReviewUi.open(robot, viewModel, SharedData.file("sleep/sleep-edf/SC4001E0-PSG_first300s.edf"));
        robot.clickOn("#stageButton");          // a scored hypnogram and its message take their real room
        HypnogramPanelProbe.waitForStages(robot, 10);
        TabPane panels = robot.lookup(".review-tabs").queryAs(TabPane.class);
        Parent root = scene.getRoot();
        try {
            for (UserSettings.Theme theme : UserSettings.Theme.values()) {
                for (int[] size : new int[][] {{1366, 768}, {3840, 2160}}) {
                    Scene sized = WaitForAsyncUtils.asyncFx(() -> sizedScene(root, size[0], size[1], theme)).get();
                    for (int tab = 0; tab < panels.getTabs().size(); tab++) {
                        int t = tab;
                        WaitForAsyncUtils.asyncFx(() -> {
                            panels.getSelectionModel().select(t);
                            root.applyCss();
                            root.layout();
                        }).get();
                        WaitForAsyncUtils.waitForFxEvents();
                        assertEquals(size[0], root.getLayoutBounds().getWidth(), 1, "laid out at the window's width");
                        String where = theme + " " + size[0] + "x" + size[1] + " " + panels.getTabs().get(t).getText();
                        List<String> clipped = WaitForAsyncUtils.asyncFx(() -> ReviewUi.clippedTexts(root)).get();
                        assertTrue(clipped.isEmpty(), where + ": " + clipped);
                        List<String> outside = WaitForAsyncUtils.asyncFx(() -> outside(sized)).get();
                        assertTrue(outside.isEmpty(), where + ": outside the window: " + outside);
                    }
                    if (sized == scene) {
                        robot.interact(() -> panels.getSelectionModel().select(0));
                        WaitForAsyncUtils.waitForFxEvents();
                        screenshot(scene, "review-" + theme.key() + ".png");
                    }
                }
            }
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                if (root.getScene() != scene) {
                    root.getScene().setRoot(new Pane());
                    scene.setRoot(root);
                }
                Themes.apply(scene, UserSettings.Theme.LIGHT);
                fixture.stage().setWidth(1200);
                fixture.stage().setHeight(760);
            }).get();
        }
    }

    /**
     * The window at this size: the real one up to Monocle's 1920x1080 headless screen (ChartFX draws on its
     * pulses), an off-screen scene beyond (a bigger window overflows Monocle's framebuffer and breaks later tests).
     */
    private Scene sizedScene(Parent root, int width, int height, UserSettings.Theme theme) {
        if (root.getScene() != scene) {
            root.getScene().setRoot(new Pane());
            scene.setRoot(root);
        }
        if (width <= 1920 && height <= 1080) {
            Themes.apply(scene, theme);
            fixture.stage().setWidth(width);
            fixture.stage().setHeight(height);
            return scene;
        }
        scene.setRoot(new Pane());
        Scene off = new Scene(root, width, height);
        Themes.apply(off, theme);
        return off;
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

    static void screenshot(Scene scene, String name) throws Exception {
        String dir = System.getProperty("brrr.screenshots");
        if (dir == null || dir.isBlank()) return;
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
