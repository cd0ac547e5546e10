package io.braingobrrr.core.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The fast timestamp reader agrees with java.time on every shape the database holds, and refuses what it refuses. */
class StoredTimesTest {
    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T12:00:00", "1999-12-31T23:59:59.5", "2020-02-29T00:00:00.123", "2001-01-01T01:02:03.123456789",
            "+12024-05-01T12:00:00", "2024-05-01T12:00"})
    void localDateTimesMatchJavaTime(String s) {
        assertEquals(LocalDateTime.parse(s), StoredTimes.localDateTime(s));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-05-01T12:00:00.000Z", "2026-12-07T16:01:09.5Z", "2024-05-01T12:00:00Z", "2024-05-01T12:00:00+01:00"})
    void instantsMatchJavaTime(String s) {
        assertEquals(Instant.parse(s), StoredTimes.instant(s));
    }

    @Test
    void impossibleDatesAreRefusedLikeJavaTime() {
        assertThrows(DateTimeParseException.class, () -> StoredTimes.localDateTime("2023-02-29T00:00:00"));
        assertThrows(DateTimeParseException.class, () -> StoredTimes.instant("2024-13-01T00:00:00.000Z"));
        assertThrows(DateTimeParseException.class, () -> StoredTimes.localDateTime("2024-05-01 12:00:00"));
        assertThrows(DateTimeParseException.class, () -> StoredTimes.localDateTime("2024-05-01T12:00:00.1234567891"));
    }
}
