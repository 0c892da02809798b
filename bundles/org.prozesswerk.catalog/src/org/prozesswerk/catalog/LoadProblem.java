package org.prozesswerk.catalog;

import java.util.Objects;

/**
 * Something wrong or noteworthy in a catalogue's source data. Loaders report such rows instead of silently skipping
 * them, so that users can see (and data owners can fix) what did not make it into the catalogue.
 *
 * @param source   the file or other source, e.g. {@code data/leika_leistungen.csv}
 * @param line     the 1-based line where the offending record starts (the header is line 1), 0 when unknown
 * @param severity {@link Severity#ERROR} when data was rejected or altered, {@link Severity#WARNING} otherwise
 * @param message  a user-facing, localised message
 */
public record LoadProblem(String source, int line, Severity severity, String message) {

    public enum Severity {
        /** The record or value was rejected (e.g. a malformed key); the catalogue lacks it. */
        ERROR,
        /** The record was accepted with a caveat or skipped on purpose (e.g. a row marked "nicht im LeiKa"). */
        WARNING
    }

    public LoadProblem {
        Objects.requireNonNull(severity, "severity");
        source = source == null ? "" : source;
        message = message == null ? "" : message;
    }

    public static LoadProblem error(String source, int line, String message) {
        return new LoadProblem(source, line, Severity.ERROR, message);
    }

    public static LoadProblem warning(String source, int line, String message) {
        return new LoadProblem(source, line, Severity.WARNING, message);
    }

    @Override
    public String toString() {
        return source + (line > 0 ? ":" + line : "") + ": " + severity + ": " + message;
    }
}
