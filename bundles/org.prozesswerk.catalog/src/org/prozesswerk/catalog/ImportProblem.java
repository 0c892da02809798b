package org.prozesswerk.catalog;

import java.util.Objects;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;

/**
 * A problem found while checking a file for import into the user's catalogues: where (file, row, column) and what.
 *
 * @param file    the file as the user named it
 * @param row     1-based row (the header is row 1), 0 for the whole file
 * @param column  the column's header, or {@code null} when the problem concerns the whole row or file
 * @param error   whether the problem prevents the import ({@code false}: a warning, the import goes ahead)
 * @param message the localised description of the cause
 */
public record ImportProblem(String file, int row, String column, boolean error, String message) {

    public ImportProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** The problem as one line for the user: file, row, column and cause. */
    @Override
    public String toString() {
        String text = row <= 0 ? NLS.bind(Messages.problemInFile, file, message)
                : column == null ? NLS.bind(Messages.problemAtRow, new Object[] { file, row, message })
                        : NLS.bind(Messages.problemAtCell, new Object[] { file, row, column, message });
        return error ? text : NLS.bind(Messages.warningPrefix, text);
    }
}
