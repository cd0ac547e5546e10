package io.braingobrrr.app.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shared test recordings (../shared/data) and their independent reference numbers
 * (../shared/reference/mne), located by the system property brrr.shared.dir that surefire sets.
 * Tests using them are skipped, saying why, when the folder is absent.
 */
public final class SharedData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private SharedData() {
    }

    /** A file under shared/data, e.g. "format/mne-testing-data/test_generator_2.edf". */
    public static Path file(String relative) {
        Path f = root().resolve("data").resolve(relative);
        assumeTrue(Files.isRegularFile(f), "shared test file missing, test skipped: " + f);
        return f;
    }

    /** The MNE reference JSON of a shared data file (path with '/' replaced by "__"). */
    public static JsonNode reference(String relative) {
        Path f = root().resolve("reference").resolve("mne").resolve(relative.replace("/", "__") + ".json");
        assumeTrue(Files.isRegularFile(f), "reference file missing, test skipped: " + f);
        try {
            return JSON.readTree(f.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        String dir = System.getProperty("brrr.shared.dir");
        assumeTrue(dir != null && !dir.isBlank(), "system property brrr.shared.dir not set; tests on shared data skipped");
        Path root = Path.of(dir);
        assumeTrue(Files.isDirectory(root.resolve("data")), "shared data folder absent, test skipped: " + root);
        return root;
    }
}
