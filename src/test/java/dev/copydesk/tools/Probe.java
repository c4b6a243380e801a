package dev.copydesk.tools;

import dev.copydesk.TestSupport;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import dev.copydesk.nlp.Sentence;
import dev.copydesk.nlp.Token;

/** Development aid: prints what copydesk reads in a snippet (tokens, people, titles, quotes). Not a test. */
public final class Probe {
    private Probe() {
    }

    public static void main(String[] args) {
        for (String text : args) {
            Facts f = TestSupport.analyzer().analyze(new TextArticleParser().parseSnippet("probe.txt", text));
            System.out.println("== " + text);
            for (var ab : f.annotated().blocks()) {
                for (Sentence s : ab.sentences()) {
                    StringBuilder sb = new StringBuilder("   ");
                    for (Token t : s.tokens()) {
                        sb.append(t.text()).append('/').append(t.tag()).append(' ');
                    }
                    System.out.println(sb);
                }
            }
            for (Person p : f.people()) {
                System.out.println("  person " + p.name() + " [" + p.gender() + "]");
                for (Mention m : p.mentions()) {
                    System.out.println("    " + m.text() + " " + m.form() + (m.title() == null ? "" : "  — " + m.title().text()
                            + " (" + m.title().source() + ", heads " + m.title().heads() + " " + m.title().kind() + " field=" + m.title().field() + " spec=" + m.title().specifiers() + ")"));
                }
            }
            for (Mention m : f.unattached()) {
                System.out.println("  unattached " + m.text());
            }
            for (Quote q : f.quotes()) {
                System.out.println("  quote “" + q.text() + "” — " + (q.speaker() == null ? "(none)" : q.speaker().name() + " [" + q.speaker().attribution().label() + "]"));
            }
        }
    }
}
