package io.braingobrrr.app.reporting;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.core.service.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's filter field read back into the filters its EEG pages are drawn with. */
class FilterTextTest {
    @Test
    void describedFiltersParseBackAndFreeWordingIsUnderstood() {
        DisplayFilter.Settings s = new DisplayFilter.Settings(0.5, 35, 50);
        assertEquals("LFF 0.5 Hz, HFF 35 Hz, notch 50 Hz", FilterText.describe(s));
        assertEquals(s, FilterText.parse(FilterText.describe(s)));
        assertEquals(new DisplayFilter.Settings(1, 0, 60), FilterText.parse("lff=1hz; Notch: 60"));
        assertEquals(DisplayFilter.Settings.ACNS_DEFAULT, FilterText.parse("  "));
    }

    @Test
    void textNamingNoFilterIsRefusedWithTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> FilterText.parse("the usual ones"));
        assertEquals("filters", e.fieldErrors().keySet().iterator().next());
        assertTrue(e.getMessage().contains("the usual ones"), e.getMessage());
    }
}
