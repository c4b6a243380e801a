package dev.copydesk.stress;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;

/**
 * Writes the pathological inputs of issue 14 (generated, never committed): the stress test runs
 * them through the command line, {@code bench/stress/run.sh} measures each with the jar. Every
 * article but the 100 MB page also holds one known error, a weekday that does not match its
 * date, so that a test can see the article was really analysed.
 * <p>
 * Usage: {@code java -cp target/test-classes dev.copydesk.stress.StressInputs DIR [--big]}
 */
public final class StressInputs {
    /** A sentence with a known error: Nov. 14, 2012 was a Wednesday. */
    public static final String KNOWN_ERROR = "The talks began on Thursday, Nov. 14, 2012, officials said.";

    private static final String[] WORDS = ("the mayor council budget would grow next year after residents complained "
            + "about roads and schools in city hall spokesman plan vote members").split(" ");

    private StressInputs() {
    }

    /** Writes every case into {@code dir}; returns file name → what it is. With {@code big}, also the 100 MB page. */
    public static Map<String, String> write(Path dir, boolean big) throws IOException {
        Map<String, String> cases = new LinkedHashMap<>();
        Files.createDirectories(dir);
        String nestedText = "<p>" + KNOWN_ERROR + "</p>";
        write(dir, "nested-b.html", html("<b>".repeat(50_000) + nestedText + "</b>".repeat(50_000)));
        cases.put("nested-b.html", "50,000 nested <b>");
        write(dir, "nested-span.html", html("<span>".repeat(50_000) + nestedText + "</span>".repeat(50_000)));
        cases.put("nested-span.html", "50,000 nested <span>");
        write(dir, "unclosed-title.html", "<html><head><title>Talks end</titl></head><body><article>\n<h1>Talks end</h1>\n"
                + "<p>" + KNOWN_ERROR + "</p>\n" + "<p>The council will meet again next month to vote on the plan.</p>\n"
                        .repeat(200) + "</article></body></html>\n");
        cases.put("unclosed-title.html", "a page whose </title> is mistyped (</titl>)");
        write(dir, "quotes-10000.txt", text(quoteMarks(10_000)));
        cases.put("quotes-10000.txt", "a paragraph with 10,000 quotation marks");
        write(dir, "unpunctuated-4mb.txt", text(words(4_000_000, new Random(1))));
        cases.put("unpunctuated-4mb.txt", "a 4 MB paragraph without punctuation");
        write(dir, "word-1mb.txt", text("He wrote " + "x".repeat(1_000_000) + " on the wall"));
        cases.put("word-1mb.txt", "a 1 MB word");
        write(dir, "capitalised-run.txt", text(capitalisedRun(100_000)));
        cases.put("capitalised-run.txt", "a capitalised run of 100,000 words");
        write(dir, "busy-paragraph.txt", text(busyParagraph(6_000, new Random(3))));
        cases.put("busy-paragraph.txt", "a paragraph of 6,000 short sentences of quotes, names, titles and hedges");
        write(dir, "dates.txt", text("The code 2012-13-45 and 2012-02-00 are not dates, nor is Feb. 0, 2012; the rocks "
                + "formed 4500000000 years ago and 99999999999999999999 days later nothing was left."));
        cases.put("dates.txt", "malformed dates");
        write(dir, "cr-only.txt", "Talks end\r\r" + KNOWN_ERROR + "\r");
        cases.put("cr-only.txt", "CR-only line ends");
        if (big) {
            writeBigPage(dir.resolve("page-100mb.html"));
            cases.put("page-100mb.html", "a 100 MB page (with --max-file-size 200MB)");
        }
        return cases;
    }

    private static String html(String body) {
        return "<html><head><title>Talks end</title></head><body><article><h1>Talks end</h1>\n" + body
                + "\n</article></body></html>\n";
    }

    /** A headline, the paragraph with the known error, then the pathological paragraph. */
    private static String text(String paragraph) {
        return "Talks end\n\n" + KNOWN_ERROR + "\n\n" + paragraph + "\n";
    }

    private static String quoteMarks(int marks) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < marks / 2; i++) {
            sb.append("\"word ").append(i).append("\" ");
        }
        return sb.toString();
    }

    private static String words(int chars, Random random) {
        StringBuilder sb = new StringBuilder(chars + 16);
        while (sb.length() < chars) {
            sb.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
        }
        return sb.toString();
    }

    /**
     * Sentences of news copy in one paragraph: every person-, quote- and claim-finding step meets
     * thousands of mentions, quotes and hedges in one block (each used to rescan the others).
     */
    private static String busyParagraph(int sentences, Random random) {
        String[] given = {"John", "Mary", "Ana", "Luis", "Wei", "Olga", "Peter", "Sara"};
        String[] surnames = {"Smith", "Cruz", "Ortega", "Chen", "Petrova", "Jones", "Baker", "Khan"};
        String[] titles = {"Mayor", "Sen.", "Dr.", "Gov.", "police spokeswoman", "economist"};
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            String g = given[random.nextInt(given.length)];
            String s = surnames[random.nextInt(surnames.length)];
            String t = titles[random.nextInt(titles.length)];
            sb.append(switch (i % 6) {
                case 0 -> "\"We will win,\" " + t + " " + g + " " + s + " said on Monday, Nov. " + (i % 28 + 1) + ", 2012.";
                case 1 -> s + " allegedly took $" + i + " from the fund, according to police.";
                case 2 -> g + " " + s + ", the mayor, said the plan \"would fail\" and that \"nobody cared.\"";
                case 3 -> "Last Tuesday " + s + " told reporters: \"It is over.\" " + g + " reportedly agreed.";
                case 4 -> "\"Yes,\" said " + s + ". \"No,\" said " + g + ".";
                default -> t + " " + s + " was " + i + " days late, sources said.";
            }).append(' ');
        }
        return sb.toString();
    }

    private static String capitalisedRun(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            sb.append((char) ('A' + i % 26)).append("bc").append((char) ('a' + (i / 26) % 26)).append(' ');
        }
        return sb.toString();
    }

    private static void writeBigPage(Path file) throws IOException {
        Random random = new Random(2);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("<html><head><title>Big page</title></head><body><article><h1>Big page</h1>\n");
            long written = 0;
            while (written < 100_000_000L) {
                String p = "<p>" + words(480, random) + ". John Smith said on Monday.</p>\n";
                w.write(p);
                written += p.length();
            }
            w.write("</article></body></html>\n");
        }
    }

    private static void write(Path dir, String name, String content) throws IOException {
        Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        boolean big = args.length > 1 && args[1].equals("--big");
        write(dir, big).forEach((name, what) -> System.out.println(name + "\t" + what));
    }
}
