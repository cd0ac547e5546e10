package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.app.workstation.MainWindowViewModel;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.text.Text;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Helpers of the review panel UI tests: open a file in a tab and wait for its panels; find clipped texts. */
final class ReviewUi {
    private ReviewUi() {
    }

    static TraceViewModel open(FxRobot robot, MainWindowViewModel viewModel, Path file) throws Exception {
        int before = viewModel.openViews().size();
        robot.interact(() -> viewModel.viewFile(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.openViews().size() == before + 1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#hypnogramTab").tryQuery().isPresent()
                || robot.lookup(".review-tabs").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        return viewModel.openViews().get(before);
    }

    /** Visible labels and buttons whose text is cut (an ellipsis shown instead of the whole text). */
    static List<String> clippedTexts(Parent root) {
        List<String> out = new ArrayList<>();
        collect(root, out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) return;
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isEmpty()) {
            // The skin's own Text is a direct child (a lookup could find a graphic's text, e.g. a check box's).
            for (Node shown : l.getChildrenUnmodifiable()) {
                if (shown instanceof Text t && !t.getText().equals(l.getText()) && !l.isWrapText()) {
                    out.add("'" + l.getText() + "' shown as '" + t.getText() + "'");
                }
            }
        }
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) collect(child, out);
    }
}
