package dev.copydesk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a rule file and as a {@code .copydesk.yml}: loading, validation, building the
 * checks, and a check of a small article under them. Seeds: the shipped rule files (copied by
 * the build) and the configs and aliases beside this test's inputs folder.
 */
class RuleConfigFuzzTest {
    private static final String ARTICLE = "Talks end\n\nThe talks began on Thursday, Nov. 14, 2012, Mayor Ana Ruiz said. "
            + "\"We will meet again,\" Ruiz said.\n";

    @FuzzTest(maxDuration = "60s")
    void ruleFilesAndConfigs(byte[] yaml) throws Exception {
        Path dir = FuzzRun.freshDir();
        try {
            Path rules = Files.write(dir.resolve("rules.yml"), yaml);
            Path config = Files.write(dir.resolve(".copydesk.yml"), yaml);
            Path article = Files.writeString(dir.resolve("article.txt"), ARTICLE);
            FuzzRun.run(dir, List.of("check", "--no-config", "--no-default-rules", "--rules", rules.toString(),
                    "--file-timeout", FuzzRun.timeoutOption(), article.toString()));
            FuzzRun.run(dir, List.of("check", "--config", config.toString(), "--file-timeout", FuzzRun.timeoutOption(),
                    article.toString()));
        } finally {
            FuzzRun.delete(dir);
        }
    }
}
