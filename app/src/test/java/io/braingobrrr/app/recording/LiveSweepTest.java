package io.braingobrrr.app.recording;

import io.braingobrrr.acquisition.device.SampleBlock;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.app.viewer.render.TraceLayout;
import io.braingobrrr.app.viewer.render.TraceRenderer;
import io.braingobrrr.core.recording.SignalInfo;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The sweep drawn frame by frame (only changed columns) against the same data drawn as one whole page. */
class LiveSweepTest {
    private static final double RATE = 500;
    private static final int CHANNELS = 6;

    private static List<SignalInfo> signals() {
        List<SignalInfo> s = new ArrayList<>();
        for (int ch = 0; ch < CHANNELS; ch++) {
            s.add(SignalInfo.of("EEG C" + ch, "", "uV", -3276.7, 3276.7, -32767, 32767, "", 50, RATE));
        }
        return s;
    }

    /** 40 ms blocks of a 7 Hz sine (a few hundred µV, so traces cross many rows) plus noise. */
    private static List<SampleBlock> blocks(int count) {
        Random r = new Random(3);
        List<SampleBlock> out = new ArrayList<>();
        int per = 20;
        for (int k = 0; k < count; k++) {
            int[] v = new int[per * CHANNELS];
            for (int i = 0; i < per; i++) {
                long n = (long) k * per + i;
                for (int ch = 0; ch < CHANNELS; ch++) {
                    v[i * CHANNELS + ch] = (int) (1000 * Math.sin(2 * Math.PI * 7 * n / RATE + ch) + r.nextGaussian() * 200);
                }
            }
            out.add(new SampleBlock((long) k * per, CHANNELS, per, v, 0));
        }
        return out;
    }

    @Test
    void frameByFrameDrawingMatchesOneWholeDrawing() {
        List<SampleBlock> data = blocks(150);                  // 6 s of a 10 s sweep
        DisplaySettings settings = DisplaySettings.defaults().withSensitivity(50);
        LiveSweep incremental = new LiveSweep(signals(), 10);
        PageImage frames = new PageImage(900, 400);
        int blocksDrawn = 0;
        for (SampleBlock b : data) {
            incremental.onBlock(b);
            long[] latencies = incremental.drawFrame(frames, settings, List.of());
            assertThat(latencies).hasSize(1);
            assertThat(latencies[0]).isNotNegative();
            blocksDrawn += latencies.length;
        }
        assertThat(blocksDrawn).isEqualTo(150);
        assertThat(incremental.shownSeconds()).isEqualTo(6.0);
        assertThat(incremental.dirtyRight() - incremental.dirtyLeft()).as("a frame redraws a narrow strip")
                .isLessThan(60);

        LiveSweep whole = new LiveSweep(signals(), 10);
        data.forEach(whole::onBlock);
        PageImage once = new PageImage(900, 400);
        whole.drawFrame(once, settings, List.of());

        TraceLayout layout = TraceLayout.of(900, 400, CHANNELS, settings);
        int cursor = layout.traceLeft() + (int) (0.6 * layout.traceWidth());
        int traced = 0;
        int differ = 0;
        for (int y = layout.top(); y < 400; y++) {
            for (int x = layout.traceLeft(); x < cursor; x++) {
                int a = frames.pixels()[y * 900 + x];
                int b = once.pixels()[y * 900 + x];
                if (b == TraceRenderer.TRACE) traced++;
                if (a != b) differ++;
            }
        }
        assertThat(traced).as("the whole drawing has traces to compare").isGreaterThan(5000);
        // A strip splits its samples into columns by itself: a column may hold one sample more or less than in the
        // whole page (6.5 samples per column here), which moves a noisy column's min/max by a pixel or two (about
        // 6 % of trace pixels, invisible side by side). A misplaced strip would differ in most of them.
        assertThat((double) differ / traced).isLessThan(0.10);
        // right of the cursor the first sweep is still empty, and the cursor line is drawn
        assertThat(frames.pixels()[200 * 900 + cursor + 20]).isEqualTo(TraceRenderer.BACKGROUND);
        assertThat(frames.pixels()[200 * 900 + cursor]).isNotEqualTo(TraceRenderer.BACKGROUND);
    }

    @Test
    void aNewSweepOverwritesTheOldOneFromTheLeft() {
        DisplaySettings settings = DisplaySettings.defaults().withSensitivity(50);
        LiveSweep sweep = new LiveSweep(signals(), 5);
        PageImage image = new PageImage(900, 400);
        List<SampleBlock> data = blocks(150);                   // 6 s on a 5 s sweep: the second sweep is 1 s in
        for (SampleBlock b : data) {
            sweep.onBlock(b);
            sweep.drawFrame(image, settings, List.of());
        }
        TraceLayout layout = TraceLayout.of(900, 400, CHANNELS, settings);
        int cursor = layout.traceLeft() + layout.traceWidth() / 5;
        assertThat(sweep.shownSeconds()).isEqualTo(6.0);
        // the erase band right of the cursor is blank, beyond it the previous sweep's traces are still there
        int row0 = layout.baselines()[0];
        boolean bandBlank = true;
        for (int y = layout.top(); y < 400; y++) {
            if (image.pixels()[y * 900 + cursor + 4] != TraceRenderer.BACKGROUND) bandBlank = false;
        }
        assertThat(bandBlank).isTrue();
        int oldTrace = 0;
        for (int y = row0 - 40; y < row0 + 40; y++) {
            for (int x = cursor + 40; x < cursor + 140; x++) if (image.pixels()[y * 900 + x] == TraceRenderer.TRACE) oldTrace++;
        }
        assertThat(oldTrace).isGreaterThan(50);
    }

    @Test
    void averageMontageRemovesWhatAllChannelsShare() {
        // every channel carries the same 7 Hz sine: against the average of all, nothing is left
        List<SampleBlock> common = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            int[] v = new int[20 * CHANNELS];
            for (int i = 0; i < 20; i++) {
                for (int ch = 0; ch < CHANNELS; ch++) v[i * CHANNELS + ch] = (int) (1000 * Math.sin(2 * Math.PI * 7 * (k * 20 + i) / RATE));
            }
            common.add(new SampleBlock(k * 20L, CHANNELS, 20, v, 0));
        }
        DisplaySettings settings = DisplaySettings.defaults().withSensitivity(10);
        TraceLayout layout = TraceLayout.of(900, 400, CHANNELS, settings);
        int[] spans = new int[2];
        for (String montage : List.of("as-recorded", "average")) {
            LiveSweep sweep = new LiveSweep(signals(), 10);
            sweep.setMontage(montage);
            common.forEach(sweep::onBlock);
            PageImage image = new PageImage(900, 400);
            sweep.drawFrame(image, settings, List.of());
            int rows = 0;
            int base = layout.baselines()[2];
            for (int y = base - 30; y <= base + 30; y++) {
                for (int x = layout.traceLeft() + 10; x < layout.traceLeft() + 100; x++) {
                    if (image.pixels()[y * 900 + x] == TraceRenderer.TRACE) {
                        rows++;
                        break;
                    }
                }
            }
            spans[montage.equals("average") ? 1 : 0] = rows;
        }
        assertThat(spans[0]).as("rows the as-recorded trace covers").isGreaterThan(20);
        assertThat(spans[1]).as("rows the average-referenced trace covers").isLessThanOrEqualTo(2);
        assertThatThrownBy(() -> new LiveSweep(signals(), 10).setMontage("double-banana"))
                .hasMessageContaining("as-recorded or average");
    }
}
