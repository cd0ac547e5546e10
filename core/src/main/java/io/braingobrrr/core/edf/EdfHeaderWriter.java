package io.braingobrrr.core.edf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Assembles the header record: 256 bytes for the file, then 256 per signal, each field at its spec width
 * (8/80/80/8/8/8/44/8/8/4, and per signal 16/80/8/8/8/8/8/80/8/32, each stored signal after signal).
 * Any field text that had to be shortened or made ASCII is reported once as a warning.
 */
final class EdfHeaderWriter {
    static final int FIXED_BYTES = 256;
    static final int PER_SIGNAL_BYTES = 256;

    private final ByteBuffer buf;
    private final List<String> warnings;

    private EdfHeaderWriter(int signalCount, List<String> warnings) {
        this.buf = ByteBuffer.allocate(FIXED_BYTES + PER_SIGNAL_BYTES * signalCount);
        this.warnings = warnings;
    }

    /**
     * @param signals           ordinary signals followed by the annotation signal
     * @param headerStart       start date and time, whole seconds
     * @param recordDuration    the 8-character record duration text
     */
    static ByteBuffer build(EdfWriteOptions options, String patient, String recording, LocalDateTime headerStart,
                            boolean discontinuous, int records, String recordDuration,
                            List<EdfSignalFields> signals, List<String> warnings) {
        EdfHeaderWriter h = new EdfHeaderWriter(signals.size(), warnings);
        if (options.bdf()) {
            h.buf.put((byte) 0xFF);
            h.buf.put("BIOSEMI".getBytes(StandardCharsets.US_ASCII));
        } else {
            h.put("0", 8, "version");
        }
        h.put(patient, 80, "patient identification");
        h.put(recording, 80, "recording identification");
        h.put(EdfHeaderFields.startDate(headerStart.toLocalDate()), 8, "start date");
        h.put(EdfHeaderFields.startTime(headerStart.toLocalTime()), 8, "start time");
        h.put(EdfHeaderFields.integer(FIXED_BYTES + (long) PER_SIGNAL_BYTES * signals.size(), 8), 8, "header bytes");
        h.put((options.bdf() ? "BDF+" : "EDF+") + (discontinuous ? "D" : "C"), 44, "reserved");
        h.put(EdfHeaderFields.integer(records, 8), 8, "number of data records");
        h.put(recordDuration, 8, "record duration");
        h.put(EdfHeaderFields.integer(signals.size(), 4), 4, "number of signals");
        for (EdfSignalFields s : signals) h.put(s.label, 16, "label of '" + s.label + "'");
        for (EdfSignalFields s : signals) h.put(s.transducer, 80, "transducer of '" + s.label + "'");
        for (EdfSignalFields s : signals) h.put(s.physicalDimension, 8, "physical dimension of '" + s.label + "'");
        for (EdfSignalFields s : signals) h.put(s.physicalMin, 8, "physical minimum");
        for (EdfSignalFields s : signals) h.put(s.physicalMax, 8, "physical maximum");
        for (EdfSignalFields s : signals) h.put(EdfHeaderFields.integer(s.digitalMin, 8), 8, "digital minimum");
        for (EdfSignalFields s : signals) h.put(EdfHeaderFields.integer(s.digitalMax, 8), 8, "digital maximum");
        for (EdfSignalFields s : signals) h.put(s.prefilter, 80, "prefiltering of '" + s.label + "'");
        for (EdfSignalFields s : signals) h.put(EdfHeaderFields.integer(s.samplesPerRecord, 8), 8, "samples per record");
        for (EdfSignalFields s : signals) h.put("", 32, "signal reserved");
        if (h.buf.hasRemaining()) throw new IllegalStateException("header size mismatch");
        h.buf.flip();
        return h.buf;
    }

    private void put(String text, int width, String field) {
        String value = text == null ? "" : text;
        String written = EdfHeaderFields.fixed(value, width);
        if (!written.stripTrailing().equals(value.stripTrailing())) {
            warnings.add(field + " '" + value + "' written as '" + written.stripTrailing() + "' ("
                    + width + " printable ASCII characters)");
        }
        buf.put(written.getBytes(StandardCharsets.US_ASCII));
    }
}
