package io.braingobrrr.core.edf;

import java.util.List;

/**
 * One time-stamped annotation list of EDF+ (section 2.2.2): onset, optional duration, texts.
 * The first TAL of each data record keeps time: its onset is the record's start, its first text empty.
 *
 * @param duration seconds, or NaN when the TAL has none
 */
record Tal(double onset, double duration, List<String> texts) {
}
