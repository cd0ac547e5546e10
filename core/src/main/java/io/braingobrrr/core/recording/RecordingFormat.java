package io.braingobrrr.core.recording;

/** File formats the workstation reads; the label is the one the CLI contract prints. */
public enum RecordingFormat {
    EDF("EDF"), EDF_PLUS_C("EDF+C"), EDF_PLUS_D("EDF+D"),
    BDF("BDF"), BDF_PLUS_C("BDF+C"), BDF_PLUS_D("BDF+D"),
    GDF("GDF");

    private final String label;

    RecordingFormat(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean is24Bit() {
        return this == BDF || this == BDF_PLUS_C || this == BDF_PLUS_D;
    }

    public boolean isPlus() {
        return this != EDF && this != BDF && this != GDF;
    }

    public boolean isDiscontinuous() {
        return this == EDF_PLUS_D || this == BDF_PLUS_D;
    }

    public static RecordingFormat of(boolean bdf, boolean plus, boolean discontinuous) {
        if (!plus) return bdf ? BDF : EDF;
        if (discontinuous) return bdf ? BDF_PLUS_D : EDF_PLUS_D;
        return bdf ? BDF_PLUS_C : EDF_PLUS_C;
    }
}
