package io.braingobrrr.app.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Number formatting for people and CSV: no exponent, no trailing zeros, no binary noise in times. */
public final class Numbers {
    private Numbers() {
    }

    /** Shortest decimal that reads back as the same double ("600", "0.25", "-99.96185244525827"); NaN gives "". */
    public static String plain(double value) {
        if (Double.isNaN(value)) return "";
        if (Double.isInfinite(value)) return value > 0 ? "inf" : "-inf";
        if (value == 0) return "0";
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /**
     * Seconds rounded to the nanosecond, so that k * 1/3 s does not print as 0.33333333333333331
     * and 3 * 0.1 s prints as 0.3; EDF times are never finer than that.
     */
    public static String seconds(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) return plain(value);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(9, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return rounded.signum() == 0 ? "0" : rounded.toPlainString();
    }
}
