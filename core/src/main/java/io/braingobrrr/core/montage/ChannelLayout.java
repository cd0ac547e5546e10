package io.braingobrrr.core.montage;

import io.braingobrrr.core.recording.SignalInfo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reader's channel list choices for one recording: bad source signals (by label), hidden displayed
 * channels and their order (by derivation label). Applied to any montage before it is shown.
 *
 * @param bad    source signal labels marked bad: left out of the common average and of every derivation using them
 * @param hidden displayed channel labels not drawn
 * @param order  displayed channel labels in the reader's order; channels not listed keep the montage's order after them
 */
public record ChannelLayout(Set<String> bad, Set<String> hidden, List<String> order) {
    public static final ChannelLayout NONE = new ChannelLayout(Set.of(), Set.of(), List.of());

    public ChannelLayout {
        bad = Set.copyOf(bad);
        hidden = Set.copyOf(hidden);
        order = List.copyOf(order);
    }

    /**
     * The montage as this layout shows it for a recording with these signals. The average is written out
     * over the good electrodes, because the montage code's AVG would average every electrode, bad ones too.
     */
    public Montage apply(Montage montage, List<SignalInfo> signals) {
        Set<String> badElectrodes = new java.util.HashSet<>();
        List<String> goodElectrodes = new ArrayList<>();
        for (SignalInfo s : signals) {
            if (bad.contains(s.label())) {
                badElectrodes.add(s.label());
                if (s.electrode() != null) badElectrodes.add(s.electrode());
            } else if (s.electrode() != null && !goodElectrodes.contains(s.electrode())) {
                goodElectrodes.add(s.electrode());
            }
        }
        List<Derivation> shown = new ArrayList<>();
        for (Derivation d : montage.derivations()) {
            if (hidden.contains(d.label())) continue;
            if (d.weights().keySet().stream().anyMatch(badElectrodes::contains)) continue;
            shown.add(badElectrodes.isEmpty() ? d : withoutBadInAverage(d, goodElectrodes));
        }
        List<Derivation> ordered = new ArrayList<>();
        for (String label : order) {
            shown.stream().filter(d -> d.label().equals(label)).findFirst().ifPresent(ordered::add);
        }
        for (Derivation d : shown) if (!ordered.contains(d)) ordered.add(d);
        return new Montage(montage.name(), ordered);
    }

    private static Derivation withoutBadInAverage(Derivation d, List<String> good) {
        Double avg = d.weights().get(Derivation.AVERAGE);
        if (avg == null || good.isEmpty()) return d;
        Map<String, Double> w = new LinkedHashMap<>();
        d.weights().forEach((k, v) -> {
            if (!k.equals(Derivation.AVERAGE)) w.merge(k, v, Double::sum);
        });
        for (String e : good) w.merge(e, avg / good.size(), Double::sum);
        return new Derivation(d.label(), w);
    }
}
