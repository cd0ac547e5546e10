package io.braingobrrr.app.cli;

import io.braingobrrr.analysis.dsp.DisplayFilter;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.core.montage.Montage;
import io.braingobrrr.core.montage.StandardMontages;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The viewer's display choices on the command line (screenshot, bench render). */
final class ViewOptions {
    @Option(names = "--montage", paramLabel = "NAME",
            description = "as-recorded, average, double-banana, transverse or laplacian (default as-recorded).")
    String montage = StandardMontages.AS_RECORDED;

    @Option(names = "--page", paramLabel = "S", description = "Page length in seconds (default 10).")
    double page = DisplaySettings.DEFAULT_PAGE_SECONDS;

    @Option(names = "--sensitivity", paramLabel = "UV_PER_MM", description = "Sensitivity in µV/mm (default 7).")
    double sensitivity = DisplaySettings.DEFAULT_SENSITIVITY;

    @Option(names = "--mm-per-pixel", paramLabel = "MM", description = "Screen calibration (default 0.25).")
    double mmPerPixel = DisplaySettings.DEFAULT_MM_PER_PIXEL;

    @Option(names = "--positive-up", description = "Draw positive values upwards (default: negative up, the EEG convention).")
    boolean positiveUp;

    @Option(names = "--lff", paramLabel = "HZ", description = "Low-frequency filter (high-pass), Hz; 0 = off (default 1, ACNS).")
    double lff = DisplayFilter.Settings.ACNS_DEFAULT.lffHz();

    @Option(names = "--hff", paramLabel = "HZ", description = "High-frequency filter (low-pass), Hz; 0 = off (default 70, ACNS).")
    double hff = DisplayFilter.Settings.ACNS_DEFAULT.hffHz();

    @Option(names = "--notch", paramLabel = "HZ", description = "Mains notch, 50 or 60 Hz; 0 = off (default off, ACNS).")
    double notch = DisplayFilter.Settings.ACNS_DEFAULT.notchHz();

    DisplayFilter.Settings filters() throws BadInputException {
        if (notch != 0 && notch != 50 && notch != 60) throw new BadInputException("--notch must be 0 (off), 50 or 60, got " + notch);
        try {
            return new DisplayFilter.Settings(lff, hff, notch);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    DisplaySettings settings() throws BadInputException {
        if (!(page > 0) || page > 3600) throw new BadInputException("--page must be > 0 and <= 3600 seconds, got " + page);
        try {
            return new DisplaySettings(sensitivity, page, mmPerPixel, !positiveUp);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The montage by name applied to the recording; refuses a montage the recording cannot show at all. */
    PageLoader loader(SignalSource recording, Path file) throws BadInputException {
        Montage m;
        try {
            m = StandardMontages.forName(montage, recording.signals());
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--montage: " + e.getMessage());
        }
        PageLoader loader = new PageLoader(recording, m, filters());
        if (loader.labels().isEmpty()) {
            throw new BadInputException("montage " + montage + " has no derivation " + file.getFileName()
                    + " can show (its signals are not 10-20 scalp electrodes?); try --montage as-recorded");
        }
        return loader;
    }
}
