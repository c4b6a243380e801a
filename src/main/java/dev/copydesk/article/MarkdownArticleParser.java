package dev.copydesk.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Reads a Markdown article (CommonMark, the format of static-site article repositories): YAML
 * front matter gives title, date and author; paragraphs are body, block quotes block quotes, a
 * paragraph that is only an image and its caption a caption. Positions come from the parser's
 * source spans, so every char maps back to the file.
 */
public final class MarkdownArticleParser {
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A(?:\\uFEFF| )?---[ \\t]*\\r?\\n(.*?)\\r?\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);
    /** Made on first use: only articles with front matter need it, and Jackson's start costs an HTML-only run. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = new ObjectMapper(new YAMLFactory());
    }
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    public Article parse(String path, String text) {
        FrontMatter fm = FrontMatter.read(text);
        List<Block> blocks = new ArrayList<>();
        TextBudget budget = new TextBudget();
        for (Block b : new Block[]{fm.headline(), fm.dek()}) {
            if (b != null) {
                blocks.add(b);
                budget.spend(b);
            }
        }
        boolean titled = fm.headline() != null;
        for (Node n = PARSER.parse(fm.body()).getFirstChild(); n != null && !budget.isSpent(); n = n.getNext()) {
            for (Block b : blocks(n, titled)) {
                titled |= b.kind() == BlockKind.HEADLINE;
                blocks.add(b);
                budget.spend(b);
            }
        }
        LineIndex lines = new LineIndex(text);
        return Articles.assemble(path, fm.meta(), blocks, lines, SuppressionScanner.scanText(text, lines),
                "Markdown blocks");
    }

    /**
     * What the front matter says: title (the headline, mapped to where it is written), dek, date and
     * author; and the text the Markdown parser reads, the front matter blanked out (same length, so
     * its offsets are the file's). Malformed front matter is blanked out too and says nothing.
     */
    private record FrontMatter(PageMetadata meta, Block headline, Block dek, String body) {
        static FrontMatter read(String text) {
            Matcher fm = FRONT_MATTER.matcher(text);
            if (!fm.find()) {
                return new FrontMatter(PageMetadata.NONE, null, null, text);
            }
            String body = blank(text, fm.end());
            JsonNode meta = frontMatter(fm.group(1));
            if (meta == null) {
                return new FrontMatter(PageMetadata.NONE, null, null, body);
            }
            String title = meta.path("title").asText(null);
            Block headline = title == null || title.isBlank() ? null
                    : valueBlock(text, fm.start(1), fm.end(1), title, BlockKind.HEADLINE);
            String standfirst = firstText(meta, "dek", "subtitle", "description");
            Block dek = standfirst == null ? null : valueBlock(text, fm.start(1), fm.end(1), standfirst, BlockKind.DEK);
            LocalDate published = PublicationDates.parse(meta.path("date").asText(meta.path("published").asText(null)));
            String byline = meta.path("author").isTextual() ? meta.path("author").asText() : null;
            return new FrontMatter(new PageMetadata(published, published == null ? null : "front matter",
                    headline == null ? List.of() : List.of(title), byline), headline, dek, body);
        }
    }

    /**
     * The blocks of one top-level node: a paragraph (a caption when it is only an image; furniture
     * left out), each paragraph of a block quote or a list, the first level-1 heading as the
     * headline when the article has none yet ({@code titled}); nothing from other nodes.
     */
    private static List<Block> blocks(Node n, boolean titled) {
        List<Block> out = new ArrayList<>();
        if (n instanceof Heading h && h.getLevel() == 1 && !titled) {
            addIfText(out, inlineBlock(h, BlockKind.HEADLINE));
        } else if (n instanceof Paragraph p) {
            Block b = inlineBlock(p, isImageOnly(p) ? BlockKind.CAPTION : BlockKind.BODY);
            if (b != null && !Furniture.FURNITURE_TEXT.matcher(b.text()).find()) {
                out.add(b);
            }
        } else if (n instanceof BlockQuote q) {
            for (Node c = q.getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof Paragraph p) {
                    addIfText(out, inlineBlock(p, BlockKind.BLOCKQUOTE));
                }
            }
        } else if (n instanceof ListBlock list) {
            for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
                    if (c instanceof Paragraph p) {
                        addIfText(out, inlineBlock(p, BlockKind.BODY));
                    }
                }
            }
        }
        return out;
    }

    private static void addIfText(List<Block> out, Block b) {
        if (b != null) {
            out.add(b);
        }
    }

    private static JsonNode frontMatter(String yaml) {
        try {
            return Yaml.MAPPER.readTree(yaml);
        } catch (Exception e) {
            return null; // malformed front matter: the article is still checked, without its metadata
        }
    }

    private static String blank(String text, int upTo) {
        StringBuilder sb = new StringBuilder(text);
        for (int i = 0; i < upTo; i++) {
            if (sb.charAt(i) != '\n' && sb.charAt(i) != '\r') {
                sb.setCharAt(i, ' ');
            }
        }
        return sb.toString();
    }

    /** The first of {@code keys} the front matter gives a text for, or null. */
    private static String firstText(JsonNode meta, String... keys) {
        for (String k : keys) {
            if (meta.path(k).isTextual() && !meta.path(k).asText().isBlank()) {
                return meta.path(k).asText();
            }
        }
        return null;
    }

    /** A front matter value (the title, the dek) as a block, mapped to where it is written. */
    private static Block valueBlock(String text, int from, int to, String value, BlockKind kind) {
        int at = text.substring(from, to).indexOf(value);
        TextBuilder tb = new TextBuilder();
        int base = at >= 0 ? from + at : from;
        for (int i = 0; i < value.length(); i++) {
            int pos = at >= 0 ? base + i : base;
            tb.append(value.charAt(i), pos, pos + 1);
        }
        return tb.isBlank() ? null : tb.build(kind);
    }

    private static boolean isImageOnly(Paragraph p) {
        return p.getFirstChild() instanceof Image && p.getFirstChild().getNext() == null;
    }

    private static Block inlineBlock(Node container, BlockKind kind) {
        TextBuilder tb = new TextBuilder();
        appendInline(container, tb);
        return tb.isBlank() ? null : tb.build(kind);
    }

    /** The text of the inline nodes under {@code parent}, in order (an explicit stack: emphasis can nest deep). */
    private static void appendInline(Node parent, TextBuilder tb) {
        java.util.Deque<Node> next = new java.util.ArrayDeque<>();
        if (parent.getFirstChild() != null) {
            next.push(parent.getFirstChild());
        }
        while (!next.isEmpty()) {
            Node n = next.pop();
            if (n.getNext() != null) {
                next.push(n.getNext());
            }
            if (n instanceof Text t) {
                appendLiteral(t.getLiteral(), t.getSourceSpans(), tb);
            } else if (n instanceof Code c) {
                appendLiteral(c.getLiteral(), c.getSourceSpans(), tb);
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                List<SourceSpan> spans = n.getSourceSpans();
                tb.space(spans.isEmpty() ? 0 : spans.get(0).getInputIndex());
            } else if (!(n instanceof HtmlInline) && n.getFirstChild() != null) {
                next.push(n.getFirstChild()); // emphasis, strong, links: their text; an image: its alt text
            }
        }
    }

    /** Maps a literal onto its source spans; where escapes make them differ, onto the span start. */
    private static void appendLiteral(String literal, List<SourceSpan> spans, TextBuilder tb) {
        int total = 0;
        for (SourceSpan s : spans) {
            total += s.getLength();
        }
        if (spans.isEmpty()) {
            return;
        }
        if (total == literal.length()) {
            int i = 0;
            for (SourceSpan s : spans) {
                for (int k = 0; k < s.getLength(); k++, i++) {
                    int pos = s.getInputIndex() + k;
                    tb.append(literal.charAt(i), pos, pos + 1);
                }
            }
            return;
        }
        // Code spans drop their backticks: the literal sits inside the span.
        SourceSpan first = spans.get(0);
        int offset = Math.max(0, (total - literal.length()) / 2);
        for (int i = 0; i < literal.length(); i++) {
            int pos = first.getInputIndex() + Math.min(offset + i, Math.max(0, first.getLength() - 1));
            tb.append(literal.charAt(i), pos, pos + 1);
        }
    }
}
