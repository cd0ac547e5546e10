package io.braingobrrr.app.cli;

import io.braingobrrr.core.report.ClinicSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/** `brrr clinic [--name N] [--logo F.png]`: the clinic name and logo printed on every report. */
@Command(name = "clinic", description = "Show or set the clinic name and logo printed on reports.")
final class ClinicCommand extends SubcommandBase {
    static final int MAX_LOGO_BYTES = 1 << 20;

    @Option(names = "--name", paramLabel = "N", description = "Clinic name for the report header.")
    String name;

    @Option(names = "--logo", paramLabel = "FILE", description = "PNG or JPEG logo (at most 1 MB).")
    Path logo;

    record Document(String name, int logoBytes) {
    }

    @Override
    protected int execute() throws Exception {
        byte[] image = null;
        if (logo != null) {
            image = Files.readAllBytes(inputFile(logo));
            if (image.length > MAX_LOGO_BYTES) throw new BadInputException("--logo " + logo + ": " + image.length + " bytes, at most " + MAX_LOGO_BYTES);
            if (!isPng(image) && !isJpeg(image)) throw new BadInputException("--logo " + logo + ": not a PNG or JPEG image (first bytes)");
        }
        if (name != null && name.isBlank()) throw new BadInputException("--name must not be blank");
        ClinicSettings settings = new ClinicSettings(database());
        if (name != null) settings.setClinicName(name);
        if (image != null) settings.setLogo(image);
        Document d = new Document(settings.clinicName(), settings.logo().map(b -> b.length).orElse(0));
        if (json()) printJson(d);
        else out().println(d.name() + (d.logoBytes() > 0 ? " (logo " + d.logoBytes() + " bytes)" : " (no logo)"));
        return Cli.OK;
    }

    private static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isJpeg(byte[] b) {
        return b.length > 3 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xD8 && (b[2] & 0xff) == 0xFF;
    }
}
