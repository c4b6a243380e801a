package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.authority.AuthorityFile;
import dev.copydesk.checks.HouseName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** authority build: an archive in, a house-names file out that check then uses; --update adds without rereading. */
class AuthorityTest {
    private static CliRun run(String... args) {
        return CliRun.run(args);
    }

    /** A dated wire story about one person, spelled as given, told apart by its number. */
    private static String story(int n, String name, String title, LocalDate date) {
        String surname = name.substring(name.lastIndexOf(' ') + 1);
        return "Talks resume, day " + n + "\n\nLONDON, " + date.getMonth().getDisplayName(java.time.format.TextStyle.SHORT,
                java.util.Locale.ENGLISH) + ". " + date.getDayOfMonth() + ", " + date.getYear() + " (Reuters) — "
                + name + ", " + title + ", said the talks would go on for day " + n + ". " + surname
                + " said he was hopeful.\n";
    }

    /** Twenty stories spell Khaled al-Ayoubi the house way; one misspells him; Jane Smith is named twice. */
    private static Path archive(Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("archive/2012"));
        for (int i = 1; i <= 20; i++) {
            Files.writeString(a.resolve("ayoubi-" + i + ".txt"), story(i, "Khaled al-Ayoubi", "Syria's ambassador to Iraq",
                    LocalDate.of(2012, 1, i)));
        }
        Files.writeString(a.resolve("planted.txt"), story(99, "Khaled al-Ayubi", "Syria's ambassador to Iraq",
                LocalDate.of(2012, 2, 1)));
        Files.writeString(a.resolve("smith-1.txt"), story(1, "Jane Smith", "a city councillor", LocalDate.of(2012, 3, 1)));
        Files.writeString(a.resolve("smith-2.txt"), story(2, "Jane Smith", "a city councillor", LocalDate.of(2012, 3, 2)));
        return dir.resolve("archive");
    }

    @Test
    void anAuthorityBuiltFromTheArchiveFlagsAPlantedVariantInANewStory(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("house-names.yml");
        CliRun built = run("authority", "build", archive(dir).toString(), "--out", out.toString(), "--no-config");
        assertEquals(0, built.code(), built.err());
        assertEquals("", built.err(), "no progress line off a terminal");
        assertEquals(out + ": 23 article(s) read, 0 already counted, 0 could not be read; 3 spelling(s) of names\n",
                built.out());

        List<HouseName> names = AuthorityFile.read(out).names();
        HouseName ayoubi = names.get(0);
        assertEquals("Khaled al-Ayoubi", ayoubi.name());
        assertEquals(List.of("Khaled al-Ayubi"), ayoubi.variants());
        assertEquals(Map.of("Khaled al-Ayoubi", 20, "Khaled al-Ayubi", 1), ayoubi.spellings());
        assertEquals("Syria's ambassador to Iraq", ayoubi.title());
        assertEquals(LocalDate.of(2012, 2, 1), ayoubi.titleSeen());
        assertEquals(LocalDate.of(2012, 2, 1), ayoubi.lastSeen());
        assertEquals("Jane Smith", names.get(1).name());
        assertEquals(23, AuthorityFile.read(out).fingerprints().size());
        assertEquals(0, run("rules", "test", out.toString()).code(), "the generated examples pass");

        Path story = Files.writeString(dir.resolve("new.txt"), story(7, "Khaled al-Ayubi", "Syria's ambassador to Iraq",
                LocalDate.of(2012, 4, 2)));
        CliRun checked = run("check", "--no-config", "--rules", out.toString(), story.toString());
        assertTrue(checked.out().contains("new.txt:3:44: warning [house-names] 'Ayubi' is not the house spelling of "
                + "Khaled al-Ayoubi: write 'Ayoubi' (suggestion: Ayoubi)"), checked.out());
        assertTrue(checked.out().contains("new.txt:3:120: warning [house-names] 'Ayubi' is not the house spelling"),
                checked.out());
        assertFalse(checked.out().contains("[name-variant]"), "spelled the same wrong way throughout: " + checked.out());
    }

    @Test
    void progressIsShownOnATerminalOnlyAndErasedAtTheEnd(@TempDir Path dir) throws Exception {
        Path archive = archive(dir);
        CliRun r = CliRun.onTerminal(Map.of(), "authority", "build", archive.toString(),
                "--out", dir.resolve("house-names.yml").toString(), "--no-config");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(" of 23 files"), r.err());
        assertTrue(r.err().endsWith("\r"), "the line is erased: " + r.err());
    }

    @Test
    void updateAddsNewArticlesKeepsReviewersEditsAndSkipsWhatItCounted(@TempDir Path dir) throws Exception {
        Path archive = archive(dir);
        Path out = dir.resolve("house-names.yml");
        assertEquals(0, run("authority", "build", archive.toString(), "--out", out.toString(), "--no-config").code());
        // A reviewer adds a variant by hand and locks the spelling
        Files.writeString(out, Files.readString(out).replace("variants: [\"Khaled al-Ayubi\"]",
                "variants: [\"Khaled al-Ayubi\", \"Ayubbi\"]\n          locked: true"));
        Path later = Files.createDirectories(archive.resolve("2013"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(later.resolve("ayoubi-" + i + ".txt"), story(100 + i, "Khaled al-Ayoubi",
                    "Syria's former ambassador to Iraq", LocalDate.of(2013, 5, i)));
        }
        CliRun again = run("authority", "build", archive.toString(), "--out", out.toString(), "--update", "--no-config");
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().endsWith(": 3 article(s) read, 23 already counted, 0 could not be read; 3 spelling(s) of names\n"),
                again.out());
        HouseName ayoubi = AuthorityFile.read(out).names().get(0);
        assertEquals(Map.of("Khaled al-Ayoubi", 23, "Khaled al-Ayubi", 1), ayoubi.spellings());
        assertEquals(List.of("Khaled al-Ayubi", "Ayubbi"), ayoubi.variants());
        assertTrue(ayoubi.locked());
        assertEquals("Syria's former ambassador to Iraq", ayoubi.title());
        assertEquals(LocalDate.of(2013, 5, 3), ayoubi.titleSeen());
        assertEquals(26, AuthorityFile.read(out).fingerprints().size());
    }

    @Test
    void badInputsAreOneLineEachAndTheRestIsStillCounted(@TempDir Path dir) throws Exception {
        Path archive = archive(dir);
        Files.write(archive.resolve("2012/broken.html"), new byte[]{0, 1, 2, 3, 0, 0, 0});
        Path out = dir.resolve("house-names.yml");
        CliRun r = run("authority", "build", archive.toString(), "--out", out.toString(), "--no-config");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("copydesk: " + archive.resolve("2012/broken.html") + ": "), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
        assertEquals("Khaled al-Ayoubi", AuthorityFile.read(out).names().get(0).name());
        assertEquals(2, run("authority", "build", archive.toString(), "--out", out.toString(), "--no-config").code(),
                "an existing authority is not overwritten without --update");
        assertTrue(run("authority", "build", archive.toString(), "--out", out.toString(), "--no-config").err()
                .contains("exists; add --update"));
    }
}
