package io.braingobrrr.core.io;

import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.InvalidRecordingException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Annotations a reviewer adds to a file opened from disk (not in the database), kept in a small text file
 * beside it, {@code NAME.edf.annotations.tsv}: a header line, then {@code onset_s TAB duration_s TAB text}
 * (duration empty when none). The recording itself is never rewritten (ADR 0007). When the recording's
 * folder cannot be written, the sidecar goes to a fallback folder (the user's data folder) instead.
 */
public final class AnnotationSidecar {
    public static final String SUFFIX = ".annotations.tsv";
    static final String HEADER = "onset_s\tduration_s\ttext";

    private final Path file;

    private AnnotationSidecar(Path file) {
        this.file = file;
    }

    /** The sidecar of {@code recording}: beside it when it exists or the folder is writable, else in {@code fallbackDir}. */
    public static AnnotationSidecar of(Path recording, Path fallbackDir) {
        Path abs = recording.toAbsolutePath().normalize();
        Path beside = abs.resolveSibling(abs.getFileName() + SUFFIX);
        if (Files.exists(beside) || fallbackDir == null || Files.isWritable(abs.getParent())) return new AnnotationSidecar(beside);
        // Several folders may hold a "data.edf": the absolute path's hash keeps their sidecars apart.
        String name = abs.getFileName() + "-" + Integer.toHexString(abs.toString().hashCode()) + SUFFIX;
        return new AnnotationSidecar(fallbackDir.resolve(name));
    }

    public Path file() {
        return file;
    }

    /** The annotations kept so far (none when there is no sidecar yet). */
    public List<Annotation> read() throws IOException {
        if (!Files.exists(file)) return List.of();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<Annotation> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || (i == 0 && line.equals(HEADER))) continue;
            String[] f = line.split("\t", 3);
            if (f.length < 3) throw bad(i, "expected onset, duration and text separated by tabs");
            double onset = number(f[0], i, "onset_s");
            double duration = f[1].isEmpty() ? Double.NaN : number(f[1], i, "duration_s");
            if (duration < 0) throw bad(i, "duration_s must be 0 or more, got " + f[1]);
            out.add(new Annotation(onset, duration, f[2].replace("\\t", "\t").replace("\\n", "\n").replace("\\\\", "\\")));
        }
        return out;
    }

    /** Replaces the sidecar with these annotations (written to a temporary file, then moved over it). */
    public void write(List<Annotation> annotations) throws IOException {
        StringBuilder sb = new StringBuilder(HEADER).append('\n');
        for (Annotation a : annotations) {
            sb.append(String.format(Locale.ROOT, "%.6f", a.onsetSeconds())).append('\t')
                    .append(a.hasDuration() ? String.format(Locale.ROOT, "%.6f", a.durationSeconds()) : "").append('\t')
                    .append(a.text().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n")).append('\n');
        }
        Files.createDirectories(file.getParent());
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, sb, StandardCharsets.UTF_8);
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private double number(String s, int line, String field) throws InvalidRecordingException {
        try {
            double v = Double.parseDouble(s.strip());
            if (Double.isFinite(v)) return v;
        } catch (NumberFormatException e) {
            // reported below with the line
        }
        throw bad(line, field + " is not a number: '" + s + "'");
    }

    private InvalidRecordingException bad(int line, String what) {
        return new InvalidRecordingException(file, "line " + (line + 1), -1, what);
    }
}
