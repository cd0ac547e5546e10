package io.braingobrrr.analysis.validation;

/** A DREAMS, Bonn or hypnogram file does not have the expected layout; the message names file and line. */
public final class DataFormatException extends IllegalArgumentException {
    public DataFormatException(String message) {
        super(message);
    }
}
