package io.braingobrrr.app.viewer.channels;

import io.braingobrrr.app.viewer.review.Panels;
import javafx.scene.Parent;

/** Builds the channel list panel (ChannelListPanel.fxml and its controller) around a view model. */
public final class ChannelListPanel {
    private ChannelListPanel() {
    }

    public static Parent create(ChannelListViewModel viewModel) {
        return Panels.load(ChannelListPanel.class, "ChannelListPanel.fxml", new ChannelListController(viewModel));
    }
}
