package io.braingobrrr.core.service;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list. {@code page} counts from 1.
 *
 * @param total items across all pages
 */
public record Page<T>(List<T> items, long total, int page, int size) {
    public static final int MAX_SIZE = 500;

    public int pageCount() {
        return total == 0 ? 1 : (int) ((total + size - 1) / size);
    }

    public long offset() {
        return offsetOf(page, size);
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(items.stream().map(f).toList(), total, page, size);
    }

    /** The first row of page {@code page}, after checking page ≥ 1 and 1 ≤ size ≤ {@value #MAX_SIZE}. */
    public static long offsetOf(int page, int size) {
        if (page < 1) throw InvalidInputException.of("page", "must be 1 or more, not " + page);
        if (size < 1 || size > MAX_SIZE) throw InvalidInputException.of("size", "must be 1.." + MAX_SIZE + ", not " + size);
        return (long) (page - 1) * size;
    }
}
