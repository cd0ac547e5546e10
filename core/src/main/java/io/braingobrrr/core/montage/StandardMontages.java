package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The montages a reader expects, by the names the command line and the viewer use. As-recorded, average
 * and Laplacian depend on which electrodes a recording has, so they are built for its signal list.
 */
public final class StandardMontages {
    public static final String AS_RECORDED = "as-recorded";
    public static final String AVERAGE = "average";
    public static final String DOUBLE_BANANA = "double-banana";
    public static final String TRANSVERSE = "transverse";
    public static final String LAPLACIAN = "laplacian";
    public static final List<String> NAMES = List.of(AS_RECORDED, AVERAGE, DOUBLE_BANANA, TRANSVERSE, LAPLACIAN);

    /** The 10-20 electrodes (10-10 names) in the usual display order, front to back, left before right. */
    static final List<String> TEN_TWENTY = List.of("Fp1", "Fp2", "F7", "F3", "Fz", "F4", "F8", "T7", "C3", "Cz",
            "C4", "T8", "P7", "P3", "Pz", "P4", "P8", "O1", "O2");

    /** Hjorth's nearest neighbours on the 10-20 grid (10-10 names). */
    private static final Map<String, List<String>> NEIGHBOURS = new LinkedHashMap<>();

    static {
        hood("Fp1", "Fp2", "F7", "F3");
        hood("Fp2", "Fp1", "F4", "F8");
        hood("F7", "Fp1", "F3", "T7");
        hood("F3", "Fp1", "F7", "Fz", "C3");
        hood("Fz", "F3", "F4", "Cz");
        hood("F4", "Fp2", "Fz", "F8", "C4");
        hood("F8", "Fp2", "F4", "T8");
        hood("T7", "F7", "C3", "P7");
        hood("C3", "F3", "T7", "Cz", "P3");
        hood("Cz", "Fz", "C3", "C4", "Pz");
        hood("C4", "F4", "Cz", "T8", "P4");
        hood("T8", "F8", "C4", "P8");
        hood("P7", "T7", "P3", "O1");
        hood("P3", "C3", "P7", "Pz", "O1");
        hood("Pz", "Cz", "P3", "P4");
        hood("P4", "C4", "Pz", "P8", "O2");
        hood("P8", "T8", "P4", "O2");
        hood("O1", "P7", "P3", "O2");
        hood("O2", "P8", "P4", "O1");
    }

    private static void hood(String electrode, String... neighbours) {
        NEIGHBOURS.put(electrode, List.of(neighbours));
    }

    private StandardMontages() {
    }

    /** The montage called {@code name} (one of {@link #NAMES}, case-insensitive) for a recording with these signals. */
    public static Montage forName(String name, List<SignalInfo> signals) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case AS_RECORDED: return asRecorded(signals);
            case AVERAGE: return commonAverage(signals);
            case DOUBLE_BANANA: return Montage.longitudinalBipolar();
            case TRANSVERSE: return transverseBipolar();
            case LAPLACIAN: return laplacian(signals);
            default: throw new IllegalArgumentException("unknown montage '" + name + "' (known: " + String.join(", ", NAMES) + ")");
        }
    }

    /** Every signal as stored, in file order, keyed by its label (so non-EEG channels show too). */
    public static Montage asRecorded(List<SignalInfo> signals) {
        return new Montage("As recorded", signals.stream()
                .map(s -> new Derivation(s.label(), Map.of(s.label(), 1.0))).collect(Collectors.toList()));
    }

    /** Each scalp electrode minus the mean of all scalp electrodes of the recording. */
    public static Montage commonAverage(List<SignalInfo> signals) {
        return new Montage("Common average", electrodes(signals).stream()
                .map(Derivation::againstAverage).collect(Collectors.toList()));
    }

    /** ACNS transverse bipolar (TB-18.1 with the ear chain links when ears exist), 10-10 names. */
    public static Montage transverseBipolar() {
        String[][] chains = {{"F7", "Fp1", "Fp2", "F8"}, {"F7", "F3", "Fz", "F4", "F8"},
            {"A1", "T7", "C3", "Cz", "C4", "T8", "A2"}, {"P7", "P3", "Pz", "P4", "P8"}, {"P7", "O1", "O2", "P8"}};
        List<Derivation> d = new ArrayList<>();
        for (String[] chain : chains) {
            for (int i = 0; i + 1 < chain.length; i++) d.add(Derivation.bipolar(chain[i], chain[i + 1]));
        }
        return new Montage("Transverse bipolar", d);
    }

    /**
     * Hjorth's Laplacian: each 10-20 electrode minus the mean of its nearest neighbours that the recording
     * has (an electrode with no neighbour present is left out rather than shown as a referential trace).
     */
    public static Montage laplacian(List<SignalInfo> signals) {
        Set<String> present = Set.copyOf(electrodes(signals));
        List<Derivation> d = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : NEIGHBOURS.entrySet()) {
            if (!present.contains(e.getKey())) continue;
            List<String> hood = e.getValue().stream().filter(present::contains).collect(Collectors.toList());
            if (hood.isEmpty()) continue;
            Map<String, Double> w = new LinkedHashMap<>();
            w.put(e.getKey(), 1.0);
            for (String n : hood) w.put(n, -1.0 / hood.size());
            d.add(new Derivation(e.getKey() + "-Lap", w));
        }
        return new Montage("Laplacian (Hjorth)", d);
    }

    /** Distinct scalp electrodes of the recording: 10-20 ones in display order first, then the rest in file order. */
    static List<String> electrodes(List<SignalInfo> signals) {
        List<String> inFile = signals.stream().map(SignalInfo::electrode).filter(e -> e != null)
                .distinct().collect(Collectors.toList());
        List<String> ordered = new ArrayList<>();
        for (String e : TEN_TWENTY) if (inFile.contains(e)) ordered.add(e);
        for (String e : inFile) if (!ordered.contains(e)) ordered.add(e);
        return ordered;
    }
}
