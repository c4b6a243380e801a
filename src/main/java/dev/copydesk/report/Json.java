package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.copydesk.Version;
import dev.copydesk.article.Location;
import java.util.LinkedHashMap;
import java.util.Map;

/** Shared JSON plumbing: one mapper, the tool block and locations in schema v1's field names. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private Json() {
    }

    static Map<String, Object> tool() {
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("name", "copydesk");
        t.put("version", Version.VERSION);
        return t;
    }

    static void putLocation(Map<String, Object> m, Location l) {
        m.put("line", l.line());
        m.put("column", l.column());
        m.put("endLine", l.endLine());
        m.put("endColumn", l.endColumn());
    }

    static String write(Object tree) {
        try {
            return MAPPER.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
