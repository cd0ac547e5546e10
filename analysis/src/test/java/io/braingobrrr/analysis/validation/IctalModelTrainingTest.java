package io.braingobrrr.analysis.validation;

import io.braingobrrr.analysis.events.IctalSegmentClassifier;
import io.braingobrrr.core.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The shipped ictal model is what `brrr validate --write-ictal-model` trains from shared/data, to the last digit. */
class IctalModelTrainingTest {
    @TempDir
    Path dir;

    @Test
    void trainingCommandReproducesTheShippedModel() throws IOException {
        Path data = SharedData.data("seizure/bonn").getParent().getParent();
        Path out = dir.resolve("ictal-model.txt");
        ValidationReport.writeIctalModel(data, out);
        String shipped;
        try (InputStream in = IctalSegmentClassifier.class.getResourceAsStream(IctalSegmentClassifier.MODEL_RESOURCE)) {
            shipped = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(out)).isEqualTo(shipped);
        assertThat(shipped).contains("trained on: all 100 Bonn segments");
    }
}
