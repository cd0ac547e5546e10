package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.acquisition.device.SampleListener;
import io.braingobrrr.analysis.dsp.Butterworth;
import io.braingobrrr.analysis.dsp.SosFilter;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TracePage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.SignalInfo;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The live traces as a sweep (the EEG-machine convention: a cursor runs left to right over the page and
 * overwrites the previous sweep), drawn by the viewer's own {@link PageImage}/{@code TraceRenderer}.
 *
 * <p>The device thread only queues blocks with their arrival time ({@link #onBlock}); each frame, on the
 * painting thread, drains the queue into one page-long buffer per channel (the renderer's {@link TracePage}
 * values, indexed by position in the sweep), draws it, and reports for every newly shown block how long it
 * took from arrival to painted pixels. Channels are high-passed at 0.5 Hz for display only (amplifiers
 * such as the Cyton carry large electrode offsets); stored samples are untouched.
 */
public final class LiveSweep implements SampleListener {
    /** Blank columns ahead of the cursor, so the new sweep is told apart from the old one. */
    private static final int ERASE_PIXELS = 8;
    private static final double DISPLAY_HIGH_PASS_HZ = 0.5;
    private static final int CURSOR = 0xFF1565C0;

    private record Arrival(SampleBlock block, long nanos) {
    }

    private final List<String> labels;
    private final double rateHz;
    private final double[] scale;
    private final double[] offset;
    private final SosFilter.Stream[] highPass;
    private final ConcurrentLinkedQueue<Arrival> queue = new ConcurrentLinkedQueue<>();
    private final List<Long> pendingArrivals = new ArrayList<>();
    private float[][] values;
    private double pageSeconds;
    private int pageSamples;
    private long shown;          // device samples drawn into the buffer so far
    private double[][] scratch = new double[0][0];
    private volatile boolean averageReference;
    private volatile String disconnected;
    // what the last frame drew, to draw only what changed since
    private PageImage lastImage;
    private DisplaySettings lastSettings;
    private TraceLayout layout;
    private int lastMarks = -1;
    private long lastSweep = -1;
    private int lastColumn;
    private PageImage strip;
    private int dirtyLeft;
    private int dirtyRight;

    public LiveSweep(List<SignalInfo> signals, double pageSeconds) {
        this.labels = signals.stream().map(SignalInfo::label).toList();
        this.rateHz = signals.get(0).sampleRateHz();
        int n = signals.size();
        scale = new double[n];
        offset = new double[n];
        highPass = new SosFilter.Stream[n];
        boolean filter = rateHz > 4 * DISPLAY_HIGH_PASS_HZ;
        for (int ch = 0; ch < n; ch++) {
            scale[ch] = signals.get(ch).gain();
            offset[ch] = signals.get(ch).offset();
            if (filter) highPass[ch] = Butterworth.highPass(1, DISPLAY_HIGH_PASS_HZ, rateHz).stream();
        }
        setPageSeconds(pageSeconds);
    }

    /** Called on the device's thread: queue only. */
    @Override
    public void onBlock(SampleBlock block) {
        disconnected = null;
        queue.add(new Arrival(block, System.nanoTime()));
    }

    @Override
    public void onDisconnected(String reason) {
        disconnected = reason;
    }

    /** Why the device stopped delivering, or null while data flows. */
    public String disconnected() {
        return disconnected;
    }

    /** A new page length restarts the sweep at the next page boundary. */
    public void setPageSeconds(double seconds) {
        pageSeconds = seconds;
        lastSweep = -1;
        pageSamples = Math.max(1, (int) Math.round(seconds * rateHz));
        values = new float[labels.size()][pageSamples];
        for (float[] v : values) Arrays.fill(v, Float.NaN);
    }

    /** Device seconds shown so far (the cursor's time since the stream started). */
    public double shownSeconds() {
        return shown / rateHz;
    }

    public List<String> labels() {
        return labels;
    }

    public double sampleRateHz() {
        return rateHz;
    }

    /**
     * Takes the queued blocks into the sweep and draws it with {@code marks} (onsets in device seconds).
     *
     * @return per block newly drawn, nanoseconds from its arrival to the end of this frame's drawing
     */
    public long[] drawFrame(PageImage image, DisplaySettings settings, List<TracePage.Mark> marks) {
        pendingArrivals.clear();
        for (Arrival a; (a = queue.poll()) != null; ) {
            take(a.block());
            pendingArrivals.add(a.nanos());
        }
        long sweep = shown / pageSamples;
        double from = sweep * pageSeconds;
        DisplaySettings s = settings.withPageSeconds(pageSeconds);
        int cursor = layout == null ? 0 : column((int) (shown % pageSamples));
        if (image != lastImage || !s.equals(lastSettings) || marks.size() != lastMarks || sweep != lastSweep) {
            // whole page with its text: a new sweep, size, sensitivity or marker (once per sweep normally)
            layout = image.draw(new TracePage(labels, values, from, pageSeconds, (LocalDateTime) null, marks), s);
            cursor = column((int) (shown % pageSamples));
            dirtyLeft = 0;
            dirtyRight = image.width();
            lastImage = image;
            lastSettings = s;
            lastMarks = marks.size();
            lastSweep = sweep;
        } else {
            drawStrip(image, Math.min(lastColumn, cursor), cursor + 1, from, s, marks);
        }
        lastColumn = cursor;
        drawCursor(image, layout);
        long done = System.nanoTime();
        long[] latencies = new long[pendingArrivals.size()];
        for (int i = 0; i < latencies.length; i++) latencies[i] = done - pendingArrivals.get(i);
        return latencies;
    }

    /** Pixel columns the last frame changed, from {@link #dirtyLeft()} (inclusive) to {@link #dirtyRight()}. */
    public int dirtyLeft() {
        return dirtyLeft;
    }

    public int dirtyRight() {
        return dirtyRight;
    }

    /** Trace-area column of sweep position {@code position}. */
    private int column(int position) {
        return (int) ((long) position * layout.traceWidth() / pageSamples);
    }

    /** First sweep position in column {@code c}: the renderer's own split of samples into columns. */
    private int firstSample(int c) {
        return (int) ((long) c * pageSamples / layout.traceWidth());
    }

    /**
     * Redraws trace columns [c0, c1) only: the same renderer draws just their samples into a narrow image (at least
     * 16 columns, its minimum), whose trace columns are copied in. A frame at 60/s changes a few columns of a 10 s
     * sweep, so this costs a fraction of a millisecond instead of a whole page.
     */
    private void drawStrip(PageImage image, int c0, int c1, double from, DisplaySettings s, List<TracePage.Mark> marks) {
        int tw = layout.traceWidth();
        c1 = Math.min(tw, c1);
        c0 = Math.max(0, Math.min(c0, c1 - 16));
        c1 = Math.min(tw, Math.max(c1, c0 + 16));
        // one more column on the left, drawn but not copied: the first copied column keeps its join to the left
        int lead = c0 > 0 ? 1 : 0;
        int cols = c1 - c0 + lead;
        int a = firstSample(c0 - lead);
        int b = c1 == tw ? pageSamples : firstSample(c1);
        float[][] part = new float[values.length][];
        for (int ch = 0; ch < values.length; ch++) part[ch] = Arrays.copyOfRange(values[ch], a, Math.max(b, a + 1));
        int width = TraceLayout.LABEL_WIDTH + TraceLayout.SCALE_WIDTH + cols;
        if (strip == null || strip.width() != width || strip.height() != image.height()) strip = new PageImage(width, image.height());
        double seconds = part[0].length / rateHz;
        strip.drawTraces(new TracePage(labels, part, from + a / rateHz, seconds, (LocalDateTime) null, marks), s);
        int[] src = strip.pixels();
        int[] dst = image.pixels();
        for (int y = layout.top(); y < image.height(); y++) {
            System.arraycopy(src, y * width + TraceLayout.LABEL_WIDTH + lead, dst, y * image.width() + layout.traceLeft() + c0,
                    cols - lead);
        }
        dirtyLeft = layout.traceLeft() + c0;
        dirtyRight = Math.min(image.width(), layout.traceLeft() + c1 + ERASE_PIXELS + 1);
    }

    private void take(SampleBlock b) {
        // a device loss (firstSample jumps) moves the cursor on: the sweep keeps real time
        shown = Math.max(shown, b.firstSample());
        int n = b.count();
        int channels = values.length;
        if (scratch.length < channels || scratch[0].length < n) scratch = new double[channels][n];
        for (int ch = 0; ch < channels; ch++) {
            double[] x = scratch[ch];
            for (int i = 0; i < n; i++) x[i] = b.value(i, ch) * scale[ch] + offset[ch];
            if (highPass[ch] != null) highPass[ch].process(x, 0, n);
        }
        if (averageReference && channels > 1) {
            for (int i = 0; i < n; i++) {
                double sum = 0;
                for (int ch = 0; ch < channels; ch++) sum += scratch[ch][i];
                double mean = sum / channels;
                for (int ch = 0; ch < channels; ch++) scratch[ch][i] -= mean;
            }
        }
        int at = (int) (shown % pageSamples);
        for (int ch = 0; ch < channels; ch++) {
            float[] v = values[ch];
            double[] x = scratch[ch];
            for (int i = 0, p = at; i < n; i++, p = p + 1 == pageSamples ? 0 : p + 1) v[p] = (float) x[i];
        }
        shown += n;
    }

    /**
     * The live montage: as recorded, or each channel against the average of all (what a reader usually wants
     * first on a referential amplifier). Takes effect from the next samples; the stored data never changes.
     */
    public void setMontage(String name) {
        if (StandardMontages.AS_RECORDED.equals(name)) averageReference = false;
        else if (StandardMontages.AVERAGE.equals(name)) averageReference = true;
        else throw new IllegalArgumentException("the live view shows " + StandardMontages.AS_RECORDED + " or "
                + StandardMontages.AVERAGE + ", not " + name + " (other montages in the trace viewer after recording)");
    }

    /** Blanks a few columns after the cursor (the old sweep's edge) and draws the cursor line. */
    private void drawCursor(PageImage image, TraceLayout layout) {
        int position = (int) (shown % pageSamples);
        int x = layout.traceLeft() + (int) ((long) position * layout.traceWidth() / pageSamples);
        int[] px = image.pixels();
        int w = image.width();
        int right = Math.min(layout.traceLeft() + layout.traceWidth(), x + ERASE_PIXELS);
        for (int y = layout.top(); y < image.height(); y++) {
            int row = y * w;
            for (int c = x; c < right; c++) px[row + c] = 0xFFFFFFFF;
            if (x < w) px[row + x] = CURSOR;
        }
    }
}
