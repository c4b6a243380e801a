package dev.copydesk.rules;

/** Finding categories of the JSON report schema v1; other tools key on these ids. */
public enum Category {
    NAME("name"), TITLE("title"), FIRST_REFERENCE("first-reference"), ATTRIBUTION("attribution"),
    DATE("date"), HEADLINE("headline"), NUMBER("number"), STYLE("style");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Category parse(String s) {
        for (Category c : values()) {
            if (c.id.equals(s)) {
                return c;
            }
        }
        return null;
    }

    public static String ids() {
        StringBuilder sb = new StringBuilder();
        for (Category c : values()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(c.id);
        }
        return sb.toString();
    }
}
