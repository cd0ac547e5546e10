package io.braingobrrr.core.store;

import io.braingobrrr.core.edf.EdfReader;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import io.braingobrrr.core.synth.SyntheticRecordingWriter;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Plain timed measurement, not a test: import of an H hours x C channels x R Hz synthetic recording,
 * then random 10 s pages of all channels read back as float physical values (what the viewer does).
 * Run: java -cp core/target/classes:core/target/test-classes:DEPS io.braingobrrr.core.store.StoreBench [FOLDER [H C R [edf]]]
 * ("edf": import the file `brrr synth` writes, through the memory-mapped EDF reader, instead of an in-memory source).
 */
public final class StoreBench {
    private StoreBench() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = args.length > 0 ? Path.of(args[0]) : Files.createTempDirectory("storebench");
        double hours = args.length > 1 ? Double.parseDouble(args[1]) : 8;
        int channels = args.length > 2 ? Integer.parseInt(args[2]) : 32;
        int rate = args.length > 3 ? Integer.parseInt(args[3]) : 256;
        Path file = folder.resolve("bench.db");
        Files.deleteIfExists(file);

        long t0 = System.nanoTime();
        Database db = Database.open(file);
        System.out.printf("create + migrate empty database: %.0f ms%n", ms(t0));

        SignalSource src = args.length > 4 && args[4].equals("edf")
                ? EdfReader.open(synthEdf(folder, hours, channels, rate)) : inMemory(hours, channels, rate);
        long samples = (long) src.recordCount() * rate * channels;

        t0 = System.nanoTime();
        long id = new RecordingStore(db).importRecording(src, ImportInfo.of("bench.edf"));
        double importS = ms(t0) / 1000;
        src.close();
        System.out.printf("import %.1f h x %d ch x %d Hz from %s (%d samples, %.0f MB as int16): %.1f s, %.0f MB/s;"
                + " file %.0f MB%n", hours, channels, rate, src.getClass().getSimpleName(), samples, samples * 2 / 1e6,
                importS, samples * 2 / 1e6 / importS, Files.size(file) / 1e6);

        t0 = System.nanoTime();
        db = Database.open(file);
        System.out.printf("reopen existing database (Flyway validate, nothing to migrate): %.0f ms%n", ms(t0));

        try (StoredRecording rec = new RecordingStore(db).open(id)) {
            int page = 10 * rate;
            float[] out = new float[page];
            Random random = new Random(1);
            long lastStart = rec.sampleCount(0) - page;
            double[] times = new double[300];
            for (int round = 0; round < 2; round++) {                  // round 0 warms the JIT up
                for (int i = 0; i < times.length; i++) {
                    long first = (long) (random.nextDouble() * lastStart);
                    long t = System.nanoTime();
                    for (int c = 0; c < channels; c++) rec.readPhysical(c, first, out, 0, page);
                    times[i] = ms(t);
                }
            }
            Arrays.sort(times);
            System.out.printf("random 10 s page, %d channels, float physical: median %.2f ms, p95 %.2f ms, max %.2f ms%n",
                    channels, times[times.length / 2], times[(int) (times.length * 0.95)], times[times.length - 1]);
        }

        Path copy = folder.resolve("bench-backup.db");
        Files.deleteIfExists(copy);
        t0 = System.nanoTime();
        long size = new Backup(db).backup(copy);
        System.out.printf("backup (VACUUM INTO): %.1f s for %.0f MB%n", ms(t0) / 1000, size / 1e6);
    }

    private static SignalSource inMemory(double hours, int channels, int rate) {
        List<SignalInfo> signals = new ArrayList<>();
        for (int c = 0; c < channels; c++) signals.add(SyntheticSource.signal("EEG " + c, rate, -32768, 32767, -3276.8, 3276.7));
        // Full-range values; EEG-like amplitudes would not change the timing (nothing is compressed).
        return SyntheticSource.continuous(RecordingFormat.EDF, signals, (int) Math.round(hours * 3600));
    }

    /** The file `brrr synth` writes, made once per folder. */
    private static Path synthEdf(Path folder, double hours, int channels, int rate) throws Exception {
        Path edf = folder.resolve("synth-" + hours + "h-" + channels + "ch-" + rate + "hz.edf");
        if (!Files.exists(edf)) SyntheticRecordingWriter.write(edf, hours, channels, rate);
        return edf;
    }

    private static double ms(long since) {
        return (System.nanoTime() - since) / 1e6;
    }
}
