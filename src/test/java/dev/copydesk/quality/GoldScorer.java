package dev.copydesk.quality;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.article.Block;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.dates.DateMention;
import dev.copydesk.facts.people.Mention;
import dev.copydesk.facts.people.Person;
import dev.copydesk.facts.quotes.Quote;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Scores copydesk's facts for one page against its hand annotation (bench/gold/README.md):
 * people, mentions, titles at mentions, quote speakers, dates and their values. Counts are
 * added to a {@link Tally} per layer; every error is written down for the report.
 */
final class GoldScorer {
    private static final Set<String> SUFFIXES = Set.of("jr", "jr.", "sr", "sr.", "ii", "iii", "iv");
    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "in", "at", "for", "and", "'s", "s", "to", "on");

    /** Counts for one layer: true positives, false positives, false negatives. */
    static final class Tally {
        int tp;
        int fp;
        int fn;

        void add(Tally o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One page's tallies (people, mentions, titles, speakers, dates, date values) and its errors. */
    static final class Result {
        final Map<String, Tally> layers = new LinkedHashMap<>();
        final List<String> errors = new ArrayList<>();

        Result() {
            for (String l : new String[]{"people", "mentions", "titles", "speakers", "dates", "date values"}) {
                layers.put(l, new Tally());
            }
        }

        Tally get(String layer) {
            return layers.get(layer);
        }
    }

    private record Predicted(String name, List<Mention> mentions) {
    }

    static Result score(JsonNode gold, Facts facts) {
        Result r = new Result();
        List<Predicted> people = new ArrayList<>();
        for (Person p : facts.people()) {
            List<Mention> story = p.mentions().stream().filter(m -> inStory(m.block())).toList();
            if (!story.isEmpty()) {
                people.add(new Predicted(p.name(), story));
            }
        }
        List<JsonNode> goldPeople = new ArrayList<>();
        gold.path("people").forEach(goldPeople::add);
        Map<JsonNode, Predicted> matched = matchPeople(goldPeople, people);
        scorePeople(r, goldPeople, people, matched);
        scoreQuotes(r, gold, facts, goldPeople);
        scoreDates(r, gold, facts);
        return r;
    }

    static boolean inStory(Block b) {
        return b.kind().isStoryText() && b.kind().isAnalysed();
    }

    // ---- people, mentions, titles

    private static Map<JsonNode, Predicted> matchPeople(List<JsonNode> gold, List<Predicted> predicted) {
        record Pair(JsonNode g, Predicted p, int score) {
        }
        List<Pair> pairs = new ArrayList<>();
        for (JsonNode g : gold) {
            for (Predicted p : predicted) {
                int s = matchScore(g, p);
                if (s > 0) {
                    pairs.add(new Pair(g, p, s));
                }
            }
        }
        pairs.sort((a, b) -> Integer.compare(b.score(), a.score()));
        Map<JsonNode, Predicted> out = new LinkedHashMap<>();
        Set<Predicted> used = new HashSet<>();
        for (Pair x : pairs) {
            if (!out.containsKey(x.g()) && !used.contains(x.p())) {
                out.put(x.g(), x.p());
                used.add(x.p());
            }
        }
        return out;
    }

    private static int matchScore(JsonNode g, Predicted p) {
        String gn = norm(g.path("name").asText());
        String pn = norm(p.name());
        if (gn.equals(pn)) {
            return 4;
        }
        Set<String> goldTexts = new HashSet<>();
        g.path("mentions").forEach(m -> goldTexts.add(norm(m.path("text").asText())));
        for (Mention m : p.mentions()) {
            if (m.given() != null && (norm(m.text()).equals(gn) || goldTexts.contains(norm(m.text())) && norm(m.text()).contains(" "))) {
                return 3;
            }
        }
        if (surname(gn).equals(surname(pn)) && compatibleGiven(gn, pn)) {
            return 2;
        }
        int shared = 0;
        for (Mention m : p.mentions()) {
            if (goldTexts.contains(norm(m.text()))) {
                shared++;
            }
        }
        return shared * 2 > p.mentions().size() ? 1 : 0;
    }

    private static void scorePeople(Result r, List<JsonNode> gold, List<Predicted> predicted, Map<JsonNode, Predicted> matched) {
        Tally people = r.get("people");
        Tally mentions = r.get("mentions");
        Tally titles = r.get("titles");
        for (JsonNode g : gold) {
            Predicted p = matched.get(g);
            List<JsonNode> gm = new ArrayList<>();
            g.path("mentions").forEach(gm::add);
            if (p == null) {
                people.fn++;
                mentions.fn += gm.size();
                long titled = gm.stream().filter(m -> !m.path("title").asText("").isBlank()).count();
                titles.fn += (int) titled;
                r.errors.add("person missed: " + g.path("name").asText() + " (" + gm.size() + " mentions)");
                continue;
            }
            people.tp++;
            Map<String, List<Mention>> byText = new HashMap<>();
            for (Mention m : p.mentions()) {
                byText.computeIfAbsent(norm(m.text()), k -> new ArrayList<>()).add(m);
            }
            Map<String, Integer> used = new HashMap<>();
            int tp = 0;
            for (JsonNode m : gm) {
                String t = norm(m.path("text").asText());
                int k = used.merge(t, 1, Integer::sum) - 1;
                List<Mention> same = byText.getOrDefault(t, List.of());
                Mention aligned = k < same.size() ? same.get(k) : null;
                String goldTitle = m.path("title").asText("");
                if (aligned != null) {
                    tp++;
                } else {
                    r.errors.add("mention missed: " + g.path("name").asText() + " '" + m.path("text").asText() + "' #" + (k + 1));
                }
                String predTitle = aligned == null || aligned.title() == null ? "" : aligned.title().text();
                if (aligned != null && !goldTitle.isBlank()) {
                    for (var candidate : aligned.titles()) {
                        if (titleMatches(goldTitle, candidate.text())) {
                            predTitle = candidate.text(); // the mention carries several titles; the gold names one of them
                        }
                    }
                }
                if (!goldTitle.isBlank()) {
                    if (titleMatches(goldTitle, predTitle)) {
                        titles.tp++;
                    } else {
                        titles.fn++;
                        r.errors.add("title missed: " + g.path("name").asText() + " '" + m.path("text").asText() + "' #" + (k + 1)
                                + ": gold '" + goldTitle + "'" + (predTitle.isEmpty() ? "" : ", got '" + predTitle + "'"));
                        if (!predTitle.isEmpty()) {
                            titles.fp++;
                        }
                    }
                } else if (!predTitle.isEmpty()) {
                    titles.fp++;
                    r.errors.add("title spurious: " + g.path("name").asText() + " '" + m.path("text").asText() + "' #" + (k + 1)
                            + ": got '" + predTitle + "'");
                }
            }
            mentions.tp += tp;
            mentions.fn += gm.size() - tp;
            int extra = p.mentions().size() - tp;
            mentions.fp += Math.max(0, extra);
            if (extra > 0) {
                Map<String, Integer> goldCounts = new HashMap<>();
                gm.forEach(m -> goldCounts.merge(norm(m.path("text").asText()), 1, Integer::sum));
                for (Map.Entry<String, List<Mention>> e : byText.entrySet()) {
                    int over = e.getValue().size() - goldCounts.getOrDefault(e.getKey(), 0);
                    if (over > 0) {
                        r.errors.add("mention spurious: " + g.path("name").asText() + " '" + e.getValue().get(0).text() + "' ×" + over);
                    }
                }
            }
        }
        for (Predicted p : predicted) {
            if (!matched.containsValue(p)) {
                people.fp++;
                mentions.fp += p.mentions().size();
                r.errors.add("person spurious: " + p.name() + " (" + p.mentions().size() + " mentions)");
            }
        }
    }

    static boolean titleMatches(String gold, String predicted) {
        if (predicted == null || predicted.isBlank()) {
            return false;
        }
        Set<String> g = titleWords(gold);
        Set<String> p = titleWords(predicted);
        if (g.isEmpty() || p.isEmpty()) {
            return false;
        }
        Set<String> shared = new HashSet<>(g);
        shared.retainAll(p);
        double precision = shared.size() / (double) p.size();
        double recall = shared.size() / (double) g.size();
        return precision + recall > 0 && 2 * precision * recall / (precision + recall) >= 0.5;
    }

    private static Set<String> titleWords(String s) {
        Set<String> out = new HashSet<>();
        for (String w : norm(s).replaceAll("'s\\b", "").split("[^\\p{L}\\p{N}.]+")) {
            String x = w.replaceAll("\\.$", "");
            if (!x.isEmpty() && !STOP.contains(x)) {
                out.add(x);
            }
        }
        return out;
    }

    // ---- quotes and speakers

    private static void scoreQuotes(Result r, JsonNode gold, Facts facts, List<JsonNode> goldPeople) {
        Tally speakers = r.get("speakers");
        List<Quote> predicted = facts.quotes().stream().filter(q -> inStory(q.block())).toList();
        Set<Quote> used = new HashSet<>();
        for (JsonNode g : gold.path("quotes")) {
            if (g.path("partial").asBoolean(false) || g.path("speaker").isNull() || g.path("speaker").isMissingNode()) {
                continue;
            }
            String start = norm(stripQuotes(g.path("start").asText()));
            String head = firstWords(start, 5);
            Quote found = null;
            for (Quote q : predicted) {
                String t = norm(stripQuotes(q.text()));
                if (!used.contains(q) && (t.startsWith(head) || t.contains(head))) {
                    found = q;
                    break;
                }
            }
            String goldSpeaker = g.path("speaker").asText();
            if (found == null) {
                speakers.fn++;
                r.errors.add("quote not found: “" + g.path("start").asText() + "” (" + goldSpeaker + ")");
                continue;
            }
            used.add(found);
            String got = found.speaker() == null ? null : found.speaker().name();
            if (got != null && speakerMatches(goldSpeaker, got, goldPeople)) {
                speakers.tp++;
            } else {
                speakers.fn++;
                if (got != null) {
                    speakers.fp++;
                }
                r.errors.add("speaker wrong: “" + g.path("start").asText() + "”: gold " + goldSpeaker + ", got "
                        + (got == null ? "(none)" : got + " [" + found.speaker().attribution().label() + "]"));
            }
        }
    }

    private static boolean speakerMatches(String gold, String got, List<JsonNode> goldPeople) {
        String g = norm(gold);
        String p = norm(got);
        if (g.equals(p)) {
            return true;
        }
        boolean person = goldPeople.stream().anyMatch(x -> norm(x.path("name").asText()).equals(g));
        if (person) {
            return surname(g).equals(surname(p)) && compatibleGiven(g, p);
        }
        Set<String> gw = titleWords(gold);
        gw.retainAll(titleWords(got));
        return !gw.isEmpty();
    }

    // ---- dates

    private static void scoreDates(Result r, JsonNode gold, Facts facts) {
        Tally dates = r.get("dates");
        Tally values = r.get("date values");
        List<DateMention> predicted = new ArrayList<>(facts.dates().stream().filter(d -> inStory(d.block())).toList());
        for (JsonNode g : gold.path("dates")) {
            String text = dateText(g.path("text").asText());
            DateMention found = null;
            for (DateMention d : predicted) {
                String t = dateText(d.text());
                if (t.equals(text) || t.endsWith(" " + text) || text.endsWith(" " + t) && t.length() > 3) {
                    found = d;
                    break;
                }
            }
            if (found == null) {
                dates.fn++;
                r.errors.add("date missed: '" + g.path("text").asText() + "'");
                continue;
            }
            predicted.remove(found);
            dates.tp++;
            if (!g.path("value").isNull() && !g.path("value").isMissingNode()) {
                String want = g.path("value").asText();
                if (want.equals(found.value())) {
                    values.tp++;
                } else {
                    values.fn++;
                    values.fp++;
                    r.errors.add("date value wrong: '" + g.path("text").asText() + "': gold " + want + ", got " + found.value());
                }
            }
        }
        dates.fp += predicted.size();
        for (DateMention d : predicted) {
            r.errors.add("date spurious: '" + d.text() + "' → " + d.value());
        }
    }

    private static String dateText(String s) {
        return norm(s).replaceFirst("^(on|in|the|since|by|until|from|of) ", "").replaceAll("[’']s$", "").replaceAll("[,.]$", "");
    }

    // ---- text helpers

    static String norm(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFC).replace("\u00AD", "")
                .replaceAll("[\u2018\u2019\u02BC]", "'").replaceAll("[\u2010-\u2013]", "-")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
        return t.replaceAll("'s$", "");
    }

    private static String stripQuotes(String s) {
        return s.replaceAll("[\"“”„«»]", "").strip();
    }

    private static String firstWords(String s, int n) {
        String[] w = s.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(w, Math.min(n, w.length)));
    }

    static String surname(String name) {
        String[] w = name.split(" ");
        int i = w.length - 1;
        while (i > 0 && SUFFIXES.contains(w[i].replace(",", ""))) {
            i--;
        }
        String last = w[i].replaceAll("[,.]$", "");
        int dash = last.indexOf('-');
        if (dash > 0 && dash <= 3) {
            last = last.substring(dash + 1); // al-Assad → assad
        }
        return last;
    }

    private static boolean compatibleGiven(String a, String b) {
        String[] x = a.split(" ");
        String[] y = b.split(" ");
        if (x.length < 2 || y.length < 2) {
            return true;
        }
        String fx = x[0].replace(".", "");
        String fy = y[0].replace(".", "");
        return fx.equals(fy) || fx.length() == 1 && fy.startsWith(fx) || fy.length() == 1 && fx.startsWith(fy);
    }
}
