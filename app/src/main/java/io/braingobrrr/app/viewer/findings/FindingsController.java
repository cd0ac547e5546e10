package io.braingobrrr.app.viewer.findings;

import io.braingobrrr.app.analysis.StoredFindings;
import io.braingobrrr.app.report.Times;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;

import java.util.function.Function;

/** Binds the findings panel to {@link FindingsViewModel}; a click on a finding asks the view model to move the trace. */
public final class FindingsController {
    private final FindingsViewModel viewModel;

    @FXML private FlowPane analyseBar;
    @FXML private ChoiceBox<String> findingsTypeChoice;
    @FXML private ChoiceBox<String> findingsPriorityChoice;
    @FXML private Button findingsAnalyseButton;
    @FXML private ProgressBar jobProgress;
    @FXML private Label jobLabel;
    @FXML private Label findingsMessage;
    @FXML private Label gradeLabel;
    @FXML private Label usableLabel;
    @FXML private Label artifactLabel;
    @FXML private TableView<StoredFindings.ChannelStatus> channelTable;
    @FXML private TableColumn<StoredFindings.ChannelStatus, String> channelColumn;
    @FXML private TableColumn<StoredFindings.ChannelStatus, String> channelStatusColumn;
    @FXML private TableColumn<StoredFindings.ChannelStatus, String> channelReasonColumn;
    @FXML private Label screeningLabel;
    @FXML private ListView<String> screeningList;
    @FXML private Label noteLabel;
    @FXML private TableView<StoredFindings.Finding> findingTable;
    @FXML private TableColumn<StoredFindings.Finding, String> onsetColumn;
    @FXML private TableColumn<StoredFindings.Finding, String> offsetColumn;
    @FXML private TableColumn<StoredFindings.Finding, String> kindColumn;
    @FXML private TableColumn<StoredFindings.Finding, String> findingChannelColumn;

    FindingsController(FindingsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        findingsTypeChoice.getItems().setAll(FindingsViewModel.types());
        findingsTypeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        findingsPriorityChoice.getItems().setAll(FindingsViewModel.priorities());
        findingsPriorityChoice.valueProperty().bindBidirectional(viewModel.priorityProperty());
        findingsAnalyseButton.disableProperty().bind(viewModel.runningProperty());
        jobProgress.progressProperty().bind(viewModel.progressProperty());
        jobProgress.visibleProperty().bind(viewModel.runningProperty());
        jobLabel.textProperty().bind(viewModel.jobStatusProperty());
        analyseBar.getChildren().forEach(n -> {
            if (n != findingsMessage && !viewModel.mayAnalyse()) {
                n.setVisible(false);
                n.setManaged(false);
            }
        });
        findingsMessage.textProperty().bind(viewModel.messageProperty());
        gradeLabel.textProperty().bind(viewModel.gradeProperty());
        usableLabel.textProperty().bind(viewModel.usableProperty());
        artifactLabel.textProperty().bind(viewModel.artifactShareProperty());
        column(channelColumn, StoredFindings.ChannelStatus::label);
        column(channelStatusColumn, StoredFindings.ChannelStatus::status);
        column(channelReasonColumn, StoredFindings.ChannelStatus::reason);
        channelTable.setItems(viewModel.channels());
        screeningLabel.textProperty().bind(viewModel.screeningProperty());
        screeningList.setItems(viewModel.screeningFindings());
        noteLabel.textProperty().bind(viewModel.noteProperty());
        column(onsetColumn, f -> at(f.onsetS()));
        column(offsetColumn, f -> at(f.offsetS()));
        column(kindColumn, StoredFindings.Finding::describe);
        column(findingChannelColumn, StoredFindings.Finding::channel);
        findingTable.setItems(viewModel.findings());
        findingTable.getSelectionModel().selectedItemProperty().addListener((o, a, f) -> viewModel.jumpTo(f));
    }

    @FXML
    private void analyse() {
        viewModel.analyse();
    }

    /** Tenths of a second too: a spike lasts 20-200 ms. */
    private static String at(double seconds) {
        return Times.clock(seconds) + "." + (long) Math.floor(seconds * 10) % 10;
    }

    private static <S> void column(TableColumn<S, String> column, Function<S, String> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }
}
