package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs contrib/pre-commit in a scratch git repository, as a newsroom would install it. */
class PreCommitHookTest {

    private record Result(int code, String output) {
    }

    private static Result sh(Path dir, Map<String, String> env, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(p.waitFor(), out);
    }

    private static boolean available(String tool) {
        try {
            return new ProcessBuilder(tool, "--version").start().waitFor() == 0;
        } catch (Exception e) {
            return false;
        }
    }

    @Test
    void theHookStopsACommitWithFindingsAndLetsACleanOneThrough(@TempDir Path repo) throws Exception {
        assumeTrue(available("git") && available("bash"), "git and bash are needed to run the hook");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String copydesk = java + " -cp " + System.getProperty("java.class.path") + " dev.copydesk.cli.Main";
        assumeTrue(!copydesk.contains(" " + File.pathSeparator) && !System.getProperty("java.class.path").contains(" "),
                "the test classpath has spaces");
        Map<String, String> env = Map.of("COPYDESK", copydesk, "GIT_AUTHOR_NAME", "t", "GIT_AUTHOR_EMAIL", "t@example.com",
                "GIT_COMMITTER_NAME", "t", "GIT_COMMITTER_EMAIL", "t@example.com");
        assertEquals(0, sh(repo, env, "git", "init", "-q").code());
        Path hook = repo.resolve(".git/hooks/pre-commit");
        Files.copy(Path.of("contrib/pre-commit"), hook);
        hook.toFile().setExecutable(true);
        Files.createDirectories(repo.resolve("articles"));

        Files.copy(Path.of("fixtures/wire-storm-errors.txt"), repo.resolve("articles/storm.txt"));
        sh(repo, env, "git", "add", "articles/storm.txt");
        Result blocked = sh(repo, env, "git", "commit", "-q", "-m", "storm story");
        assertNotEquals(0, blocked.code(), blocked.output());
        assertTrue(blocked.output().contains("articles/storm.txt:3:1: warning [name-variant]"), blocked.output());
        assertTrue(blocked.output().contains("commit stopped"), blocked.output());

        // A repository config can relax the gate: only errors stop a commit.
        Files.writeString(repo.resolve(".copydesk.yml"), "severity:\n  name-variant: info\n  title-conflict: info\n");
        sh(repo, env, "git", "add", ".copydesk.yml");
        Result passed = sh(repo, env, "git", "commit", "-q", "-m", "storm story with house rules");
        assertEquals(0, passed.code(), passed.output());
        List<String> log = new ArrayList<>(sh(repo, env, "git", "log", "--oneline").output().lines().toList());
        assertEquals(1, log.size(), log.toString());

        // Files that are not articles never reach copydesk.
        Files.writeString(repo.resolve("notes.json"), "{}");
        sh(repo, env, "git", "add", "notes.json");
        assertEquals(0, sh(repo, env, "git", "commit", "-q", "-m", "notes").code());
    }
}
