package dev.copydesk.config;

import java.util.ArrayList;
import java.util.List;

/**
 * A glob from {@code include}/{@code exclude}, with the meaning of Java's {@code glob:} path
 * matcher ({@code *} within a folder name, {@code **} across folders, {@code ?}, {@code [a-z]},
 * {@code [!a-z]}, {@code {a,b}}, {@code \} to escape), matched in time linear in the path for each
 * pattern (a set of positions advanced char by char) instead of by a backtracking regex, which
 * takes exponential time on a pattern of nested stars.
 */
public final class Glob {
    /** Brace groups multiply: past this many alternatives a pattern is refused. */
    static final int MAX_ALTERNATIVES = 256;
    /** Patterns longer than this are refused: nobody writes one, and matching costs pattern × path. */
    static final int MAX_LENGTH = 1_000;

    private sealed interface Token permits Literal, OneChar, Star, GlobStar, CharClass {
    }

    private record Literal(char c) implements Token {
    }

    private record OneChar() implements Token {
    }

    private record Star() implements Token {
    }

    private record GlobStar() implements Token {
    }

    private record CharClass(List<char[]> ranges, boolean negated) implements Token {
        boolean matches(char c) {
            boolean in = false;
            for (char[] r : ranges) {
                in |= c >= r[0] && c <= r[1];
            }
            return c != '/' && in != negated;
        }
    }

    private final String pattern;
    private final List<Token[]> alternatives;

    private Glob(String pattern, List<Token[]> alternatives) {
        this.pattern = pattern;
        this.alternatives = alternatives;
    }

    public String pattern() {
        return pattern;
    }

    /** Compiles a glob; throws {@link IllegalArgumentException} saying what is wrong with it. */
    public static Glob compile(String pattern) {
        if (pattern.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("longer than " + MAX_LENGTH + " characters");
        }
        List<Token[]> alternatives = new ArrayList<>();
        for (String p : expandBraces(pattern)) {
            alternatives.add(tokens(p));
        }
        return new Glob(pattern, alternatives);
    }

    /** Whether the path ({@code /}-separated, relative) matches. */
    public boolean matches(String path) {
        for (Token[] t : alternatives) {
            if (matches(t, path)) {
                return true;
            }
        }
        return false;
    }

    private static boolean matches(Token[] tokens, String path) {
        boolean[] states = new boolean[tokens.length + 1];
        states[0] = true;
        close(tokens, states);
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean[] next = new boolean[tokens.length + 1];
            boolean any = false;
            for (int s = 0; s < tokens.length; s++) {
                if (!states[s]) {
                    continue;
                }
                Token t = tokens[s];
                if (t instanceof Literal l && l.c() == c || t instanceof OneChar && c != '/'
                        || t instanceof CharClass k && k.matches(c)) {
                    next[s + 1] = true;
                    any = true;
                } else if (t instanceof Star && c != '/' || t instanceof GlobStar) {
                    next[s] = true;
                    any = true;
                }
            }
            if (!any) {
                return false;
            }
            close(tokens, next);
            states = next;
        }
        return states[tokens.length];
    }

    /** A state at a star may also skip it (match nothing). */
    private static void close(Token[] tokens, boolean[] states) {
        for (int s = 0; s < tokens.length; s++) {
            if (states[s] && (tokens[s] instanceof Star || tokens[s] instanceof GlobStar)) {
                states[s + 1] = true;
            }
        }
    }

    /**
     * The patterns a glob's {@code {a,b}} groups stand for: "*.{html,md}" is "*.html" and "*.md".
     * Escapes and {@code [...]} classes are copied whole, so a brace inside them is no group.
     */
    private static List<String> expandBraces(String pattern) {
        List<String> out = new ArrayList<>();
        out.add("");
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                append(out, pattern.substring(i, i + 2));
                i += 2;
            } else if (c == '[') {
                int close = classEnd(pattern, i);
                append(out, pattern.substring(i, close + 1));
                i = close + 1;
            } else if (c == '{') {
                int close = pattern.indexOf('}', i);
                if (close < 0) {
                    throw new IllegalArgumentException("'{' at " + (i + 1) + " is never closed");
                }
                out = times(out, pattern.substring(i + 1, close));
                i = close + 1;
            } else {
                append(out, String.valueOf(c));
                i++;
            }
        }
        return out;
    }

    /** Each of {@code prefixes} followed by each alternative of a {@code {a,b}} group's body. */
    private static List<String> times(List<String> prefixes, String group) {
        if (group.indexOf('{') >= 0) {
            throw new IllegalArgumentException("groups { } cannot be nested");
        }
        List<String> next = new ArrayList<>();
        for (String prefix : prefixes) {
            for (String alt : group.split(",", -1)) {
                next.add(prefix + alt);
            }
        }
        if (next.size() > MAX_ALTERNATIVES) {
            throw new IllegalArgumentException("its { } groups make more than " + MAX_ALTERNATIVES + " alternatives");
        }
        return next;
    }

    private static void append(List<String> out, String s) {
        out.replaceAll(p -> p + s);
    }

    private static int classEnd(String p, int open) {
        int i = open + 1;
        if (i < p.length() && (p.charAt(i) == '!' || p.charAt(i) == '^')) {
            i++;
        }
        if (i < p.length() && p.charAt(i) == ']') {
            i++; // a ']' first in the class is a literal
        }
        int close = p.indexOf(']', i);
        if (close < 0) {
            throw new IllegalArgumentException("'[' at " + (open + 1) + " is never closed");
        }
        return close;
    }

    private static Token[] tokens(String p) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < p.length()) {
            char c = p.charAt(i);
            switch (c) {
                case '\\' -> {
                    if (i + 1 >= p.length()) {
                        throw new IllegalArgumentException("it ends with a lone '\\'");
                    }
                    out.add(new Literal(p.charAt(i + 1)));
                    i += 2;
                }
                case '*' -> {
                    boolean globstar = i + 1 < p.length() && p.charAt(i + 1) == '*';
                    out.add(globstar ? new GlobStar() : new Star());
                    i += globstar ? 2 : 1;
                    while (i < p.length() && p.charAt(i) == '*') {
                        i++; // "***" is "**"
                    }
                }
                case '?' -> {
                    out.add(new OneChar());
                    i++;
                }
                case '[' -> {
                    int close = classEnd(p, i);
                    out.add(charClass(p.substring(i + 1, close)));
                    i = close + 1;
                }
                default -> {
                    out.add(new Literal(c));
                    i++;
                }
            }
        }
        return out.toArray(new Token[0]);
    }

    private static CharClass charClass(String body) {
        boolean negated = !body.isEmpty() && (body.charAt(0) == '!' || body.charAt(0) == '^');
        String b = negated ? body.substring(1) : body;
        List<char[]> ranges = new ArrayList<>();
        for (int i = 0; i < b.length(); i++) {
            char lo = b.charAt(i);
            if (i + 2 < b.length() && b.charAt(i + 1) == '-') {
                char hi = b.charAt(i + 2);
                if (hi < lo) {
                    throw new IllegalArgumentException("range " + lo + "-" + hi + " is backwards");
                }
                ranges.add(new char[]{lo, hi});
                i += 2;
            } else {
                ranges.add(new char[]{lo, lo});
            }
        }
        return new CharClass(ranges, negated);
    }
}
