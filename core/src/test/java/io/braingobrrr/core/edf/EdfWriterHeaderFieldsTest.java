package io.braingobrrr.core.edf;

import io.braingobrrr.core.recording.Patient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EdfWriterHeaderFieldsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "-3276.8, -3276.8",
        "3276.7, 3276.7",
        "0, 0",
        "-0.0, 0",
        "1, 1",
        "-32768, -32768",
        "-8388608, -8388608",
        "12345678, 12345678",
        "-1234567, -1234567",
        "0.1, 0.1",
        "0.333333333333, 0.333333",
        "-0.333333333333, -0.33333",
        "3276.7000000000003, 3276.7",
        "-327.71275585951753, -327.713",
        "99999999.4, 99999999",
        "99999999.5, 1E8",
        "123456789, 1.2346E8",
        "-123456789, -1.235E8",
        "0.0001234, 1.234E-4",
        "0.000123, 0.000123",
        "1e-9, 1E-9",
        "-1.23456789e-7, -1.23E-7",
        "1.7976931348623157E308, 1.8E308",
        "4.9E-324, 4.9E-324",
        "1e100, 1E100",
    })
    void numbersFitEightCharactersAsPreciselyAsPossible(double value, String expected) {
        String s = EdfHeaderFields.number(value);
        assertEquals(expected, s);
        assertTrue(s.length() <= 8, s);
    }

    @Test
    void formattedNumbersParseBackWithinHalfTheLastDigit() {
        double[] values = {Math.PI, -Math.E * 1000, 1 / 7.0, 6553.5 / 65535, 2.5e-5, -9.87654321e12, 0.5, 1024.0009765625};
        for (double v : values) {
            String s = EdfHeaderFields.number(v);
            double back = Double.parseDouble(s);
            // Relative error of 8 characters: at least 3 significant digits survive in every representation.
            assertTrue(Math.abs(back - v) <= Math.abs(v) * 5e-3, v + " written as " + s);
            assertTrue(s.length() <= 8, s);
        }
    }

    @Test
    void nonFiniteNumbersAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EdfHeaderFields.number(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> EdfHeaderFields.number(Double.POSITIVE_INFINITY));
    }

    @Test
    void integerFieldsRefuseValuesWiderThanTheField() {
        assertEquals("99999999", EdfHeaderFields.integer(99_999_999, 8));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EdfHeaderFields.integer(100_000_000, 8));
        assertTrue(e.getMessage().contains("100000000"), e.getMessage());
    }

    @Test
    void textIsMadePrintableAscii() {
        assertEquals("Muller", EdfHeaderFields.ascii("Mu\u0308ller"));   // decomposed umlaut
        assertEquals("fi", EdfHeaderFields.ascii("\uFB01"));               // ligature
        assertEquals("Muller", EdfHeaderFields.ascii("Müller"));
        assertEquals("Strasse", EdfHeaderFields.ascii("Straße"));
        assertEquals("uV", EdfHeaderFields.ascii("µV"));
        assertEquals("__ EEG", EdfHeaderFields.ascii("仰卧 EEG"));
        assertEquals("a_b", EdfHeaderFields.ascii("a\tb"));
        assertEquals("Zoe", EdfHeaderFields.ascii("Zoë"));
    }

    @Test
    void fixedWidthPadsAndTruncates() {
        assertEquals("Fp1             ", EdfHeaderFields.fixed("Fp1", 16));
        assertEquals("0123456789abcdef", EdfHeaderFields.fixed("0123456789abcdefXYZ", 16));
        assertEquals(8, EdfHeaderFields.fixedBytes("µV", 8).length);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "1985-01-01, 01.01.85",
        "1999-12-31, 31.12.99",
        "2000-02-29, 29.02.00",
        "2084-12-31, 31.12.84",
        "2085-01-01, 01.01.yy",
        "1984-12-31, 31.12.yy",
    })
    void startDateFollowsThe1985To2084Rule(LocalDate date, String expected) {
        assertEquals(expected, EdfHeaderFields.startDate(date));
    }

    @Test
    void timesAndPlusDates() {
        assertEquals("07.05.09", EdfHeaderFields.startTime(LocalTime.of(7, 5, 9, 999_000_000)));
        assertEquals("02-MAY-1951", EdfHeaderFields.plusDate(LocalDate.of(1951, 5, 2)));
        assertEquals("Startdate 15-JAN-2024 X X X", EdfHeaderFields.recordingIdentification(LocalDate.of(2024, 1, 15)));
    }

    @Test
    void patientIdentificationHasFourSubfieldsWithoutInnerSpaces() {
        Patient p = new Patient(1, "MCH 0234567", "Haagse Harry", LocalDate.of(1951, 5, 2), "male");
        assertEquals("MCH_0234567 M 02-MAY-1951 Haagse_Harry", EdfHeaderFields.patientIdentification(p));
        Patient unknown = new Patient(2, "", null, null, null);
        assertEquals("X X X X", EdfHeaderFields.patientIdentification(unknown));
        assertEquals("X X X X Free_text_from_EDF", EdfHeaderFields.plusPatientIdentification("Free text from EDF "));
        assertEquals("X X X X", EdfHeaderFields.plusPatientIdentification("   "));
    }
}
