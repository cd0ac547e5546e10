package io.braingobrrr.core.edf;

import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;

/**
 * The data records of a file, memory-mapped in segments of whole records: one MappedByteBuffer can
 * address at most 2 GB, and a record never straddles two segments.
 */
final class MappedData implements AutoCloseable {
    /** Segment size limit; well below 2 GB so that index arithmetic stays in int. */
    private static final long SEGMENT_LIMIT = 1L << 30;

    private final MappedByteBuffer[] segments;
    private final int recordsPerSegment;
    private final int recordBytes;

    MappedData(FileChannel channel, long dataStart, int recordBytes, int records) throws IOException {
        this.recordBytes = recordBytes;
        this.recordsPerSegment = (int) Math.max(1, SEGMENT_LIMIT / Math.max(1, recordBytes));
        int n = records == 0 ? 0 : (records + recordsPerSegment - 1) / recordsPerSegment;
        segments = new MappedByteBuffer[n];
        for (int i = 0; i < n; i++) {
            long first = (long) i * recordsPerSegment;
            long count = Math.min(recordsPerSegment, records - first);
            MappedByteBuffer b = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + first * recordBytes, count * recordBytes);
            b.order(ByteOrder.LITTLE_ENDIAN);
            segments[i] = b;
        }
    }

    MappedByteBuffer segmentOf(int record) {
        return segments[record / recordsPerSegment];
    }

    /** Byte position of a record's start inside its segment. */
    int positionOf(int record) {
        return (record % recordsPerSegment) * recordBytes;
    }

    int recordBytes() {
        return recordBytes;
    }

    int recordsPerSegment() {
        return recordsPerSegment;
    }

    int segmentCount() {
        return segments.length;
    }

    MappedByteBuffer segment(int i) {
        return segments[i];
    }

    @Override
    public void close() {
        // Mappings are released by the garbage collector; Java 17 has no supported unmap.
        java.util.Arrays.fill(segments, null);
    }
}
