package org.prozesswerk.catalog;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.catalog.internal.Messages;

/**
 * The run-time source of catalogues beside the extension point: the catalogues the user imported (wizard
 * „Katalog importieren…“, {@code prozesswerk catalogue import}), kept in the folder {@code catalogues} of the
 * Prozesswerk home ({@code $PROZESSWERK_HOME}, default {@code ~/.prozesswerk}), which the workbench and the command
 * line share. {@link CatalogueRegistry#getDefault()} registers them at start; {@link #importTable} and
 * {@link #remove} keep the default registry in step, so every view that reads the registry sees them like built-in
 * ones.
 */
public final class UserCatalogues {

    /** System property overriding the folder (tests, portable installations). */
    public static final String FOLDER_PROPERTY = "prozesswerk.catalogues";
    /** Environment variable naming the Prozesswerk home, as the launcher script and the workbench read it. */
    public static final String HOME_VARIABLE = "PROZESSWERK_HOME";

    private UserCatalogues() {
    }

    /** The folder of the user's catalogues (need not exist yet). */
    public static Path folder() {
        String configured = System.getProperty(FOLDER_PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String home = System.getenv(HOME_VARIABLE);
        Path base = home != null && !home.isBlank() ? Path.of(home)
                : Path.of(System.getProperty("user.home"), ".prozesswerk");
        return base.resolve("catalogues");
    }

    /** The importer working on {@link #folder()}. */
    public static CatalogueImporter importer() {
        return new CatalogueImporter(folder());
    }

    /** Registers the stored catalogues in the registry; a damaged folder is logged, not fatal. */
    static void addTo(CatalogueRegistry registry) {
        try {
            importer().registerAll(registry);
        } catch (IOException | RuntimeException e) {
            ILog.of(UserCatalogues.class).error(NLS.bind(Messages.userCataloguesFailed, folder(), e.getMessage()), e);
        }
    }

    /**
     * Imports a checked table into the folder and registers it in the default registry, replacing an earlier import
     * of the same id.
     *
     * @throws CatalogueImportException if the table has errors or the id is that of a contributed catalogue;
     *                                  nothing is written then
     */
    public static Catalogue importTable(CsvReader.Table table, CatalogueImporter.ImportSpec spec,
            List<LoadProblem> readProblems) throws IOException {
        CatalogueRegistry registry = CatalogueRegistry.getDefault();
        if (registry.isContributed(spec.id())) {
            throw new CatalogueImportException(List.of(new ImportProblem(table.source(), 0, null, true,
                    NLS.bind(Messages.importContributedId, spec.id()))));
        }
        Catalogue catalogue = importer().importTable(table, spec, readProblems);
        registry.register(catalogue);
        return catalogue;
    }

    /** Removes an imported catalogue from the folder and the default registry; contributed ones cannot be removed. */
    public static boolean remove(String id) throws IOException {
        boolean removed = importer().remove(id);
        CatalogueRegistry.getDefault().unregister(id);
        return removed;
    }

    /** The stored catalogue with this id, not loaded. */
    public static Optional<Catalogue> stored(String id) throws IOException {
        return importer().catalogue(id);
    }
}
