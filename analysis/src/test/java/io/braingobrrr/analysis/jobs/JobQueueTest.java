package io.braingobrrr.analysis.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.braingobrrr.analysis.pipeline.AnalysisReport;
import io.braingobrrr.analysis.pipeline.AnalysisRunner;
import io.braingobrrr.analysis.pipeline.AnalysisType;
import io.braingobrrr.analysis.quality.QualityParams;
import io.braingobrrr.analysis.testing.ArraySource;
import io.braingobrrr.analysis.testing.PlantedEeg;
import io.braingobrrr.core.edf.EdfWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobQueueTest {
    @TempDir
    Path dir;

    @Test
    void urgentBeforeExpediteBeforeNormalAndFifoWithin() throws Exception {
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch gate = new CountDownLatch(1);
        try (JobQueue q = new JobQueue(1, j -> { })) {
            Job<Void> blocker = q.submit("blocker", Priority.NORMAL, ctx -> {
                gate.await();
                return null;
            });
            while (blocker.status() != Job.Status.RUNNING) Thread.sleep(5);
            List<Job<String>> jobs = new ArrayList<>();
            String[][] order = {{"n1", "NORMAL"}, {"e1", "EXPEDITE"}, {"u1", "URGENT"}, {"n2", "NORMAL"}, {"u2", "URGENT"}};
            for (String[] o : order) {
                jobs.add(q.submit(o[0], Priority.valueOf(o[1]), ctx -> {
                    started.add(o[0]);
                    return o[0];
                }));
            }
            assertThat(q.waiting()).extracting(Job::name).containsExactly("u1", "u2", "e1", "n1", "n2");
            gate.countDown();
            for (Job<String> j : jobs) assertThat(j.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(started).containsExactly("u1", "u2", "e1", "n1", "n2");
            assertThat(jobs).allSatisfy(j -> {
                assertThat(j.status()).isEqualTo(Job.Status.COMPLETED);
                assertThat(j.result()).isEqualTo(j.name());
                assertThat(j.progress()).isEqualTo(1.0);
            });
        }
    }

    @Test
    void cancelQueuedNeverStartsAndCancelRunningStopsAtTheNextCheck() throws Exception {
        CountDownLatch running = new CountDownLatch(1);
        try (JobQueue q = new JobQueue(1, j -> { })) {
            Job<Integer> loop = q.submit("loop", Priority.NORMAL, ctx -> {
                running.countDown();
                for (int i = 0; ; i++) {
                    ctx.throwIfCancelled();
                    ctx.progress(Math.min(0.99, i / 1e6), "looping");
                    Thread.sleep(1);
                }
            });
            Job<Integer> queued = q.submit("never", Priority.URGENT, ctx -> 42);
            queued.cancel();
            assertThat(queued.status()).isEqualTo(Job.Status.CANCELLED);
            assertThat(running.await(5, TimeUnit.SECONDS)).isTrue();
            // a fixed sleep here was flaky on a loaded machine: wait (bounded) for the first progress report
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
            while (!"looping".equals(loop.stage()) && System.nanoTime() < deadline) Thread.sleep(5);
            assertThat(loop.stage()).isEqualTo("looping");
            loop.cancel();
            assertThat(loop.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(loop.status()).isEqualTo(Job.Status.CANCELLED);
            assertThat(queued.result()).isNull();
        }
    }

    @Test
    void failuresAreKeptWithTheirMessageAndTheWorkerCarriesOn() throws Exception {
        try (JobQueue q = new JobQueue(1, j -> { })) {
            Job<Object> bad = q.submit("bad", Priority.NORMAL, ctx -> {
                throw new IllegalStateException("file is not an EDF");
            });
            Job<String> next = q.submit("next", Priority.NORMAL, ctx -> "ok");
            assertThat(next.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(bad.status()).isEqualTo(Job.Status.FAILED);
            assertThat(bad.error()).isEqualTo("file is not an EDF");
            assertThat(next.result()).isEqualTo("ok");
        }
        assertThatThrownBy(() -> new JobQueue(0, j -> { })).hasMessageContaining("at least one worker");
    }

    @Test
    void aBatchOfAnalysesReportsProgressAndStagesToTheListener() throws Exception {
        List<JobTask<AnalysisReport>> tasks = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            PlantedEeg eeg = new PlantedEeg(6, 128, 20, k);
            Path edf = dir.resolve("r" + k + ".edf");
            EdfWriter.write(new ArraySource(eeg.labels, eeg.fs, 1000, eeg.x), edf);
            tasks.add(AnalysisJobs.analyzeFile(edf, AnalysisType.QUICK, new AnalysisRunner(1, QualityParams.DEFAULT)));
        }
        tasks.add(AnalysisJobs.analyzeFile(dir.resolve("missing.edf"), AnalysisType.QUICK, new AnalysisRunner(1, QualityParams.DEFAULT)));
        List<String> stages = Collections.synchronizedList(new ArrayList<>());
        try (JobQueue q = new JobQueue(2, j -> stages.add(j.stage()))) {
            List<Job<AnalysisReport>> jobs = q.submitAll("analyze", Priority.EXPEDITE, tasks);
            for (Job<AnalysisReport> j : jobs) assertThat(j.await(30, TimeUnit.SECONDS)).isTrue();
            for (int k = 0; k < 3; k++) {
                assertThat(jobs.get(k).status()).isEqualTo(Job.Status.COMPLETED);
                assertThat(jobs.get(k).result().quality().channels()).hasSize(6);
            }
            assertThat(jobs.get(3).status()).isEqualTo(Job.Status.FAILED);
            assertThat(jobs.get(3).error()).contains("missing.edf");
            assertThat(jobs.get(0).name()).isEqualTo("analyze 1/4");
        }
        assertThat(stages).contains("scanning channels", "quality control", "done");
    }
}
