package dev.copydesk.source;

/** An input that could not be read as an article; the message names the file and the problem. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
