package dev.copydesk.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Any bytes as a page, through reading (size, binary sniffing, charsets), the HTML parser and the
 * whole analysis and every check. Seeds: the small fixture pages (copied by the build) and the
 * pathological ones beside this test's inputs folder. {@code mvn test} runs the seeds; {@code
 * JAZZER_FUZZ=1} fuzzes (see the README's Reliability section).
 */
class HtmlPipelineFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void pageThroughTheWholePipeline(byte[] page) throws Exception {
        Path dir = FuzzRun.freshDir();
        try {
            Path file = Files.write(dir.resolve("page.html"), page);
            FuzzRun.run(dir, List.of("check", "--no-config", "--format", "json", "--file-timeout", FuzzRun.timeoutOption(),
                    file.toString()));
        } finally {
            FuzzRun.delete(dir);
        }
    }
}
