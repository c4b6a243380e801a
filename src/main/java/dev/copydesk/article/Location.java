package dev.copydesk.article;

/** A span in the source file: 1-based lines and columns, end column exclusive. */
public record Location(int line, int column, int endLine, int endColumn) {
}
