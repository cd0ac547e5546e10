package io.braingobrrr.acquisition.session;

import io.braingobrrr.acquisition.device.Device;
import io.braingobrrr.acquisition.device.DeviceException;
import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.core.recording.Annotation;
import io.braingobrrr.core.recording.Gap;
import io.braingobrrr.core.recording.SignalInfo;
import io.braingobrrr.core.store.Database;
import io.braingobrrr.core.store.LiveRecording;
import io.braingobrrr.core.store.LiveRecordingSpec;
import io.braingobrrr.core.store.StoreException;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One recording from one device into the database: start, markers, pause/resume, stop.
 *
 * <p>The device's thread only queues blocks (and hands them to live viewers); one writer thread turns them
 * into whole records and commits them at least every {@link SessionOptions#flushIntervalMs()}. When the
 * device goes away the writer commits what it has, then reopens the device every
 * {@link SessionOptions#reconnectIntervalMs()} until it answers; the time in between becomes a gap
 * (EDF+D on export). When the database refuses data (disk full) recording stops with {@link #alarm()} set
 * and everything committed before stays readable.
 */
public final class RecordingSession {
    public enum State { RECORDING, PAUSED, RECONNECTING, STOPPED, FAILED }

    private static final Object DISCONNECTED = new Object();
    private static final Object STOP = new Object();
    private static final Object END = new Object();

    private final Device device;
    private final SessionOptions options;
    private final LiveRecording live;
    private final RecordLayout layout;
    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final List<SampleListener> viewers = new CopyOnWriteArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    private final long startNanos;
    private final Thread writer;
    private volatile State state = State.RECORDING;
    private volatile String alarm;
    private volatile boolean pauseRequested;
    private volatile boolean ended;
    private volatile long sampleLimit = Long.MAX_VALUE;
    private long accepted;
    private SegmentBuffer segment;
    private double segmentOnset;
    private int segmentRecords;
    private long segmentSamples;
    /** Recording time just after the newest sample taken into the open stretch; NaN while none is open. */
    private volatile double sampleClock = Double.NaN;
    private long oldestUncommitted = -1;
    private final List<Double> commitLatenciesMs = new ArrayList<>();
    private long samples;
    private int reconnects;
    private volatile long droppedBefore;

    private RecordingSession(Database db, Device device, SessionOptions options) throws DeviceException {
        this.device = device;
        this.options = options;
        device.open();
        this.layout = RecordLayout.of(device);
        LiveRecordingSpec spec = new LiveRecordingSpec(layout.signals(), layout.recordSeconds(), device.info().bits24(),
                options.startTime(), options.patientId(), options.patientIdentification(),
                "Startdate recorded with " + device.info().name(), options.storageLimitBytes());
        this.live = LiveRecording.create(db, spec);
        this.startNanos = System.nanoTime();
        this.writer = new Thread(this::writeLoop, "recording-writer " + live.id());
        writer.start();
        try {
            device.start(listener());
        } catch (DeviceException | RuntimeException e) {
            queue.add(STOP);
            joinWriter();
            live.close();
            throw e;
        }
    }

    /** Opens the device, creates the recording ('recording' status, committed) and starts streaming. */
    public static RecordingSession start(Database db, Device device, SessionOptions options) throws DeviceException {
        LiveRecording.recoverInterrupted(db);
        return new RecordingSession(db, device, options);
    }

    public long recordingId() {
        return live.id();
    }

    public State state() {
        return state;
    }

    /**
     * Stores at most {@code samples} per channel (rounded up to whole records), then ends as if the source had:
     * a fixed-length recording gets exactly its length however long starting and stopping take.
     */
    public void limitSamples(long samples) {
        int spr = layout.samplesPerRecord();
        sampleLimit = (samples + spr - 1) / spr * spr;
    }

    /** Whether the source has no more samples (a played-back file ended) or recording failed. */
    public boolean hasEnded() {
        return ended || state == State.FAILED;
    }

    /** Why recording stopped by itself, or null. */
    public String alarm() {
        return alarm;
    }

    /** Live viewers get every block on the device's thread, before it is stored (keep them quick). */
    public void addViewer(SampleListener viewer) {
        viewers.add(viewer);
    }

    /** Seconds since the recording started, on the recording's time axis (gaps included). */
    public double elapsedSeconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    /**
     * The recording time of "now" as the samples tell it: just after the newest sample received while samples
     * are being stored (what the live view's cursor shows), the wall clock since the start otherwise (paused,
     * reconnecting). Markers get this onset, so they sit on the sample that was on screen.
     */
    public double recordedSeconds() {
        double t = sampleClock;
        return Double.isNaN(t) ? elapsedSeconds() : t;
    }

    /** Per-channel headers as stored (labels, physical and digital ranges, record length). */
    public List<SignalInfo> signals() {
        return layout.signals();
    }

    /** Stores a marker now (eyes open, hyperventilation, ...) at {@link #recordedSeconds()}; committed before this returns. */
    public Annotation marker(String text) {
        if (text == null || text.isBlank()) throw new IllegalArgumentException("a marker needs a text");
        Annotation a = new Annotation(recordedSeconds(), Double.NaN, text.strip());
        live.addAnnotation(a);
        device.marker(text);
        return a;
    }

    /** Stops storing samples (the device keeps streaming for the live view); the pause becomes a gap. */
    public void pause() {
        if (state != State.RECORDING) return;
        pauseRequested = true;
        state = State.PAUSED;
        marker("Recording paused");
    }

    public void resume() {
        if (state != State.PAUSED) return;
        marker("Recording resumed");
        pauseRequested = false;
        state = State.RECORDING;
    }

    /** Stops the device, commits what is left, finalises the recording and returns what was recorded. */
    public SessionSummary stop() {
        if (state != State.FAILED) state = State.STOPPED;
        try {
            device.stop();
        } catch (DeviceException e) {
            // the device may be gone already; what reached us is stored below
        }
        queue.add(STOP);
        joinWriter();
        if (alarm == null) {
            try {
                live.finish();
            } catch (StoreException e) {
                alarm = "Recording stopped: " + e.getMessage();
            }
        }
        live.close();
        device.close();
        return summary();
    }

    /** Per commit: milliseconds from the arrival of its oldest block to the commit. */
    public synchronized List<Double> commitLatenciesMs() {
        return List.copyOf(commitLatenciesMs);
    }

    public synchronized SessionSummary summary() {
        return new SessionSummary(live.id(), layout.signals().size(), layout.signals().get(0).sampleRateHz(), samples,
                droppedBefore + device.droppedSamples(), List.copyOf(gaps), reconnects, alarm);
    }

    private SampleListener listener() {
        return new SampleListener() {
            @Override
            public void onBlock(SampleBlock block) {
                for (SampleListener v : viewers) v.onBlock(block);
                queue.add(block);
            }

            @Override
            public void onEnd() {
                queue.add(END);
            }

            @Override
            public void onDisconnected(String reason) {
                for (SampleListener v : viewers) v.onDisconnected(reason);
                queue.add(DISCONNECTED);
            }
        };
    }

    private void writeLoop() {
        long lastFlush = System.nanoTime();
        try {
            while (true) {
                Object item = queue.poll(options.flushIntervalMs(), TimeUnit.MILLISECONDS);
                if (item == STOP) {
                    endSegment();
                    return;
                }
                if (item instanceof SampleBlock b) accept(b);
                if (item == END) {
                    endSegment();
                    ended = true;
                }
                if (item == DISCONNECTED && state != State.STOPPED) {
                    endSegment();
                    if (!reconnect()) return;
                }
                if (System.nanoTime() - lastFlush >= options.flushIntervalMs() * 1_000_000L) {
                    flush();
                    lastFlush = System.nanoTime();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (StoreException e) {
            fail(e);
        }
    }

    private void accept(SampleBlock b) {
        if (pauseRequested) {
            endSegment();
            return;
        }
        long room = sampleLimit - accepted;
        if (room <= 0) return;
        if (b.count() > room) b = new SampleBlock(b.firstSample(), b.channels(), (int) room, b.digital(), b.dropped());
        if (segment != null && b.firstSample() - segment.expected() > options.maxFilledSamples()) endSegment();
        if (segment == null) {
            segment = new SegmentBuffer(layout.signals().size(), layout.samplesPerRecord());
            double rate = layout.signals().get(0).sampleRateHz();
            double onset = Math.max(live.endSeconds(), elapsedSeconds() - b.count() / rate);
            if (live.recordCount() == 0 && gaps.isEmpty()) onset = 0;
            if (onset > live.endSeconds() + 1e-6) {
                synchronized (this) {
                    gaps.add(new Gap(live.endSeconds(), onset - live.endSeconds()));
                }
            }
            segmentOnset = onset;
            segmentRecords = 0;
            segmentSamples = 0;
        }
        long before = segment.expected() < 0 ? b.firstSample() : segment.expected();
        segment.add(b);
        accepted += segment.expected() - before;
        segmentSamples += segment.expected() - before;
        sampleClock = segmentOnset + segmentSamples / layout.signals().get(0).sampleRateHz();
        if (oldestUncommitted < 0) oldestUncommitted = System.nanoTime();
        if (accepted >= sampleLimit) {
            endSegment();
            ended = true;
        }
    }

    private void flush() {
        if (segment == null) return;
        int records = segment.completeRecords();
        if (records == 0) return;
        int[][] data = segment.takeRecords(records);
        live.append(data, records, segmentOnset + segmentRecords * layout.recordSeconds());
        segmentRecords += records;
        synchronized (this) {
            samples += (long) records * layout.samplesPerRecord();
            // how long the oldest sample of this commit waited in memory (what a crash could have cost)
            if (oldestUncommitted >= 0) commitLatenciesMs.add((System.nanoTime() - oldestUncommitted) / 1e6);
        }
        oldestUncommitted = segment.completeRecords() == 0 && segment.remainder() > 0 ? System.nanoTime() : -1;
    }

    /** Commits the whole records of the current stretch; a partial record at its end is lost (< one record). */
    private void endSegment() {
        if (segment == null) return;
        flush();
        segment = null;
        sampleClock = Double.NaN;
    }

    private boolean reconnect() throws InterruptedException {
        state = State.RECONNECTING;
        droppedBefore += device.droppedSamples();       // the device counts per stream; a new one starts at 0
        while (state == State.RECONNECTING) {
            if (queue.peek() == STOP) return true;
            Thread.sleep(options.reconnectIntervalMs());
            try {
                device.open();
                device.start(listener());
                reconnects++;
                state = pauseRequested ? State.PAUSED : State.RECORDING;
                live.addAnnotation(new Annotation(elapsedSeconds(), Double.NaN, "Amplifier reconnected"));
                return true;
            } catch (DeviceException e) {
                // still unplugged: try again
            }
        }
        return true;
    }

    private void fail(StoreException e) {
        alarm = "Recording stopped: " + e.getMessage();
        state = State.FAILED;
        try {
            device.stop();
        } catch (DeviceException ignored) {
            // stopping is all that is left to do
        }
    }

    private void joinWriter() {
        try {
            writer.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
