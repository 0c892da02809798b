package org.prozesswerk.catalog;

import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The file cannot be imported as a catalogue; nothing was written. The message lists every error with file, row and
 * column (German for German users).
 */
public final class CatalogueImportException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public CatalogueImportException(List<ImportProblem> problems) {
        super(problems.stream().filter(ImportProblem::error).map(ImportProblem::toString)
                .collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public CatalogueImportException(ImportProblem problem, Throwable cause) {
        super(problem.toString(), cause);
        this.problems = List.of(problem);
    }

    /** All problems found, errors and warnings. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
