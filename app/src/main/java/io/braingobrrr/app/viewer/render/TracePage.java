package io.braingobrrr.app.viewer.render;

import java.time.LocalDateTime;
import java.util.List;

/**
 * The data of one page, ready to draw: per channel a label and values in µV (NaN where the recording
 * has ended), covering {@code seconds} from {@code fromSeconds}; annotations with onsets in seconds from
 * the recording start.
 */
public record TracePage(List<String> labels, float[][] values, double fromSeconds, double seconds,
                        LocalDateTime recordingStart, List<Mark> marks) {
    /** An annotation to draw on the page. */
    public record Mark(double onsetSeconds, String text) {
    }

    public TracePage {
        labels = List.copyOf(labels);
        marks = List.copyOf(marks);
        if (labels.size() != values.length) {
            throw new IllegalArgumentException(labels.size() + " labels for " + values.length + " channels");
        }
    }

    public int channelCount() {
        return values.length;
    }
}
