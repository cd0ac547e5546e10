package io.braingobrrr.core.recording;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ElectrodeLabelTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {
        "EEG Fp1-REF, Fp1", "EEG Fp1-Ref, Fp1", "Fp1, Fp1", "FP1, Fp1", "fp1, Fp1",
        "T3, T7", "T4, T8", "T5, P7", "T6, P8", "EEG T3-REF, T7", "EEG T6-Ref, P8",
        "Fc5., FC5", "Fcz., FCz", "C3-A1, C3", "CZ-A1, Cz", "O1-A1, O1", "EEG C4-M1, C4", "Pz-LE, Pz",
        "EEG Fp1-F7, null", "Fpz-Cz, null", "EEG Fpz-Cz, null", "ECG, null", "EMG1, null", "squarewave, null",
        "Status, null", "A1, A1", "EEG A2-REF, A2", "  EEG O2-REF  , O2", "null, null"})
    void normalisesToTenTenNames(String label, String expected) {
        assertEquals(expected, ElectrodeLabel.electrodeOf(label));
    }

    @ParameterizedTest(name = "{0} / {1} -> {2}")
    @CsvSource({
        "EEG Fp1-REF, '', EEG", "EEG Fpz-Cz, AgAgCl electrodes, EEG", "Fp1, '', EEG", "T3, '', EEG",
        "EOG horizontal, '', EOG", "EOG VEOG_I, '', EOG", "LOC, '', EOG", "E1-M2, '', EOG",
        "EMG submental, '', EMG", "Chin1-Chin2, '', EMG", "EMG1, '', EMG", "Leg/L, '', EMG",
        "ECG, '', ECG", "EKG, '', ECG", "ECG ECG1, '', ECG",
        "Resp oro-nasal, '', RESPIRATION", "Thor, '', RESPIRATION", "Airflow, '', RESPIRATION",
        "SaO2, '', OTHER", "squarewave, '', OTHER", "Status, '', OTHER", "Temp rectal, '', OTHER"})
    void classifiesSignalKinds(String label, String transducer, SignalKind expected) {
        assertEquals(expected, SignalKind.of(label, transducer));
    }
}
