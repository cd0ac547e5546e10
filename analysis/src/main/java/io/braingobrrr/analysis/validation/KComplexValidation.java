package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.DetectedEvent;
import io.braingobrrr.analysis.events.Interval;
import io.braingobrrr.analysis.events.KComplexDetector;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * K-complexes on the five 30 s CZ-A1 epochs of the DREAMS K-complex database that the project can reach
 * (excerptN_epM_kcomplex.mat, variable x_in at fs = 200 Hz; epoch M covers (M-1)x30..Mx30 s of the excerpt)
 * against expert 1's scoring of the events inside each epoch.
 */
public final class KComplexValidation {
    private static final Pattern NAME = Pattern.compile("excerpt(\\d+)_ep(\\d+)_kcomplex\\.mat");

    public record Row(String epoch, int reference, EventMatching.Score score) {
    }

    private KComplexValidation() {
    }

    public static List<Row> run(Path dir, KComplexDetector detector) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> NAME.matcher(p.getFileName().toString()).matches()).sorted().toList();
        }
        List<Row> rows = new ArrayList<>();
        for (Path f : files) {
            Matcher m = NAME.matcher(f.getFileName().toString());
            if (!m.matches()) continue;
            int excerpt = Integer.parseInt(m.group(1)), epoch = Integer.parseInt(m.group(2));
            Map<String, double[]> mat = MatV5Reader.read(f);
            double[] x = mat.get("x_in");
            double[] fs = mat.get("fs");
            if (x == null || fs == null || fs.length != 1) throw new DataFormatException(f + ": expected variables x_in and fs");
            double t0 = (epoch - 1) * 30.0;
            List<Interval> ref = new ArrayList<>();
            for (Interval i : DreamsFiles.readScoring(dir.resolve("Visual_scoring1_excerpt" + excerpt + ".txt"))) {
                if (i.onsetSeconds() >= t0 && i.endSeconds() <= t0 + 30) ref.add(new Interval(i.onsetSeconds() - t0, i.durationSeconds()));
            }
            List<Interval> found = detector.detect(x, fs[0], "CZ-A1").stream().map(DetectedEvent::interval).toList();
            rows.add(new Row("excerpt " + excerpt + " epoch " + epoch, ref.size(), EventMatching.match(found, ref, SpindleValidation.MIN_IOU)));
        }
        return rows;
    }
}
