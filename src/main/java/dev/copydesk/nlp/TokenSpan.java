package dev.copydesk.nlp;

/** A run of tokens [start, end) in a sentence, with a type ("person" from a name finder model). */
public record TokenSpan(int start, int end, String type) {
}
