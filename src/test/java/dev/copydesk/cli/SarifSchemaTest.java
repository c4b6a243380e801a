package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copydesk's SARIF validates against the official SARIF 2.1.0 schema (vendored in src/test/resources/sarif). */
class SarifSchemaTest {
    private static Schema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
    }

    private static List<Error> validate(String json) {
        return schema.validate(json, InputFormat.JSON, ctx -> ctx.executionConfig(c -> c.formatAssertionsEnabled(true)));
    }

    @Test
    void aRunWithFindingsFixesRelatedLocationsAndAnUnreadableFileIsValid(@TempDir Path dir) throws Exception {
        Path odd = Files.copy(Path.of("fixtures/wire-storm-errors.txt"), dir.resolve("a#b ü.txt"));
        CliRun r = CliRun.run("check", "--format", "sarif", "fixtures/seed-syria-errors.html", odd.toString(),
                "fixtures/missing.html");
        assertEquals(2, r.code());
        assertTrue(r.out().contains("\"fixes\"") && r.out().contains("\"relatedLocations\"")
                && r.out().contains("\"toolExecutionNotifications\""), "the run exercises every part we write");
        assertEquals(List.of(), validate(r.out()));
    }

    @Test
    void theSchemaCatchesWhatItShould() {
        List<Error> errors = validate("{\"version\": \"2.1.0\", \"runs\": [{\"tool\": {\"driver\": {}}, \"results\": "
                + "[{\"message\": {\"text\": \"x\"}, \"fixes\": [{\"artifactChanges\": []}]}]}]}");
        // a driver without a name and a fix without changes, and nothing else
        assertEquals(List.of("/runs/0/results/0/fixes/0/artifactChanges: must have at least 1 items but found 0",
                        "/runs/0/tool/driver: required property 'name' not found"),
                errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).sorted().toList());
    }
}
