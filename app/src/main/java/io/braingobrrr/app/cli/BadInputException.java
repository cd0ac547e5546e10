package io.braingobrrr.app.cli;

/** Input the user can fix (an option value, a label, an output path): exit status 2, message only. */
public class BadInputException extends Exception {
    public BadInputException(String message) {
        super(message);
    }
}
