package io.braingobrrr.app.cli;

import io.braingobrrr.app.report.Numbers;
import io.braingobrrr.app.viewer.page.PageLoader;
import io.braingobrrr.app.viewer.render.DisplaySettings;
import io.braingobrrr.app.viewer.render.PageImage;
import io.braingobrrr.core.io.RecordingReader;
import io.braingobrrr.core.recording.SignalSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;

/** `brrr screenshot FILE --from S --page S --montage NAME --out X.png`: one page drawn by the viewer's renderer, offscreen. */
@Command(name = "screenshot", description = {"Render one page of a recording as the viewer draws it, into a PNG.",
        "Montages: as-recorded, average, double-banana, transverse, laplacian."})
final class ScreenshotCommand extends SubcommandBase {
    @Parameters(index = "0", paramLabel = "FILE")
    Path file;

    @Option(names = "--out", required = true, paramLabel = "X.png", description = "PNG to write.")
    Path out;

    @Option(names = "--force", description = "Overwrite the PNG if it exists.")
    boolean force;

    @Option(names = "--from", paramLabel = "S", description = "Page start, seconds from the recording start (default 0).")
    double from;

    @Mixin
    ViewOptions view;

    @Option(names = "--width", paramLabel = "PX", description = "Image width in pixels (default 1600).")
    int width = 1600;

    @Option(names = "--height", paramLabel = "PX", description = "Image height in pixels (default 900).")
    int height = 900;

    record Document(String written, int width, int height, String montage, java.util.List<String> channels,
                    double fromS, double pageS) {
    }

    @Override
    protected int execute() throws Exception {
        DisplaySettings settings = view.settings();
        if (!(from >= 0) || Double.isInfinite(from)) throw new BadInputException("--from must be a number >= 0, got " + from);
        if (width < 400 || width > 10000 || height < 200 || height > 10000) {
            throw new BadInputException("--width and --height must be 400..10000 and 200..10000 pixels, got "
                    + width + " x " + height);
        }
        outputFile(out, force);
        try (SignalSource recording = RecordingReader.open(inputFile(file))) {
            if (from >= recording.durationSeconds()) {
                throw new BadInputException("--from " + Numbers.plain(from) + " is past the end of " + file.getFileName()
                        + " (" + Numbers.seconds(recording.durationSeconds()) + " s)");
            }
            PageLoader loader = view.loader(recording, file);
            PageImage image = new PageImage(width, height);
            image.draw(loader.load(from, settings.pageSeconds()), settings);
            image.writePng(out);
            if (json()) {
                printJson(new Document(out.toString(), width, height, view.montage, loader.labels(), from, settings.pageSeconds()));
            } else {
                out().println("Wrote " + out + " (" + width + " x " + height + ", " + view.montage + ", "
                        + loader.labels().size() + " channels, " + Numbers.plain(from) + " s + "
                        + Numbers.plain(settings.pageSeconds()) + " s)");
            }
        }
        return Cli.OK;
    }
}
