package io.braingobrrr.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Fetches the chunks of one recording that overlap a sample range and decodes just the overlap. */
final class ChunkReader {
    // Both bounds are index seeks on the primary key: the chunk that contains the first sample is the
    // last one starting at or before it. This does not assume equal chunk lengths (acquisition writes
    // chunks as data arrive).
    private static final String OVERLAPPING = "SELECT first_sample, sample_count, bytes_per_sample, data"
            + " FROM signal_chunks WHERE recording_id = ?1 AND signal_index = ?2 AND first_sample <= ?4"
            + " AND first_sample >= coalesce((SELECT max(first_sample) FROM signal_chunks"
            + "   WHERE recording_id = ?1 AND signal_index = ?2 AND first_sample <= ?3), 0)"
            + " ORDER BY first_sample";

    private final long recordingId;
    private final PreparedStatement overlapping;
    private int[] scratch = new int[0];

    ChunkReader(Connection c, long recordingId) throws SQLException {
        this.recordingId = recordingId;
        this.overlapping = c.prepareStatement(OVERLAPPING);
    }

    /** Samples {@code first .. first+count} of {@code signal} into {@code dst}; a hole in the chunks is an error. */
    void read(int signal, long first, int[] dst, int offset, int count) throws SQLException {
        if (count == 0) return;
        long end = first + count;
        long next = first;                 // first sample not yet filled
        overlapping.setLong(1, recordingId);
        overlapping.setInt(2, signal);
        overlapping.setLong(3, first);
        overlapping.setLong(4, end - 1);
        try (ResultSet rs = overlapping.executeQuery()) {
            while (rs.next()) {
                long chunkFirst = rs.getLong(1);
                long chunkEnd = chunkFirst + rs.getInt(2);
                if (chunkEnd <= next) continue;
                if (chunkFirst > next) break;
                long to = Math.min(end, chunkEnd);
                ChunkCodec.decode(rs.getBytes(4), rs.getInt(3), (int) (next - chunkFirst), dst,
                        offset + (int) (next - first), (int) (to - next));
                next = to;
            }
        }
        if (next < end) {
            throw new StoreException("recording " + recordingId + ", signal " + signal + ": samples " + next + ".."
                    + end + " are missing from the database");
        }
    }

    /** A reusable int buffer of at least {@code n} values (callers are synchronized). */
    int[] scratch(int n) {
        if (scratch.length < n) scratch = new int[Math.max(n, scratch.length * 2)];
        return scratch;
    }
}
