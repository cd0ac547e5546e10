package io.braingobrrr.analysis.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Locates ../shared (real recordings and references) beside the checkout; tests skip when it is absent. */
public final class SharedData {
    private SharedData() {
    }

    public static Path root() {
        String dir = System.getProperty("brrr.shared.dir", "../shared");
        Path p = Path.of(dir).toAbsolutePath().normalize();
        Assumptions.assumeTrue(Files.isDirectory(p.resolve("data")),
                "shared test data not found at " + p + " (set -Dbrrr.shared.dir); skipping tests on real recordings");
        return p;
    }

    public static Path data(String relative) {
        Path p = root().resolve("data").resolve(relative);
        Assumptions.assumeTrue(Files.exists(p), "shared data file missing: " + relative);
        return p;
    }

    /** Reference JSON of a data file: reference/mne/&lt;path with / replaced by __&gt;.json. */
    public static Path reference(String relative) {
        return root().resolve("reference/mne").resolve(relative.replace("/", "__") + ".json");
    }

    /** Every EDF/BDF under shared/data, as paths relative to data/, sorted. */
    public static List<String> allEdfAndBdf() {
        Path data = root().resolve("data");
        try (Stream<Path> s = Files.walk(data)) {
            return s.filter(Files::isRegularFile)
                    .filter(p -> {
                        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                        return n.endsWith(".edf") || n.endsWith(".bdf");
                    })
                    .map(p -> data.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
