package dev.copydesk.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.copydesk.Interruption;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class FileRunnerTest {
    @Test
    void aFileThatRunsPastItsBudgetIsStoppedAtACheckPointAndTheOthersFinish() {
        List<Supplier<String>> tasks = List.of(
                () -> {
                    while (true) {
                        Interruption.check(); // a stage's long loop
                    }
                },
                () -> "checked",
                () -> "checked too");
        List<String> out = FileRunner.run(tasks, Duration.ofMillis(200), i -> "not analysed " + i);
        assertEquals(List.of("not analysed 0", "checked", "checked too"), out);
    }

    private static volatile boolean released;

    @Test
    void aFileThatNeverReachesACheckPointIsLeftBehindAndTheRunGoesOn() {
        List<Supplier<String>> tasks = List.of(
                () -> {
                    while (!released) {
                        Thread.onSpinWait(); // a library stuck in a loop: no check point, the interrupt goes unseen
                    }
                    return "too late";
                },
                () -> "checked");
        try {
            List<String> out = FileRunner.run(tasks, Duration.ofMillis(100), i -> "not analysed " + i);
            assertEquals(List.of("not analysed 0", "checked"), out);
        } finally {
            released = true; // let the abandoned thread end: it would spin for the rest of the test JVM
        }
    }

    @Test
    void resultsKeepTheInputOrder() {
        List<Supplier<String>> tasks = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            int n = i;
            tasks.add(() -> "file " + n);
        }
        List<String> out = FileRunner.run(tasks, Duration.ofSeconds(30), i -> "not analysed " + i);
        for (int i = 0; i < 50; i++) {
            assertEquals("file " + i, out.get(i));
        }
    }
}
