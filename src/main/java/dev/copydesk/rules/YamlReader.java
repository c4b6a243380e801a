package dev.copydesk.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.copydesk.UserFileException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads YAML into {@link YamlNode}s that remember their line and column (Jackson's streaming parser). */
public final class YamlReader {
    private static final YAMLFactory FACTORY = new YAMLFactory();

    private YamlReader() {
    }

    /**
     * Parses a document; syntax errors become {@link UserFileException}s at the offending position
     * (a rule file's reader makes them {@link RuleFileException}s).
     */
    public static YamlNode read(String file, String content) {
        try (JsonParser p = FACTORY.createParser(content)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                return YamlNode.empty(file);
            }
            return node(file, p);
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String msg = e.getOriginalMessage().split("\n")[0];
            int line = loc == null ? 1 : Math.max(1, loc.getLineNr());
            int col = loc == null ? 1 : Math.max(1, loc.getColumnNr());
            throw new UserFileException(file, line, col, "not valid YAML: " + msg);
        } catch (IOException e) {
            throw new UserFileException(file, 0, 0, "cannot be read: " + e.getMessage());
        }
    }

    private static YamlNode node(String file, JsonParser p) throws IOException {
        JsonLocation loc = p.currentTokenLocation();
        int line = Math.max(1, loc.getLineNr());
        int col = Math.max(1, loc.getColumnNr());
        JsonToken t = p.currentToken();
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            // Jackson hands an alias over as its name: "message: *m" would read as "m". Refuse it where it is.
            throw new UserFileException(file, line, col, "YAML aliases (*name) are not supported; write the value out");
        }
        switch (t) {
            case START_OBJECT -> {
                Map<String, YamlNode> map = new LinkedHashMap<>();
                Map<String, YamlNode> keys = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    JsonLocation keyLoc = p.currentTokenLocation();
                    if (map.containsKey(key)) {
                        throw new UserFileException(file, keyLoc.getLineNr(), keyLoc.getColumnNr(),
                                "key '" + key + "' appears twice");
                    }
                    keys.put(key, new YamlNode(file, Math.max(1, keyLoc.getLineNr()), Math.max(1, keyLoc.getColumnNr()), key));
                    p.nextToken();
                    map.put(key, node(file, p));
                }
                return new YamlNode(file, line, col, map, keys);
            }
            case START_ARRAY -> {
                List<YamlNode> list = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    list.add(node(file, p));
                }
                return new YamlNode(file, line, col, list);
            }
            case VALUE_NULL -> {
                return new YamlNode(file, line, col, null);
            }
            default -> {
                return new YamlNode(file, line, col, p.getText());
            }
        }
    }
}
