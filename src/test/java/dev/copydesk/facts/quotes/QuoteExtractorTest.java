package dev.copydesk.facts.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.TextArticleParser;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteExtractorTest {

    private static List<Quote> quotes(String text) {
        return TestSupport.analyzer().analyze(new TextArticleParser().parseSnippet("q.txt", text)).quotes();
    }

    @Test
    void everyAttributionFormInTheFixtureFindsItsSpeaker() throws Exception {
        List<Quote> q = TestSupport.analyze(TestSupport.fixtures().resolve("quotes-attributed.html")).quotes();
        Object[][] expected = {
            {"We are going back to work tomorrow,", "a docker", Attribution.X_SAID},
            {"This is a fair deal and our members have accepted it,", "Maria Lindqvist", Attribution.SAID_X},
            {"Nobody wanted this to go on into the spring.", "Maria Lindqvist", Attribution.ADJACENT_SENTENCE},
            {"We have ships waiting in the bay and we will clear them within the week,", "Anders Holm", Attribution.PRONOUN},
            {"The terminal is ready,", "Anders Holm", Attribution.X_SAID},
            {"We kept the cranes serviced throughout the dispute.", "Anders Holm", Attribution.ADJACENT_SENTENCE},
            {"the backlog will cost the port about four million kroner in lost fees.", "Anders Holm", Attribution.ACCORDING_TO},
            {"We welcome the agreement and thank both sides for their patience,", "the Transport Ministry", Attribution.X_SAID},
            {"It restores a vital link for exporters in the region,", "a ministry statement", Attribution.X_SAID},
            {"The strike cost exporters more than the port will admit.", "Sara Berg", Attribution.COLON},
            {"Shipping lines rerouted to Gothenburg in the first week,", "Sara Berg", Attribution.X_SAID},
            {"Some will not come back quickly.", "Sara Berg", Attribution.ADJACENT_SENTENCE},
            {"Trust takes longer to rebuild than a timetable,", "Sara Berg", Attribution.PRONOUN},
        };
        for (int i = 0; i < expected.length; i++) {
            Quote x = q.get(i);
            assertEquals(expected[i][0], x.text());
            assertEquals(expected[i][1], x.speaker().name(), x.text());
            assertEquals(expected[i][2], x.speaker().attribution(), x.text());
        }
        assertTrue(q.get(11).runsOn(), "the Berg quote runs on into the next paragraph");
        Quote partial = q.get(13);
        assertEquals("relief, mostly", partial.text());
        assertFalse(partial.full());
        assertTrue(q.get(15).text().contains("‘You cannot run a port without people,’"), "nested single quotes stay inside");
    }

    @Test
    void aQuoteWithNoSpeakerSaysWhyANearbyCandidateWasRejected() {
        Quote q = quotes("The talks collapsed. \"We will not accept these terms under any circumstances,\" he said.").get(0);
        assertNull(q.speaker());
        assertEquals("'he said' is near, but no person is named before 'he'", q.note());
    }

    @Test
    void aPronounOfTheOtherGenderIsNeverGivenToTheManNamedNearby() {
        Quote q = quotes("John Smith met the minister. \"It was fine,\" she said.").get(0);
        assertNull(q.speaker(), "'she' is not John Smith, and the sentence before may not stand in for her");
        assertEquals("'she said' is near, but no person is named before 'she'", q.note());
    }

    @Test
    void aWordInQuotationMarksOpeningTheNextParagraphDoesNotContinueARunningQuote() {
        List<Quote> q = quotes("Jane Smith said: \u201CThe headers are exposed, except Set-Cookie2\u2033 and nothing else.\n\n"
                + "\u201Ccors\u201D: the response was received from a valid cross-origin request.");
        Quote word = q.stream().filter(x -> x.text().equals("cors")).findFirst().orElseThrow();
        assertFalse(word.full(), "a cited word, not the quote going on");
    }

    @Test
    void theyAfterAGroupAttributesTheQuote() {
        Quote q = quotes("Union leaders rejected the offer on Friday. \"This offer is an insult to every member,\" they said.").get(0);
        assertEquals("they", q.speaker().name());
    }

    @Test
    void aPlaceAfterInIsWhereTheSpeakersAreNotWhoTheyAre() {
        assertEquals("officials in New York", quotes("\"We will fight,\" officials in New York said.").get(0).speaker().name());
        assertEquals("The county", quotes("The county issued this statement: \"The park met every condition.\"").get(0)
                .speaker().name());
        // the words before the colon name no one; the clause's subject does
        assertEquals("the report's recommendation", quotes("Regardless of the data, the report's recommendation is a good one: "
                + "\u201CConsider brushing up on some technologies that offer higher demand.\u201D").get(0).speaker().name());
    }

    @Test
    void hedgesAreSourcedOnlyWhenASourceIsNear() {
        List<Claim> claims = TestSupport.analyzer().analyze(new TextArticleParser().parseSnippet("c.txt",
                "The killings are alleged to have been carried out by militia.\n\nThe mayor allegedly took bribes, "
                        + "prosecutors said. Officials said the talks would resume, speaking on condition of anonymity."))
                .claims();
        assertEquals("are alleged to", claims.get(0).text());
        assertNull(claims.get(0).source());
        assertEquals("allegedly", claims.get(1).text());
        assertEquals("prosecutors", claims.get(1).source());
        assertTrue(claims.stream().anyMatch(c -> c.kind() == Claim.Kind.ANONYMOUS && c.text().equals("on condition of anonymity")));
    }

    @Test
    void aParagraphOfThousandsOfQuotesIsAttributedQuoteByQuote() {
        // Pairing and attribution do not rescan the paragraph per quote: 1,000 quotes of one speaker.
        StringBuilder sb = new StringBuilder("Mayor Ana Ruiz spoke for an hour.");
        for (int i = 0; i < 1_000; i++) {
            sb.append(" \"We will build the bridge number ").append(i).append(" this year,\" Ruiz said.");
        }
        List<Quote> q = quotes(sb.toString());
        assertEquals(1_000, q.size());
        for (Quote x : q) {
            assertEquals("Ruiz", x.speaker().text(), x.text());
        }
        assertEquals("We will build the bridge number 999 this year,", q.get(999).text());
    }

    @Test
    void partialQuoteIsUnvoicedOnlyWhenNoOneNearCouldBeSayingIt() {
        Quote orphan = quotes("The repairs came with added costs. But the loan is also an assurance "
                + "\"that the park will be here for another fifty years.\"").get(0);
        assertFalse(orphan.full());
        assertTrue(orphan.unvoiced(), "no name, pronoun, speech verb or source in reach");
        String[] voiced = {
            "Bob Alverson runs the association. He called the plan \"a disaster for working families and their towns.\"",
            "The law requires that fishermen \"take all reasonable steps to avoid bycatch of protected species.\"",
            "The fleet sails on Monday. Alverson described it as \"a stable but declining resource for the region.\"",
            "The mayor spoke first. The plan is \"a disaster for working families and their towns.\"",
        };
        for (String text : voiced) {
            List<Quote> q = quotes(text);
            assertEquals(1, q.size(), text);
            assertFalse(q.get(0).unvoiced(), text);
        }
    }

    @Test
    void aNameInsideSomeoneElsesQuoteIsNotWhomAPronounPointsTo() {
        List<Quote> q = quotes("Her mother, Fiona Parry, spoke on Monday. \"The drug was in her system,\" Parry said.\n\n"
                + "\"As Eloise deteriorated, the staff did all they could.\"\n\n"
                + "She added: \"They never stood a chance of saving her.\"");
        Quote added = q.get(q.size() - 1);
        assertEquals("Fiona Parry", added.speaker().person().name(), "'Eloise' is inside the mother's quote");
    }

    @Test
    void aNameAfterADashSignsTheQuote() {
        Quote q = quotes("“A merry Christmas to everybody! A happy New Year to all!” – Charles Dickens, A Christmas Carol").get(0);
        assertEquals("Charles Dickens", q.speaker().name());
        assertEquals(Attribution.SAID_X, q.speaker().attribution());
    }

    @Test
    void quotedAsSayingNamesTheSpeakerNotTheNewspaper() {
        Quote q = quotes("Ana Ruiz found the car. “I don't regret it,” local newspapers quote Salinas as saying.").get(0);
        assertEquals("Salinas", q.speaker().name());
        Quote passive = quotes("Ana Ruiz found the car. “I don't regret it,” Salinas was quoted as saying.").get(0);
        assertEquals("Salinas", passive.speaker().name());
    }

    @Test
    void aContractedPronounBeforeAColonIsTheSpeaker() {
        Quote q = quotes("Ahmad Matie built a fortune. He's philosophical about it: “You make little, but it's more sustainable.”").get(0);
        assertEquals("Ahmad Matie", q.speaker().person().name());
    }

    @Test
    void aPullQuoteTakesTheSpeakerOfTheWordsItRepeatsButASentenceBeforeItsTwinDoesNot() {
        List<Quote> pull = quotes("“My only wish is to prove that your money was not wasted”\n\n"
                + "The Marines had cash.\n\n\"My only wish is to prove that your money was not wasted,\" said Ahmad Matie.");
        assertEquals("Ahmad Matie", pull.get(0).speaker().name());
        assertEquals(Attribution.REPEATED, pull.get(0).speaker().attribution());
        List<Quote> early = quotes("The search went on.\n\n\"The debris suggests the aircraft broke up when it hit the water.\"\n\n"
                + "The search resumed.\n\n\"The debris suggests the aircraft broke up when it hit the water,\" said Neil Hansford.");
        assertNull(early.get(0).speaker(), "the reader meets it with no speaker, and learns whose it is only later");
    }

    @Test
    void aQuestionParagraphAskingWhatSomeoneSaidIntroducesTheAnswer() {
        List<Quote> q = quotes("Ndamukong Suh stepped on the leg.\n\nWhat did Suh say after the play?\n\n"
                + "\"He was running off the field. I was talking to the referee.\"");
        assertEquals("Ndamukong Suh", q.get(0).speaker().person().name());
        assertEquals(Attribution.QUESTION_BEFORE, q.get(0).speaker().attribution());
    }

    @Test
    void aFilmTitleInTitleCaseIsNoQuote() {
        assertTrue(quotes("The idea dates back to George Romero's “Night of the Living Dead.”").stream().noneMatch(Quote::full));
    }
}
