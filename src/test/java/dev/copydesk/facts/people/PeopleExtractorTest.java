package dev.copydesk.facts.people;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.TestSupport;
import dev.copydesk.article.TextArticleParser;
import dev.copydesk.facts.Facts;
import dev.copydesk.facts.titles.Title;
import dev.copydesk.facts.titles.TitleSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PeopleExtractorTest {

    private static Facts snippet(String text) {
        return TestSupport.analyzer().analyze(new TextArticleParser().parseSnippet("s.txt", text));
    }

    private static Map<String, Person> byName(Facts f) {
        Map<String, Person> m = new LinkedHashMap<>();
        for (Person p : f.people()) {
            m.put(p.name(), p);
        }
        return m;
    }

    @Test
    void seedArticleFindsEveryPersonWithTheirTitles() throws Exception {
        Facts f = TestSupport.analyze(TestSupport.fixtures().resolve("seed-syria.html"));
        Map<String, Person> people = byName(f);
        assertEquals(Set.of("Khaled al-Ayoubi", "Bashar al-Assad", "Ghassan Dalla", "Nawaf Fares",
                "Abdel Latif al-Dabbagh", "Lamia Hariri", "Jay Carney"), people.keySet());
        Map<String, String> firstTitle = new LinkedHashMap<>();
        for (Person p : f.people()) {
            p.mentions().stream().filter(m -> m.title() != null && m.block().kind().isBody()).findFirst()
                    .ifPresent(m -> firstTitle.put(p.name(), m.title().text()));
        }
        assertEquals("Syria’s highest-ranking diplomat in London", firstTitle.get("Khaled al-Ayoubi"));
        assertEquals("President", firstTitle.get("Bashar al-Assad"));
        assertEquals("former chargé d'affaires", firstTitle.get("Ghassan Dalla"));
        assertEquals("former ambassador to Iraq", firstTitle.get("Nawaf Fares"));
        assertEquals("Syria's ambassador to the United Arab Emirates", firstTitle.get("Abdel Latif al-Dabbagh"));
        assertEquals("Syrian chargé d'affaires in Cyprus", firstTitle.get("Lamia Hariri"));
        assertEquals("White House spokesman", firstTitle.get("Jay Carney"));
        // coreference: the sentence-initial "Ayoubi" (tagged INTJ by the model) and "Dabbagh"
        assertEquals(3, people.get("Khaled al-Ayoubi").mentions().stream().filter(m -> m.block().kind().isBody()).count());
        assertTrue(people.get("Abdel Latif al-Dabbagh").mentions().stream().anyMatch(m -> m.text().equals("Dabbagh")));
        assertEquals("most senior Syrian diplomat",
                people.get("Khaled al-Ayoubi").mentions().get(3).title().text());
    }

    @Test
    void aSubheadOpeningWithAVerbIsNoPersonsName() {
        Map<String, Person> people = byName(snippet("Alexander Vindman testified on Tuesday.\n\n"
                + "Questioning Vindman\n\n"
                + "Republicans raised questions about Vindman, the council's Ukraine expert.\n\n"
                + "The actor Channing Tatum said the questioning was fair."));
        assertEquals(Set.of("Alexander Vindman", "Channing Tatum"), people.keySet());
        assertTrue(people.get("Alexander Vindman").mentions().stream().anyMatch(m -> m.title() != null
                && m.title().text().equals("council's Ukraine expert")));
    }

    @Test
    void aTitleKnowsTheOrganisationItNames() {
        Map<String, Person> people = byName(snippet("Pankaj Pandey, Head of Research at ICICI Securities, said no. "
                + "Juan Perez, a trader at Tempus Inc., agreed. James Hansen, a Princeton University geoscientist, said so. "
                + "Anna Martin, head of the company, said nothing."));
        Title pandey = people.get("Pankaj Pandey").mentions().get(0).title();
        assertEquals("director", pandey.head()); // the head of a department, an office
        assertEquals(Set.of("icici", "securities"), pandey.employer());
        assertEquals(Set.of("tempus"), people.get("Juan Perez").mentions().get(0).title().employer());
        Title hansen = people.get("James Hansen").mentions().get(0).title();
        assertTrue(hansen.academic());
        assertEquals(Set.of("princeton"), hansen.employer());
        assertEquals("head", people.get("Anna Martin").mentions().get(0).title().head()); // the head of the organisation
    }

    @Test
    void aSurnameWithItsParticleJoinedIsOnePersonWithTheParticleApart() {
        Map<String, Person> people = byName(snippet("Mayor Bill DeBlasio spoke on Monday. "
                + "Critics blamed De Blasio for the protests. Leonardo DiCaprio was not there. "
                + "Leo Park, the head of the company, said nothing."));
        // "Park" after a given name is a surname, not an organisation word
        assertEquals(Set.of("Bill DeBlasio", "Leonardo DiCaprio", "Leo Park"), people.keySet());
        assertEquals(2, people.get("Bill DeBlasio").mentions().size());
        // without the particle written apart, a joined surname is its own: "DeVos" is not "Vos"
        Map<String, Person> two = byName(snippet("Assembly Speaker Robin Vos said the program works. "
                + "Education Secretary Betsy DeVos also praised the program. DeVos said so."));
        assertEquals(Set.of("Robin Vos", "Betsy DeVos"), two.keySet());
        assertEquals(1, two.get("Robin Vos").mentions().size());
    }

    @Test
    void aParticleAfterAPrepositionStartsTheName() {
        // "Van" is also a city: after "of" a place word would belong to a title ("ambassador to Iraq Nawaf Fares")
        Map<String, Person> people = byName(snippet("James Van Der Beek danced on Monday. "
                + "The news came in light of Van Der Beek’s announcement."));
        assertEquals(List.of("James Van Der Beek", "Van Der Beek"),
                people.get("James Van Der Beek").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aRoleFrontedWithAsIsTheTitleOfTheNameAfterIt() {
        Map<String, Person> people = byName(snippet("As chairman, Tom Ortiz said the board would meet. "
                + "As expected, Jane Doe won the vote."));
        assertEquals("chairman", people.get("Tom Ortiz").mentions().get(0).title().text());
        assertEquals(null, people.get("Jane Doe").mentions().get(0).title(), "'As expected' is no role");
    }

    @Test
    void aDescriptorBeforeTheNameIsATitleNotAGivenName() {
        Map<String, Person> people = byName(snippet("Noted Feminist Glenn Fleishman gets a piece of the action too."));
        assertEquals(Set.of("Glenn Fleishman"), people.keySet());
        assertEquals("Feminist", people.get("Glenn Fleishman").mentions().get(0).title().text());
        assertTrue(byName(snippet("Florian David Fitz, the German actor, arrived.")).containsKey("Florian David Fitz"),
                "a given name ending like a descriptor stays in the name");
    }

    @Test
    void aCourtesyTitleWithoutItsFullStopMakesAPerson() {
        Map<String, Person> people = byName(snippet("The report reached the office. Mr Baker agreed with it."));
        assertEquals(Set.of("Baker"), people.keySet(), "British style writes Mr without a full stop");
        assertEquals(MentionForm.HONORIFIC_SURNAME, people.get("Baker").mentions().get(0).form());
    }

    @Test
    void aGroupNamedByItsMembersIsNoPerson() {
        Map<String, Person> people = byName(snippet("Tunisian Islamists said the vote was fair. Syrian Christians "
                + "fled the town. Brian Summers, a farmer, stayed."));
        assertEquals(Set.of("Brian Summers"), people.keySet());
    }

    @Test
    void organisationsAndPlacesAreNotPeople() {
        Facts f = snippet("The Foreign Office said on Monday that London was calm. Agence France Presse reported "
                + "that the White House had not commented. The Telegraph reported it first. Reuters said so too.");
        assertTrue(f.people().isEmpty(), f.people().toString());
    }

    @Test
    void titlesAttachInEachPosition() {
        Facts f = snippet("Former ambassador to Iraq Nawaf Fares has defected. Jay Carney, the White House spokesman, "
                + "declined to comment. Fares was the most senior envoy in Baghdad.");
        Map<String, Person> people = byName(f);
        Title pre = people.get("Nawaf Fares").mentions().get(0).title();
        assertEquals(TitleSource.PRENOMINAL, pre.source());
        assertTrue(pre.former());
        assertEquals(Set.of("iraq"), pre.specifiers());
        assertEquals(TitleSource.APPOSITIVE, people.get("Jay Carney").mentions().get(0).title().source());
        Title copular = people.get("Nawaf Fares").mentions().get(1).title();
        assertEquals(TitleSource.COPULAR, copular.source());
        assertEquals("envoy", copular.head());
    }

    @Test
    void differentPeopleWhoShareASurnameStayApart() {
        Facts f = snippet("Bill Clinton spoke first. Hillary Clinton spoke next. Clinton said the race was over.");
        List<String> names = f.people().stream().map(Person::name).collect(Collectors.toList());
        assertEquals(List.of("Bill Clinton", "Hillary Clinton"), names);
        // the bare surname goes to the person mentioned most recently
        assertEquals(2, byName(f).get("Hillary Clinton").mentions().size());
    }

    @Test
    void honorificAndSurnameJoinTheFullName() {
        Facts f = snippet("Jeffrey Gettleman reported from Nairobi. Mr. Gettleman said the talks had stalled.");
        Person p = f.people().get(0);
        assertEquals("Jeffrey Gettleman", p.name());
        assertEquals(List.of("Jeffrey Gettleman", "Gettleman"), p.mentions().stream().map(Mention::text).toList());
        assertEquals(List.of(MentionForm.FULL, MentionForm.HONORIFIC_SURNAME),
                p.mentions().stream().map(Mention::form).toList());
        // the honorific is no part of the name: the mention starts at the surname
        Mention mr = p.mentions().get(1);
        assertEquals("Mr. Gettleman", mr.block().text().substring(mr.start() - "Mr. ".length(), mr.end()));
    }

    @Test
    void aClosedUpEmDashEndsTheName() {
        Map<String, Person> people = byName(snippet("Georges Claude built the first tube. Critics loved the music of "
                + "Claude Debussy\u2014all of which heralded a new age. Claude said the tube glowed."));
        assertEquals(List.of("Claude Debussy"), people.get("Claude Debussy").mentions().stream().map(Mention::text).toList());
        assertEquals(List.of("Georges Claude", "Claude"),
                people.get("Georges Claude").mentions().stream().map(Mention::text).toList());
    }

    @Test
    void aGivenNameTheTaggerCallsANounStillStartsANameInsideASentence() {
        // "Georges" and "Claide" are tagged NOUN; inside a sentence, never written in lower case, they are a name
        Map<String, Person> people = byName(snippet("Amid this artistic groundswell, Georges Claide premiered his lights "
                + "at the Grand Palais."));
        assertEquals(Set.of("Georges Claide"), people.keySet());
        // at the start of a sentence a capitalised word proves nothing
        assertTrue(byName(snippet("Represent Mozilla at the fair.")).isEmpty());
    }

    @Test
    void aFullNameWrittenTwiceConfirmsAPerson() {
        // no title, no speech verb, a given name only the many-language list has: repetition says person
        Person p = byName(snippet("Abel Tasman sighted the coast in 1642. Maps of the time show it. "
                + "Abel Tasman never landed.")).get("Abel Tasman");
        assertTrue(p.confirmed());
        assertFalse(byName(snippet("Abel Tasman sighted the coast in 1642.")).get("Abel Tasman").confirmed());
        // the surname alone, before or after the full name, is a second naming too
        assertTrue(byName(snippet("The films of Wiseman are long. Critics admire Frederick Wiseman for it."))
                .get("Frederick Wiseman").confirmed());
    }

    @Test
    void aSurnameTheTaggerTakesForAWordJoinsThePersonIntroducedBefore() {
        // "Earnest" opens the sentence as an adjective; after "Josh Earnest" and with a speech verb, it is him
        Person p = byName(snippet("White House press secretary Josh Earnest told reporters. Earnest added that the "
                + "election would force a rethink.")).get("Josh Earnest");
        assertEquals(List.of("Josh Earnest", "Earnest"), p.mentions().stream().map(Mention::text).toList());
        // before anyone of that name is introduced it stays a word
        assertTrue(byName(snippet("Earnest added that the election would force a rethink.")).isEmpty());
    }

    @Test
    void aPluralTitleBeforeAListOfNamesIsEachOnesTitle() {
        Map<String, Person> people = byName(snippet("He sacked cabinet ministers Jonathan Moyo and Saviour Kasukuwere on "
                + "Monday. Fans Tom Hardy and Anna Lee cheered."));
        for (String name : List.of("Jonathan Moyo", "Saviour Kasukuwere")) {
            Title t = people.get(name).mentions().get(0).title();
            assertEquals("minister", t.head(), name);
            assertEquals(TitleSource.PRENOMINAL, t.source(), name);
        }
        assertEquals(null, people.get("Anna Lee").mentions().get(0).title()); // "fans" is no title
    }

    @Test
    void anAdverbOpeningTheSentenceIsNotPartOfTheTitle() {
        Person p = byName(snippet("Donald Trump won. Later President-elect Donald Trump said so.")).get("Donald Trump");
        assertEquals("President-elect", p.mentions().get(1).title().text());
    }

    @Test
    void anOfficeBeforeTheSurnameConfirmsAPersonWhoseGivenNameNoListHas() {
        Person p = byName(snippet("Prime Minister Kovaczyk opposed the talks. In the end, Zbrislav Kovaczyk gave in."))
                .get("Zbrislav Kovaczyk");
        assertTrue(p.confirmed());
    }

    @Test
    void aSurnameTheTaggerCallsAPronounStillJoinsThePerson() {
        Facts f = snippet("Grace Whitby, an illustrator, designed the agency's new logo. Whitby said the fee had been paid.");
        Person p = byName(f).get("Grace Whitby");
        assertEquals(2, p.mentions().size(), "'Whitby said' is her second mention");
    }

    @Test
    void aGivenNameTheTaggerCallsAConjunctionStillStartsTheName() {
        Facts f = snippet("Amazon could apply more of its technology to perishable grocery products, Ananth Iyer said. "
                + "Iyer added that it was hard.");
        assertTrue(byName(f).containsKey("Ananth Iyer"), byName(f).keySet().toString());
    }

    @Test
    void aRoleThatFitsAnyoneDoesNotPullALoneSurnameAwayFromTheTitledPerson() {
        Facts f = snippet("Mayor Catherine Ashton spoke on Monday. Ashton, a Democrat, said the budget passed. "
                + "Later, Katherine Ashton told reporters the hires were overdue.");
        assertEquals(2, byName(f).get("Catherine Ashton").mentions().size(), "'Ashton, a Democrat,' is the mayor");
    }

    @Test
    void anAbbreviatedTitleOpeningTheStoryIsATitle() {
        Facts f = snippet("Sen. Joe Manchin pressed Pentagon leaders on Tuesday. Manchin said the delays were costing lives.");
        Person p = byName(f).get("Joe Manchin");
        assertEquals("Sen.", p.mentions().get(0).title().text(), "the tokenizer splits 'Sen.' and tags 'Sen' an adverb");
    }

    @Test
    void aParticleThatIsACommonGivenNameOpensTheName() {
        Facts f = snippet("The actress offered less glowing remarks about Ben Affleck, whom she dated.");
        Person p = byName(f).get("Ben Affleck");
        assertTrue(p != null, byName(f).keySet().toString());
        assertEquals("Ben", p.mentions().get(0).given(), "'Ben' is his given name, not a particle of the surname");
    }

    @Test
    void wordsBeforeASurnameThatAreNoOnesGivenNameDescribeThePerson() {
        Facts f = snippet("Veteran Wall Streeter Beyer has four tips for advisers.\n\n"
                + "The biggest reason advisers get fired, writes Charlotte Beyer, is poor communication.");
        assertEquals(Set.of("Charlotte Beyer"), byName(f).keySet());
        Mention first = byName(f).get("Charlotte Beyer").mentions().get(0);
        assertEquals("Beyer", first.text());
        assertEquals(MentionForm.SURNAME, first.form());
    }

    @Test
    void aRareGivenNameIsNotTakenForADescription() {
        Facts f = snippet("Saxophonist and educator Kidd Jordan founded the school in 1990.\n\n"
                + "Jordan will play on Friday with his daughter, Rachel Jordan, who teaches there.");
        assertTrue(byName(f).containsKey("Kidd Jordan"), byName(f).keySet().toString());
        assertTrue(byName(f).containsKey("Rachel Jordan"), byName(f).keySet().toString());
    }

    @Test
    void aJobInLowerCaseMakesAPlaceNameASurname() {
        Facts f = snippet("Since its founding by saxophonist and educator Jordan in 1990, the school has moved twice.\n\n"
                + "Kidd Jordan will play on Friday.");
        assertEquals(2, byName(f).get("Kidd Jordan").mentions().size(), "'educator Jordan' is Kidd Jordan, not the country");
    }

    @Test
    void anEmployerIsNamedByItsProperWordsNotByAPlaceOrADescription() {
        Map<String, Person> people = byName(snippet("Dana Cole, a Boston-based lawyer, filed first. "
                + "Ana Ruiz, a New York lawyer, agreed. Eric Lander, a visiting biologist at the University of California, "
                + "said so. Juan Perez, a Goldman Sachs economist, said nothing."));
        assertEquals(Set.of(), people.get("Dana Cole").mentions().get(0).title().employer());
        assertEquals(Set.of(), people.get("Ana Ruiz").mentions().get(0).title().employer());
        Title lander = people.get("Eric Lander").mentions().get(0).title();
        assertEquals(Set.of("california"), lander.employer(), "a place in a university's name is the name");
        assertTrue(lander.academic() && lander.secondPost());
        assertEquals(Set.of("goldman", "sachs"), people.get("Juan Perez").mentions().get(0).title().employer());
    }

    @Test
    void aRankWrittenWithoutFullStopsIsATitleNotAName() {
        Facts f = snippet("Lawmakers grilled Lt Col Alexander Vindman on Tuesday. Sgt Ana Cruz said no.");
        Person vindman = byName(f).get("Alexander Vindman");
        assertTrue(vindman != null, byName(f).keySet().toString());
        assertEquals("lieutenant colonel", vindman.mentions().get(0).title().head());
        assertEquals("sergeant", byName(f).get("Ana Cruz").mentions().get(0).title().head());
    }
}
