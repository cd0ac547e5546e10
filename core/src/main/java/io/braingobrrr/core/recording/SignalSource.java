package io.braingobrrr.core.recording;

import java.time.LocalDateTime;
import java.util.List;

/**
 * Random access to one recording's signals, whatever stores it (a memory-mapped EDF/BDF file, the
 * database). Like MNE's {@code Raw}, but never loads the recording into the heap: callers ask for a
 * signal and a sample range.
 *
 * <p>Sample indices count stored samples of one signal (gaps of a discontinuous recording take no
 * index); {@link #timeOfSample} and {@link #sampleAtOrAfter} translate to seconds from the start,
 * gaps respected. Data are organised in data records of {@link #recordDurationSeconds()}; each signal
 * has {@code samplesPerRecord} samples in each record.
 */
public interface SignalSource extends AutoCloseable {

    RecordingFormat format();

    /** Start of the first data record (local clock time as written, sub-second part included). */
    LocalDateTime startTime();

    /** Ordinary signals; EDF+ annotation signals are not among them (their content is {@link #annotations()}). */
    List<SignalInfo> signals();

    List<Annotation> annotations();

    /** Gaps between data records; empty for continuous recordings. */
    List<Gap> gaps();

    /** Who was recorded, as the source identifies the patient (EDF+ subfields, or free text); "" when unknown. */
    default String patientIdentification() {
        return "";
    }

    /** The source's description of the recording (EDF+ "Startdate ..." subfields, or free text); "" when unknown. */
    default String recordingIdentification() {
        return "";
    }

    /** Defects found and tolerated while opening, one human-readable line each. */
    List<String> warnings();

    int recordCount();

    double recordDurationSeconds();

    /** Onset of data record {@code record} in seconds from the start (record k at k*duration when continuous). */
    double recordOnsetSeconds(int record);

    /** Seconds from the start to the end of the last record, gaps included. */
    default double durationSeconds() {
        int n = recordCount();
        return n == 0 ? 0 : recordOnsetSeconds(n - 1) + recordDurationSeconds();
    }

    default long sampleCount(int signal) {
        return (long) signals().get(signal).samplesPerRecord() * recordCount();
    }

    /** Index of the first signal whose label matches (case-insensitive, trimmed), or -1. */
    default int indexOf(String label) {
        List<SignalInfo> s = signals();
        for (int i = 0; i < s.size(); i++) {
            if (s.get(i).label().equalsIgnoreCase(label.trim())) return i;
        }
        return -1;
    }

    /** Digital (integer) samples as stored, for exact copies and round trips. */
    void readDigital(int signal, long firstSample, int[] dst, int offset, int count);

    /** Physical values (digital scaled by the signal's gain and offset). */
    void readPhysical(int signal, long firstSample, double[] dst, int offset, int count);

    /** Physical values as float, half the memory for display and bulk analysis. */
    void readPhysical(int signal, long firstSample, float[] dst, int offset, int count);

    default double timeOfSample(int signal, long sample) {
        int spr = signals().get(signal).samplesPerRecord();
        int record = (int) (sample / spr);
        long within = sample - (long) record * spr;
        return recordOnsetSeconds(record) + within * recordDurationSeconds() / spr;
    }

    /** First stored sample at or after {@code seconds}; sampleCount when none. Samples inside a gap map to the next record. */
    default long sampleAtOrAfter(int signal, double seconds) {
        int spr = signals().get(signal).samplesPerRecord();
        int n = recordCount();
        int lo = 0;
        int hi = n - 1;
        int rec = n;
        while (lo <= hi) {               // last record whose onset <= seconds
            int mid = (lo + hi) >>> 1;
            if (recordOnsetSeconds(mid) <= seconds) {
                rec = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        if (rec == n) return 0;
        double into = seconds - recordOnsetSeconds(rec);
        double dur = recordDurationSeconds();
        if (into >= dur) return (long) (rec + 1) * spr;
        long k = (long) Math.ceil(into * spr / dur - 1e-9);
        return (long) rec * spr + Math.min(k, spr);
    }

    @Override
    void close();
}
