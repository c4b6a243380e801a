package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.nlp.Models;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The commands take standard input, variables, the terminal and the models from the Environment they are given. */
class EnvironmentTest {
    private static final String SEED = "fixtures/seed-syria.html";

    @Test
    void theTerminalIsReadFromTheVariablesAndConsoleGiven() {
        assertEquals(new Terminal(true, false, false, false), Terminal.of(Map.of(), true));
        assertEquals(new Terminal(false, false, false, false), Terminal.of(Map.of(), false));
        assertTrue(Terminal.of(Map.of("CI", "true"), true).ci());
        assertFalse(Terminal.of(Map.of("CI", "false"), true).ci(), "CI=false is no CI");
        assertFalse(Terminal.of(Map.of("CI", ""), true).ci());
        assertTrue(Terminal.of(Map.of("NO_COLOR", "1"), true).noColor());
        assertFalse(Terminal.of(Map.of("NO_COLOR", ""), true).noColor(), "set to nothing is not set (no-color.org)");
        assertTrue(Terminal.of(Map.of("TERM", "dumb"), true).dumb());
    }

    @Test
    void anInternalErrorPrintsItsStackTraceOnlyWhenTheEnvironmentAsksForIt() {
        Supplier<Models> broken = () -> {
            throw new IllegalStateException("the models are gone");
        };
        CliRun quiet = CliRun.run(new Environment(InputStream.nullInputStream(), Map.of(), false, broken), "check", SEED);
        assertEquals(2, quiet.code());
        assertEquals("copydesk: internal error: java.lang.IllegalStateException: the models are gone\n", quiet.err());

        CliRun debug = CliRun.run(new Environment(InputStream.nullInputStream(), Map.of("COPYDESK_DEBUG", "1"), false,
                broken), "check", SEED);
        assertEquals(2, debug.code());
        assertTrue(debug.err().startsWith("copydesk: internal error: java.lang.IllegalStateException: the models are gone\n"
                + "java.lang.IllegalStateException: the models are gone\n\tat "), debug.err());
    }

    @Test
    void theModelsAreAskedForOnlyByCommandsThatReadArticlesAndLoadedOnce() {
        AtomicInteger loads = new AtomicInteger();
        Supplier<Models> counted = Environment.once(() -> {
            loads.incrementAndGet();
            return dev.copydesk.TestSupport.models();
        });
        Environment env = new Environment(InputStream.nullInputStream(), Map.of(), false, counted);
        assertEquals(0, CliRun.run(env, "rules", "list").code());
        assertEquals(0, CliRun.run(env, "explain", "name-variant").code());
        assertEquals(0, loads.get(), "listing and explaining rules read no article");
        assertEquals(0, CliRun.run(env, "check", "--fail-on", "never", SEED, "fixtures/wire-storm-errors.txt").code());
        assertEquals(0, CliRun.run(env, "entities", SEED).code());
        assertEquals(1, loads.get(), "loaded once for the process");
        assertSame(counted.get(), counted.get());
    }
}
