package dev.copydesk.checks;

/** A parameter record with a {@code mode}: which of the type's situations a rule reports. */
public interface Modal {
    Enum<?> mode();
}
