package io.braingobrrr.analysis.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.analysis.testing.PlantedEeg;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.RecordingFormat;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.recording.SignalSource;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A cancel during event detection (the long stage of a comprehensive analysis) stops it before the next channel:
 * no sample is read after the flag is raised. Before, detection ran over every channel and only then stopped.
 */
class EventDetectionCancelTest {
    @Test
    void cancelDuringEventDetectionReadsNoFurtherSamples() {
        PlantedEeg eeg = new PlantedEeg(19, 256, 120, 5);
        Counting src = new Counting(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x));
        AtomicBoolean cancel = new AtomicBoolean();
        AtomicLong readsAtCancel = new AtomicLong(-1);
        AnalysisRunner runner = new AnalysisRunner(1, QualityParams.DEFAULT);
        assertThatThrownBy(() -> runner.run(src, AnalysisType.COMPREHENSIVE, (fraction, stage) -> {
            if (stage.equals("event detection") && !cancel.get()) {
                readsAtCancel.set(src.reads.get());
                cancel.set(true);
            }
        }, cancel)).isInstanceOf(CancellationException.class);
        assertThat(readsAtCancel.get()).as("the scan read the channels before").isPositive();
        assertThat(src.reads.get()).as("reads after the cancel").isEqualTo(readsAtCancel.get());
    }

    @Test
    void withoutACancelTheSameRunDetectsOnEveryChannel() {
        PlantedEeg eeg = new PlantedEeg(19, 256, 120, 5);
        Counting src = new Counting(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x));
        AtomicLong readsAtDetection = new AtomicLong(-1);
        AnalysisReport r = new AnalysisRunner(1, QualityParams.DEFAULT).run(src, AnalysisType.COMPREHENSIVE, (fraction, stage) -> {
            if (stage.equals("event detection")) readsAtDetection.set(src.reads.get());
        }, new AtomicBoolean());
        assertThat(r.events()).isNotNull();
        assertThat(src.reads.get()).as("detection reads the signals again").isGreaterThan(readsAtDetection.get());
    }

    /** Counts sample reads of a source it delegates to. */
    private static final class Counting implements SignalSource {
        private final SignalSource in;
        final AtomicLong reads = new AtomicLong();

        Counting(SignalSource in) {
            this.in = in;
        }

        @Override
        public RecordingFormat format() {
            return in.format();
        }

        @Override
        public LocalDateTime startTime() {
            return in.startTime();
        }

        @Override
        public List<SignalInfo> signals() {
            return in.signals();
        }

        @Override
        public List<Annotation> annotations() {
            return in.annotations();
        }

        @Override
        public List<Gap> gaps() {
            return in.gaps();
        }

        @Override
        public List<String> warnings() {
            return in.warnings();
        }

        @Override
        public int recordCount() {
            return in.recordCount();
        }

        @Override
        public double recordDurationSeconds() {
            return in.recordDurationSeconds();
        }

        @Override
        public double recordOnsetSeconds(int record) {
            return in.recordOnsetSeconds(record);
        }

        @Override
        public void readDigital(int signal, long firstSample, int[] dst, int offset, int count) {
            reads.incrementAndGet();
            in.readDigital(signal, firstSample, dst, offset, count);
        }

        @Override
        public void readPhysical(int signal, long firstSample, double[] dst, int offset, int count) {
            reads.incrementAndGet();
            in.readPhysical(signal, firstSample, dst, offset, count);
        }

        @Override
        public void readPhysical(int signal, long firstSample, float[] dst, int offset, int count) {
            reads.incrementAndGet();
            in.readPhysical(signal, firstSample, dst, offset, count);
        }

        @Override
        public void close() {
            in.close();
        }
    }
}
