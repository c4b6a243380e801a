package dev.copydesk.article;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text article: paragraphs separated by blank lines, the first of them the headline
 * unless it reads like a story's lead (a short kicker line before it is skipped). A first paragraph that runs
 * on like story text ("NEW ORLEANS - Both analysts, Lou Holtz and Mark May, are paid …") is the
 * story's first paragraph: taking it for a headline would leave the people it introduces
 * unintroduced in the body.
 */
public final class TextArticleParser {

    public Article parse(String path, String text) {
        List<int[]> paras = paragraphs(text);
        int first = paras.size() >= 3 && isKicker(text, paras.get(0)) && isHeadlineLike(text, paras.get(1)) ? 1 : 0;
        boolean headline = !paras.isEmpty() && (first == 1 || !isLeadLike(text, paras.get(0)));
        List<Block> blocks = new ArrayList<>();
        TextBudget budget = new TextBudget();
        for (int i = first; i < paras.size() && !budget.isSpent(); i++) {
            int[] p = paras.get(i);
            Block b = block(text, p[0], p[1], i == first && headline ? BlockKind.HEADLINE : BlockKind.BODY);
            if (b == null || b.kind() == BlockKind.BODY && (Furniture.FURNITURE_TEXT.matcher(b.text()).find()
                    || b.text().matches("\\s*<!--.*-->\\s*"))) {
                continue; // furniture, or a comment line such as a copydesk-disable directive
            }
            blocks.add(b);
            budget.spend(b);
        }
        LineIndex lines = new LineIndex(text);
        return Articles.assemble(path, PageMetadata.NONE, blocks, lines, SuppressionScanner.scanText(text, lines),
                "paragraphs between blank lines");
    }

    /** Labels that open a snippet paragraph of display type: "[headline] Fire kills 12". */
    private static final java.util.regex.Pattern LABEL = java.util.regex.Pattern.compile(
            "^\\[(headline|dek|caption|pullquote)] ");

    /**
     * Reads a snippet (a rule example): every paragraph is body, but one that opens with
     * {@code [headline] }, {@code [dek] }, {@code [caption] } or {@code [pullquote] } is that kind of
     * block (the label is no part of its text); a dateline sets the date.
     */
    public Article parseSnippet(String path, String text) {
        List<Block> blocks = new ArrayList<>();
        for (int[] p : paragraphs(text)) {
            java.util.regex.Matcher label = LABEL.matcher(text.substring(p[0], p[1]));
            BlockKind kind = label.find() ? BlockKind.valueOf(label.group(1).toUpperCase(java.util.Locale.ROOT)) : BlockKind.BODY;
            Block b = block(text, p[0] + (kind == BlockKind.BODY ? 0 : label.end()), p[1], kind);
            if (b != null) {
                blocks.add(b);
            }
        }
        return Articles.assemble(path, PageMetadata.NONE, blocks, new LineIndex(text), List.of(), "snippet");
    }

    private static Block block(String text, int start, int end, BlockKind kind) {
        TextBuilder tb = new TextBuilder();
        for (int i = start; i < end; i++) {
            tb.append(text.charAt(i), i, i + 1);
        }
        return tb.isBlank() ? null : tb.build(kind);
    }

    /** [start, end) of each paragraph: runs of non-blank lines (lines end at LF, CRLF or a lone CR). */
    private static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int n = text.length();
        int start = -1;
        int end = -1;
        for (int i = 0; i < n; ) {
            int lineEnd = lineEnd(text, i);
            if (isBlank(text, i, lineEnd)) {
                if (start >= 0) {
                    out.add(new int[]{start, end});
                    start = -1;
                }
            } else {
                if (start < 0) {
                    start = i;
                }
                end = lineEnd;
            }
            i = lineEnd < n && text.charAt(lineEnd) == '\r' && lineEnd + 1 < n && text.charAt(lineEnd + 1) == '\n'
                    ? lineEnd + 2 : lineEnd + 1;
        }
        if (start >= 0) {
            out.add(new int[]{start, end});
        }
        return out;
    }

    private static int lineEnd(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
            i++;
        }
        return i;
    }

    private static boolean isBlank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isKicker(String text, int[] p) {
        String t = text.substring(p[0], p[1]).strip();
        return t.split("\\s+").length <= 4 && !t.matches(".*[.?!:]$") && isSingleLine(text, p);
    }

    /** One line, under 25 words, not ending like a sentence: a headline, not a first paragraph. */
    private static boolean isHeadlineLike(String text, int[] p) {
        String t = text.substring(p[0], p[1]).strip();
        return isSingleLine(text, p) && t.split("\\s+").length < 25 && !t.endsWith(".");
    }

    /** A dateline opening a story: "NEW ORLEANS - ", "LONDON (Reuters) — ". */
    private static final java.util.regex.Pattern DATELINE = java.util.regex.Pattern.compile(
            "^\\p{Lu}[\\p{Lu} .'’,]{2,}(\\([^)]{1,30}\\))?\\s*(-{1,2}|[\u2013\u2014])\\s");

    /**
     * A first paragraph that is the story's lead, not a headline: it opens with a dateline, runs to 25
     * words or more, or ends with a full stop as sentences do (headlines seldom do). A headline with a
     * dek on the next line stays a headline.
     */
    private static boolean isLeadLike(String text, int[] p) {
        String t = text.substring(p[0], p[1]).strip();
        return DATELINE.matcher(t).find() || t.split("\\s+").length >= 25 || t.matches("(?s).*\\.[\"”’]?");
    }

    private static boolean isSingleLine(String text, int[] p) {
        String t = text.substring(p[0], p[1]).strip();
        return t.indexOf('\n') < 0 && t.indexOf('\r') < 0;
    }
}
