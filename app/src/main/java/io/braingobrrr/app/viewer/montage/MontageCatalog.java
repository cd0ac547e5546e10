package io.braingobrrr.app.viewer.montage;

import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.SignalInfo;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The montages a trace view can show: the standard ones by name, then the users' custom montages from the
 * database. One catalog serves every open tab, so a montage saved in the editor appears in each selector.
 */
public final class MontageCatalog {
    private final ObservableList<String> names = FXCollections.observableArrayList(StandardMontages.NAMES);
    private final Map<String, Montage> custom = new LinkedHashMap<>();

    /** Replaces the custom montages (after loading them or after an edit). FX thread. */
    public void setCustom(List<Montage> montages) {
        custom.clear();
        for (Montage m : montages) custom.put(m.name(), m);
        List<String> all = new ArrayList<>(StandardMontages.NAMES);
        all.addAll(custom.keySet());
        // Changed in place, never setAll: a combo box whose items are all replaced drops its value for a moment.
        names.retainAll(all);
        for (int i = 0; i < all.size(); i++) {
            if (i >= names.size() || !names.get(i).equals(all.get(i))) {
                names.remove(all.get(i));
                names.add(i, all.get(i));
            }
        }
    }

    /** Standard names first, then custom ones. */
    public ObservableList<String> names() {
        return names;
    }

    public boolean isCustom(String name) {
        return custom.containsKey(name);
    }

    /** The montage called {@code name} for a recording with these signals; unknown names throw, naming the known ones. */
    public Montage resolve(String name, List<SignalInfo> signals) {
        if (name == null) throw new IllegalArgumentException("no montage chosen");
        Montage m = custom.get(name);
        if (m != null) return m;
        if (StandardMontages.NAMES.contains(name)) return StandardMontages.forName(name, signals);
        throw new IllegalArgumentException("unknown montage '" + name + "' (known: " + String.join(", ", names) + ")");
    }
}
