package io.braingobrrr.app.viewer.montage;

import io.braingobrrr.app.viewer.review.ReviewServices;
import io.braingobrrr.app.viewer.trace.TraceViewModel;
import io.braingobrrr.core.montage.Derivation;
import io.braingobrrr.core.montage.DerivationFormula;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.recording.ElectrodeLabel;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;

/**
 * The montage editor: list, create, edit and delete custom montages. A montage is written one derivation a
 * line, "label = formula" or just the formula ("Fp1 - F7", "C3 - AVG", "C3 - 0.25*F3 - 0.25*T7 ..."). Saved
 * montages join the shared catalog and the one saved is shown in the trace view at once.
 */
public final class MontageEditorViewModel {
    private final MontageCatalog catalog;
    private final ReviewServices services;
    private final TraceViewModel trace;
    private final ObservableList<String> montages = FXCollections.observableArrayList();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty definition = new SimpleStringProperty("");
    private final StringProperty message = new SimpleStringProperty("");
    /** The stored name being edited; null for a new montage. */
    private String editing;

    public MontageEditorViewModel(MontageCatalog catalog, ReviewServices services, TraceViewModel trace) {
        this.catalog = catalog;
        this.services = services;
        this.trace = trace;
        catalog.names().addListener((javafx.collections.ListChangeListener<String>) c -> refreshList());
        refreshList();
    }

    private void refreshList() {
        montages.setAll(catalog.names().stream().filter(catalog::isCustom).toList());
    }

    /** Reads the custom montages from the database into the shared catalog. */
    public void load() {
        services.run(() -> services.montages().list(services.subject()), catalog::setCustom,
                m -> message.set("Cannot read the custom montages: " + m));
    }

    /** Starts a new montage, prefilled with the montage on view so it can be adapted. */
    public void startNew() {
        editing = null;
        name.set("");
        definition.set(text(catalog.resolve(trace.montageProperty().get(), trace.source().signals())));
        message.set("New montage: give it a name, edit the lines, Save");
    }

    /** Loads a custom montage into the fields. */
    public void edit(String montageName) {
        if (montageName == null || !catalog.isCustom(montageName)) return;
        editing = montageName;
        name.set(montageName);
        definition.set(text(catalog.resolve(montageName, List.of())));
        message.set("");
    }

    /** Validates and saves; on success the montage is shown in the trace view. */
    public void save() {
        Montage montage;
        try {
            montage = new Montage(name.get() == null ? "" : name.get(), parse(definition.get()));
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        String previous = editing;
        services.run(() -> {
            Montage saved = services.montages().save(services.subject(), previous, montage);
            return new Saved(saved, services.montages().list(services.subject()));
        }, s -> {
            catalog.setCustom(s.all());
            editing = s.montage().name();
            name.set(s.montage().name());
            message.set("Saved " + s.montage().name() + " (" + s.montage().derivations().size() + " derivations)");
            if (s.montage().name().equals(trace.montageProperty().get())) trace.reloadMontage();
            else trace.montageProperty().set(s.montage().name());
        }, message::set);
    }

    private record Saved(Montage montage, List<Montage> all) {
    }

    public void delete() {
        String target = editing;
        if (target == null) {
            message.set("Select a saved montage to delete");
            return;
        }
        if (target.equals(trace.montageProperty().get())) trace.montageProperty().set(io.braingobrrr.core.montage.StandardMontages.AS_RECORDED);
        services.run(() -> {
            services.montages().delete(services.subject(), target);
            return services.montages().list(services.subject());
        }, all -> {
            catalog.setCustom(all);
            editing = null;
            name.set("");
            definition.set("");
            message.set("Deleted " + target);
        }, message::set);
    }

    /** One derivation per non-blank line; errors name the line. */
    static List<Derivation> parse(String text) {
        List<Derivation> out = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].trim();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int eq = line.indexOf('=');
            String formula = eq >= 0 ? line.substring(eq + 1) : line;
            try {
                var weights = DerivationFormula.parse(formula);
                String label = eq >= 0 ? line.substring(0, eq).trim() : DerivationFormula.format(weights).replace(" ", "");
                out.add(new Derivation(label, weights));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + (i + 1) + ": " + e.getMessage());
            }
        }
        return out;
    }

    static String text(Montage m) {
        StringBuilder sb = new StringBuilder();
        for (Derivation d : m.derivations()) {
            java.util.Map<String, Double> w = ordered(d);
            if (w == null) continue;      // a derivation of a non-EEG signal (ECG, EMG): no electrode to name
            String formula = DerivationFormula.format(w);
            sb.append(d.label()).append(" = ").append(formula).append('\n');
        }
        return sb.toString();
    }

    /**
     * Weights by electrode name (as-recorded montages name signals by label, "EEG Fp1-REF"), positive first so
     * it reads "Fp1 - F7"; null when a term is no electrode.
     */
    private static java.util.Map<String, Double> ordered(Derivation d) {
        java.util.Map<String, Double> m = new java.util.LinkedHashMap<>();
        for (boolean positive : new boolean[] {true, false}) {
            for (var e : d.weights().entrySet()) {
                if (e.getValue() > 0 != positive) continue;
                String name = e.getKey().equals(Derivation.AVERAGE) ? e.getKey() : ElectrodeLabel.electrodeOf(e.getKey());
                if (name == null) return null;
                m.merge(name, e.getValue(), Double::sum);
            }
        }
        return m;
    }

    public ObservableList<String> montages() {
        return montages;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty definitionProperty() {
        return definition;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message;
    }
}
