package dev.copydesk;

/** The tool's version, as reported by {@code --version} and in JSON reports. */
public final class Version {
    public static final String VERSION = "0.1.0";

    private Version() {
    }
}
