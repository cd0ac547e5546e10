package io.braingobrrr.core.gdf;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;

/**
 * The data records, memory-mapped in windows of whole records. One mapping addresses at most 2 GB, so a
 * long recording takes several windows; no record is split between two.
 */
final class GdfRecordMap {
    private static final long WINDOW_BYTES = 1L << 30;

    private final ByteBuffer[] windows;
    private final int recordsPerWindow;
    private final int recordBytes;

    GdfRecordMap(FileChannel channel, long firstRecordAt, int recordBytes, int records) throws IOException {
        this.recordBytes = recordBytes;
        this.recordsPerWindow = (int) Math.max(1, WINDOW_BYTES / recordBytes);
        windows = new ByteBuffer[(int) ((records + (long) recordsPerWindow - 1) / recordsPerWindow)];
        long at = firstRecordAt;
        int left = records;
        for (int w = 0; w < windows.length; w++) {
            int n = Math.min(left, recordsPerWindow);
            windows[w] = channel.map(FileChannel.MapMode.READ_ONLY, at, (long) n * recordBytes).order(ByteOrder.LITTLE_ENDIAN);
            at += (long) n * recordBytes;
            left -= n;
        }
    }

    /** The window holding {@code record}. */
    ByteBuffer window(int record) {
        return windows[record / recordsPerWindow];
    }

    /** Where {@code record} starts inside its window. */
    int start(int record) {
        return record % recordsPerWindow * recordBytes;
    }
}
