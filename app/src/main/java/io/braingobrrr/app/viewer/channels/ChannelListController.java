package io.braingobrrr.app.viewer.channels;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.util.StringConverter;

/** Binds ChannelListPanel.fxml to {@link ChannelListViewModel}. */
public final class ChannelListController {
    private final ChannelListViewModel viewModel;

    @FXML private ListView<ChannelListViewModel.Row> channelList;
    @FXML private ListView<ChannelListViewModel.Row> signalList;
    @FXML private Label messageLabel;

    public ChannelListController(ChannelListViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        StringConverter<ChannelListViewModel.Row> label = new StringConverter<>() {
            @Override
            public String toString(ChannelListViewModel.Row row) {
                return row == null ? "" : row.label();
            }

            @Override
            public ChannelListViewModel.Row fromString(String s) {
                return null;
            }
        };
        channelList.setItems(viewModel.channels());
        channelList.setCellFactory(CheckBoxListCell.forListView(ChannelListViewModel.Row::checked, label));
        signalList.setItems(viewModel.signals());
        signalList.setCellFactory(CheckBoxListCell.forListView(ChannelListViewModel.Row::checked, label));
        messageLabel.textProperty().bind(viewModel.messageProperty());
    }

    @FXML
    private void up() {
        move(-1);
    }

    @FXML
    private void down() {
        move(1);
    }

    /** Moves the selected channel and keeps it selected (the list is rebuilt in the new order). */
    private void move(int by) {
        ChannelListViewModel.Row row = channelList.getSelectionModel().getSelectedItem();
        if (row == null) return;
        viewModel.move(row.label(), by);
        viewModel.channels().stream().filter(r -> r.label().equals(row.label())).findFirst()
                .ifPresent(r -> channelList.getSelectionModel().select(r));
    }
}
