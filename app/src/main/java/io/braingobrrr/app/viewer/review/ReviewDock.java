package io.braingobrrr.app.viewer.review;

import io.braingobrrr.app.viewer.channels.ChannelListPanel;
import io.braingobrrr.app.viewer.hypnogram.HypnogramPanel;
import io.braingobrrr.app.viewer.montage.MontageEditorPanel;
import io.braingobrrr.app.viewer.spectrum.SpectrumPanel;
import io.braingobrrr.app.viewer.trace.TraceView;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyEvent;

/**
 * One recording's tab content: the trace view above, the side panels in tabs below (a split the reader can
 * drag). Stage keys typed anywhere in the tab except in a text field score the epoch under the page.
 */
public final class ReviewDock {
    private ReviewDock() {
    }

    public static Parent create(ReviewPanelsViewModel panels) {
        TabPane tabs = new TabPane(
                tab("Hypnogram", "hypnogramTab", HypnogramPanel.create(panels.hypnogram())),
                tab("Spectrum", "spectrumTab", SpectrumPanel.create(panels.spectrum())),
                tab("Channels", "channelsTab", ChannelListPanel.create(panels.channels())),
                tab("Montages", "montagesTab", MontageEditorPanel.create(panels.montages())));
        if (panels.findings() != null) {
            tabs.getTabs().add(tab("Findings", "findingsTab", io.braingobrrr.app.viewer.findings.FindingsPanel.create(panels.findings())));
        }
        tabs.getStyleClass().add("review-tabs");
        tabs.setMinHeight(120);
        SplitPane split = new SplitPane(TraceView.create(panels.trace()), tabs);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.62);
        split.getStyleClass().add("review-dock");
        split.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isControlDown() || e.isAltDown() || e.isMetaDown() || e.getTarget() instanceof TextInputControl) return;
            String key = switch (e.getCode()) {
                case NUMPAD1 -> "1";
                case NUMPAD2 -> "2";
                case NUMPAD3 -> "3";
                default -> e.getCode().getChar();
            };
            if (panels.stageKey(key)) e.consume();
        });
        panels.load();
        return split;
    }

    private static Tab tab(String title, String id, Parent content) {
        Tab t = new Tab(title, content);
        t.setId(id);
        t.setClosable(false);
        return t;
    }
}
