package dev.copydesk.engine;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.copydesk.UserFileException;
import dev.copydesk.checks.Finding;
import dev.copydesk.results.FileResult;
import dev.copydesk.results.Fingerprints;
import dev.copydesk.results.RunResult;
import dev.copydesk.rules.SettingsFile;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Today's findings, remembered so that a legacy archive can adopt copydesk and be gated on new
 * findings only. Findings are matched by fingerprint (file, rule, text, message), not by line,
 * so edits that move text up or down keep them matched; a finding that appears more often than
 * the baseline recorded it is new.
 */
public final class Baseline {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Map<String, Integer> counts;

    private Baseline(Map<String, Integer> counts) {
        this.counts = counts;
    }

    /**
     * Reads a baseline file; a bad one is a {@link UserFileException} naming the file, and the line
     * and column where its JSON goes wrong.
     */
    public static Baseline read(Path file) {
        String text = SettingsFile.read(file, "baseline", SettingsFile.MAX_BASELINE_BYTES);
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            // Jackson puts "[Source: REDACTED (...); line: 2, column: 14]" in a marker's place: the line is enough
            String problem = "not valid JSON, so not a copydesk baseline: " + e.getOriginalMessage().split("\n")[0]
                    .replaceAll("\\[Source: [^;\\]]*; ", "[");
            throw at == null || at.getLineNr() < 1 ? new UserFileException(file, problem)
                    : new UserFileException(file.toString(), at.getLineNr(), Math.max(1, at.getColumnNr()), problem);
        }
        JsonNode findings = root == null ? null : root.get("findings");
        if (root == null || root.path("copydeskBaseline").asInt() != 1 || findings == null || !findings.isArray()) {
            throw new UserFileException(file, "not a copydesk baseline (expected copydeskBaseline: 1 and a findings list)");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode f : findings) {
            counts.merge(f.path("fingerprint").asText(), 1, Integer::sum);
        }
        return new Baseline(counts);
    }

    /** Writes every finding of the run as the new baseline. */
    public static void write(java.io.PrintWriter out, RunResult result) {
        List<Object> findings = new ArrayList<>();
        for (FileResult f : result.files()) {
            for (Finding x : f.findings()) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("fingerprint", Fingerprints.of(f.path(), x));
                m.put("path", f.path());
                m.put("rule", x.rule());
                m.put("text", x.text());
                findings.add(m);
            }
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("copydeskBaseline", 1);
        root.put("findings", findings);
        try {
            out.print(JSON.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("a baseline of plain strings always serialises", e);
        }
    }

    /** The run without the findings the baseline already knows. */
    public RunResult filter(RunResult result) {
        Map<String, Integer> left = new HashMap<>(counts);
        List<FileResult> files = new ArrayList<>();
        for (FileResult f : result.files()) {
            List<Finding> fresh = new ArrayList<>();
            for (Finding x : f.findings()) {
                String fp = Fingerprints.of(f.path(), x);
                int n = left.getOrDefault(fp, 0);
                if (n > 0) {
                    left.put(fp, n - 1);
                } else {
                    fresh.add(x);
                }
            }
            files.add(f.withFindings(fresh));
        }
        return new RunResult(files, result.rules());
    }
}
