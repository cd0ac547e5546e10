package io.braingobrrr.core.gdf;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.InvalidRecordingException;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Opens GDF 1.x (1.25 and kin) and GDF 2.x/3.x files for random access. */
public final class GdfReader {
    /** Shown when the file does not record its start, like the EDF reader's fallback for an unreadable date. */
    static final LocalDateTime UNKNOWN_START = LocalDateTime.of(1985, 1, 1, 0, 0);

    private GdfReader() {
    }

    /**
     * Opens a file. Defects that can be read around (a damaged event table, an unknown start date) become
     * {@link GdfRecording#warnings()}; anything else throws {@link InvalidRecordingException} naming file,
     * field and byte offset.
     */
    public static GdfRecording open(Path file) throws IOException {
        if (!Files.exists(file)) throw new NoSuchFileException(file.toString(), null, "no such file");
        if (Files.isDirectory(file)) throw new InvalidRecordingException(file, null, -1, "is a directory, not a recording");
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            List<String> warnings = new ArrayList<>();
            GdfHeader h = new GdfHeaderParser(file, ch, warnings).parse();
            List<GdfChannel> channels = new ArrayList<>();
            int offset = 0;
            for (int i = 0; i < h.signals().size(); i++) {
                GdfSignalHeader s = h.signals().get(i);
                channels.add(new GdfChannel(s, offset, h.sampleRate(i)));
                offset += (int) s.bytesPerRecord();
            }
            LocalDateTime start = h.startTime();
            if (start == null) {
                start = UNKNOWN_START;
                warnings.add("the file does not record its start date and time; shown as " + UNKNOWN_START);
            }
            List<Annotation> events = GdfEventTable.read(ch, h, warnings);
            GdfRecordMap records = new GdfRecordMap(ch, h.headerBytes(), h.recordBytes(), h.recordCount());
            return new GdfRecording(file, h, List.copyOf(channels), start, events, List.copyOf(warnings), records);
        }
    }
}
