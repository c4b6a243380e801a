package dev.copydesk.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;

/**
 * Splits double quotation marks off the words they touch. The tokenizer keeps a mark glued to a
 * word when copy leaves out the space (",”Kaplan says"), and the name behind it is lost.
 */
final class QuoteMarkSplit {
    private QuoteMarkSplit() {
    }

    static Span[] split(String text, Span[] spans) {
        List<Span> out = null;
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            int start = s.getStart();
            int end = s.getEnd();
            boolean lead = end - start > 1 && isMark(text.charAt(start)) && Character.isLetterOrDigit(text.charAt(start + 1));
            boolean trail = end - start > 1 && isMark(text.charAt(end - 1)) && Character.isLetterOrDigit(text.charAt(end - 2));
            if (!lead && !trail) {
                if (out != null) {
                    out.add(s);
                }
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(spans.length + 4);
                for (int k = 0; k < i; k++) {
                    out.add(spans[k]);
                }
            }
            if (lead) {
                out.add(new Span(start, start + 1));
                start++;
            }
            if (trail && end - 1 > start) {
                out.add(new Span(start, end - 1));
                out.add(new Span(end - 1, end));
            } else {
                out.add(new Span(start, end));
            }
        }
        return out == null ? spans : out.toArray(new Span[0]);
    }

    private static boolean isMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E';
    }
}
