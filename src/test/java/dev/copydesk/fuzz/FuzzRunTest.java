package dev.copydesk.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The fuzz property reads copydesk's own lines, not the user's words its messages quote. */
class FuzzRunTest {
    private static FuzzRun.Result err(String line) {
        return new FuzzRun.Result(2, "", line + "\n");
    }

    @Test
    void aFailureCopydeskReportsIsSeen() {
        assertTrue(FuzzRun.says(err("copydesk: internal error: java.lang.IllegalStateException"), "internal error: "));
        assertTrue(FuzzRun.saysOfAFile(err("copydesk: /tmp/copydesk-fuzz1/article.txt: could not be analysed (java.lang.X)"),
                "could not be analysed ("));
        assertTrue(FuzzRun.saysOfAFile(err("copydesk: /tmp/copydesk-fuzz1/page.html: not analysed: it took longer than the "
                + "time budget of 20 s"), "not analysed: it took longer than the time budget"));
    }

    @Test
    void theSameWordsQuotedFromARuleFileAreNot() {
        String quoted = "copydesk: /tmp/copydesk-fuzz1/rules.yml:2:9: rule id 'my internal error: could not be analysed ("
                + "not analysed: it took longer than the time budget' must be kebab-case";
        assertFalse(FuzzRun.says(err(quoted), "internal error: "));
        assertFalse(FuzzRun.saysOfAFile(err(quoted), "could not be analysed ("));
        assertFalse(FuzzRun.saysOfAFile(err(quoted), "not analysed: it took longer than the time budget"));
        assertFalse(FuzzRun.saysOfAFile(err(quoted), "internal error while checking ("));
    }
}
