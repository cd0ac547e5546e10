package io.braingobrrr.app.viewer.channels;

import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.montage.ChannelLayout;
import io.braingobrrr.core.montage.Derivation;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.SignalInfo;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The channel list panel: the displayed channels of the current montage (shown or hidden, in the reader's
 * order) and the recording's signals (good or bad). Every change goes to the trace view at once and is
 * stored for this recording in the background.
 */
public final class ChannelListViewModel {
    /** One line of a list: a label and its check box (shown, or bad). */
    public record Row(String label, BooleanProperty checked) {
    }

    private final TraceViewModel trace;
    private final ReviewServices services;
    private final String recordingKey;
    private final ObservableList<Row> channels = FXCollections.observableArrayList();
    private final ObservableList<Row> signals = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty("");

    public ChannelListViewModel(TraceViewModel trace, ReviewServices services, String recordingKey) {
        this.trace = trace;
        this.services = services;
        this.recordingKey = recordingKey;
        trace.montageProperty().addListener((o, a, b) -> rebuild());
        trace.layoutProperty().addListener((o, a, b) -> rebuild());
        rebuild();
    }

    /** Loads the stored layout of this recording and applies it. */
    public void load() {
        services.run(() -> services.layouts().layout(services.subject(), recordingKey), trace.layoutProperty()::set,
                m -> message.set("Cannot read the channel layout: " + m));
    }

    private void rebuild() {
        ChannelLayout layout = trace.layoutProperty().get();
        List<SignalInfo> sig = trace.source().signals();
        Montage montage;
        try {
            montage = trace.catalog().resolve(trace.montageProperty().get(), sig);
        } catch (IllegalArgumentException e) {
            return;
        }
        Montage ordered = new ChannelLayout(Set.of(), Set.of(), layout.order()).apply(montage, sig);
        List<Row> rows = new ArrayList<>();
        for (Derivation d : ordered.derivations()) {
            Row row = new Row(d.label(), new SimpleBooleanProperty(!layout.hidden().contains(d.label())));
            row.checked().addListener((o, a, shown) -> setShown(d.label(), shown));
            rows.add(row);
        }
        channels.setAll(rows);
        List<Row> sigRows = new ArrayList<>();
        for (SignalInfo s : sig) {
            Row row = new Row(s.label(), new SimpleBooleanProperty(layout.bad().contains(s.label())));
            row.checked().addListener((o, a, bad) -> setBad(s.label(), bad));
            sigRows.add(row);
        }
        signals.setAll(sigRows);
    }

    public void setShown(String label, boolean shown) {
        ChannelLayout l = trace.layoutProperty().get();
        Set<String> hidden = new HashSet<>(l.hidden());
        if (shown) hidden.remove(label);
        else hidden.add(label);
        apply(new ChannelLayout(l.bad(), hidden, l.order()));
    }

    /** Bad signals are hidden wherever they take part and leave the common average. */
    public void setBad(String signalLabel, boolean bad) {
        ChannelLayout l = trace.layoutProperty().get();
        Set<String> set = new HashSet<>(l.bad());
        if (bad) set.add(signalLabel);
        else set.remove(signalLabel);
        apply(new ChannelLayout(set, l.hidden(), l.order()));
    }

    /** Moves a displayed channel one place up (-1) or down (+1). */
    public void move(String label, int by) {
        List<String> order = new ArrayList<>(channels.stream().map(Row::label).toList());
        int i = order.indexOf(label);
        int j = i + by;
        if (i < 0 || j < 0 || j >= order.size()) return;
        order.set(i, order.get(j));
        order.set(j, label);
        ChannelLayout l = trace.layoutProperty().get();
        apply(new ChannelLayout(l.bad(), l.hidden(), order));
    }

    private void apply(ChannelLayout layout) {
        if (layout.equals(trace.layoutProperty().get())) return;
        trace.layoutProperty().set(layout);
        services.run(() -> {
            services.layouts().save(services.subject(), recordingKey, layout);
            return layout;
        }, saved -> message.set(""), m -> message.set("Not saved: " + m));
    }

    public ObservableList<Row> channels() {
        return channels;
    }

    public ObservableList<Row> signals() {
        return signals;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
