package io.braingobrrr.app.analysis;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;

import java.util.function.Function;

/** Binds the job table and the queue bar to {@link AnalysisJobsViewModel}; no decision is made here. */
public final class AnalysisJobsController {
    private final AnalysisJobsViewModel viewModel;

    @FXML private ToolBar queueBar;
    @FXML private Label targetLabel;
    @FXML private ChoiceBox<String> typeChoice;
    @FXML private ChoiceBox<String> priorityChoice;
    @FXML private Button queueButton;
    @FXML private TableView<JobRow> jobTable;
    @FXML private TableColumn<JobRow, Long> idColumn;
    @FXML private TableColumn<JobRow, String> recordingColumn;
    @FXML private TableColumn<JobRow, String> typeColumn;
    @FXML private TableColumn<JobRow, String> priorityColumn;
    @FXML private TableColumn<JobRow, String> statusColumn;
    @FXML private TableColumn<JobRow, JobRow> progressColumn;
    @FXML private TableColumn<JobRow, String> stageColumn;
    @FXML private TableColumn<JobRow, String> startedColumn;
    @FXML private TableColumn<JobRow, String> finishedColumn;
    @FXML private TableColumn<JobRow, String> errorColumn;
    @FXML private Button cancelButton;
    @FXML private Button rerunButton;
    @FXML private Label messageLabel;

    AnalysisJobsController(AnalysisJobsViewModel viewModel) {
        this.viewModel = viewModel;
    }

    @FXML
    private void initialize() {
        fixed(idColumn, JobRow::id);
        fixed(typeColumn, JobRow::type);
        fixed(priorityColumn, JobRow::priority);
        live(recordingColumn, JobRow::recordingProperty);
        live(statusColumn, JobRow::statusProperty);
        live(stageColumn, JobRow::stageProperty);
        live(startedColumn, JobRow::startedProperty);
        live(finishedColumn, JobRow::finishedProperty);
        live(errorColumn, JobRow::errorProperty);
        progressColumn.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue()));
        progressColumn.setCellFactory(c -> new ProgressCell());
        jobTable.setItems(viewModel.rows());
        typeChoice.getItems().setAll(AnalysisJobsViewModel.TYPES);
        typeChoice.valueProperty().bindBidirectional(viewModel.typeProperty());
        priorityChoice.getItems().setAll(AnalysisJobsViewModel.PRIORITIES);
        priorityChoice.valueProperty().bindBidirectional(viewModel.priorityProperty());
        targetLabel.textProperty().bind(Bindings.createStringBinding(() -> viewModel.targetProperty().get() == null
                ? "(select a recording in the worklist)" : viewModel.targetProperty().get().title(), viewModel.targetProperty()));
        queueButton.disableProperty().bind(viewModel.targetProperty().isNull());
        var selected = jobTable.getSelectionModel().selectedItemProperty();
        cancelButton.disableProperty().bind(selected.isNull());
        rerunButton.disableProperty().bind(selected.isNull());
        boolean may = viewModel.mayStart();
        for (var n : new javafx.scene.Node[]{queueBar, cancelButton, rerunButton}) {
            n.setVisible(may);
            n.setManaged(may);
        }
        messageLabel.textProperty().bind(viewModel.messageProperty());
        // Live only while in a window: a closed tab, or a main window dropped at a user switch, stops polling.
        jobTable.sceneProperty().addListener((o, old, scene) -> {
            if (scene == null) viewModel.close();
            else viewModel.start();
        });
    }

    @FXML
    private void queue() {
        viewModel.queue();
    }

    @FXML
    private void cancel() {
        viewModel.cancel(jobTable.getSelectionModel().getSelectedItem());
    }

    @FXML
    private void rerun() {
        viewModel.rerun(jobTable.getSelectionModel().getSelectedItem());
    }

    private static <T> void fixed(TableColumn<JobRow, T> column, Function<JobRow, T> value) {
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
    }

    private static void live(TableColumn<JobRow, String> column, Function<JobRow, ObservableValue<String>> value) {
        column.setCellValueFactory(c -> value.apply(c.getValue()));
    }

    /** A progress bar with the percentage beside it, bound to the row (it moves while the job runs). */
    private static final class ProgressCell extends TableCell<JobRow, JobRow> {
        private final ProgressBar bar = new ProgressBar();
        private final Label percent = new Label();
        private final HBox box = new HBox(4, bar, percent);

        ProgressCell() {
            bar.setPrefWidth(80);
            bar.getStyleClass().add("job-progress");
        }

        @Override
        protected void updateItem(JobRow row, boolean empty) {
            super.updateItem(row, empty);
            bar.progressProperty().unbind();
            percent.textProperty().unbind();
            if (empty || row == null) {
                setGraphic(null);
                return;
            }
            bar.progressProperty().bind(row.progressProperty());
            percent.textProperty().bind(row.percentProperty());
            setGraphic(box);
        }
    }
}
