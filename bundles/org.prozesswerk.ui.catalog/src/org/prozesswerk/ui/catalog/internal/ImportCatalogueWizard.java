package org.prozesswerk.ui.catalog.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueDiff;
import org.prozesswerk.catalog.CatalogueImportException;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CatalogueImporter.ImportSpec;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.catalog.CsvReader;
import org.prozesswerk.catalog.ImportProblem;
import org.prozesswerk.catalog.LoadProblem;
import org.prozesswerk.catalog.UserCatalogues;
import org.prozesswerk.exchange.office.CatalogueTables;

/**
 * „Katalog importieren…“: a CSV or XLSX file becomes one of the user's catalogues ({@link UserCatalogues}), with
 * the column mapping, key pattern, id, name and version chosen on one page. The file is checked as the user types;
 * Finish is possible only when the check finds no error, so nothing is half imported. A new version of a catalogue
 * imported before shows what changed before it is imported.
 */
public final class ImportCatalogueWizard extends Wizard implements IImportWizard {

    /** Combo item for "no column". */
    static final int NONE = 0;

    private ImportPage page;
    private String result;

    public ImportCatalogueWizard() {
        setWindowTitle(Messages.Import_Title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // the import does not depend on the selection
    }

    @Override
    public void addPages() {
        page = new ImportPage();
        addPage(page);
    }

    /** The text shown after the last successful import (for tests and the status line). */
    public String result() {
        return result;
    }

    @Override
    public boolean performFinish() {
        ImportSpec spec = page.spec();
        CsvReader.Table table = page.table;
        if (spec == null || table == null) {
            return false;
        }
        try {
            Catalogue imported = UserCatalogues.importTable(table, spec, page.readProblems);
            result = NLS.bind(Messages.Import_Done, new Object[] { imported.name(), imported.id(),
                    imported.entries().size() });
            return true;
        } catch (CatalogueImportException e) {
            page.showProblems(e.problems());
            return false;
        } catch (IOException e) {
            page.setErrorMessage(e.getMessage());
            return false;
        }
    }

    /** The one page: file, catalogue, columns, check. */
    public final class ImportPage extends WizardPage {

        public Text file;
        public Text id;
        public Text name;
        public Text version;
        public Text publisher;
        public Text keyPattern;
        public Text keyFormat;
        final Map<String, Combo> columns = new LinkedHashMap<>();
        Table properties;
        public Text problems;

        private CsvReader.Table table;
        private List<LoadProblem> readProblems = List.of();
        private boolean updating;
        private String previousId;
        private Optional<Catalogue> previousCatalogue = Optional.empty();

        ImportPage() {
            super("import"); //$NON-NLS-1$
            setTitle(Messages.Import_PageTitle);
            setDescription(Messages.Import_PageDescription);
            setPageComplete(false);
        }

        @Override
        public void createControl(Composite parent) {
            Composite root = new Composite(parent, SWT.NONE);
            GridLayoutFactory.fillDefaults().margins(6, 6).applyTo(root);

            Group source = group(root, Messages.Import_File, 3);
            file = text(source, Messages.Import_FileLabel, 1);
            Button browse = new Button(source, SWT.PUSH);
            browse.setText(Messages.Import_Browse);
            browse.addListener(SWT.Selection, e -> {
                FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
                dialog.setFilterExtensions(new String[] { "*.csv;*.xlsx", "*.*" }); //$NON-NLS-1$ //$NON-NLS-2$
                String chosen = dialog.open();
                if (chosen != null) {
                    file.setText(chosen);
                }
            });
            file.addListener(SWT.Modify, e -> readFile());

            Group catalogue = group(root, Messages.Import_Catalogue, 4);
            id = text(catalogue, Messages.Import_Id, 1);
            version = text(catalogue, Messages.Import_Version, 1);
            name = text(catalogue, Messages.Import_Name, 3);
            publisher = text(catalogue, Messages.Import_Publisher, 3);
            keyPattern = text(catalogue, Messages.Import_KeyPattern, 1);
            keyFormat = text(catalogue, Messages.Import_KeyFormat, 1);

            Group mapping = group(root, Messages.Import_Columns, 4);
            String[] labels = { Messages.Import_KeyColumn, Messages.Import_LabelColumn, Messages.Import_ParentColumn,
                    Messages.Import_KindColumn, Messages.Import_DescriptionColumn, Messages.Import_UrlColumn,
                    Messages.Import_ValidFromColumn, Messages.Import_ValidUntilColumn };
            String[] keys = { CsvMapping.KEY_COLUMN, CsvMapping.LABEL_COLUMN, CsvMapping.PARENT_COLUMN,
                    CsvMapping.KIND_COLUMN, CsvMapping.DESCRIPTION, CsvMapping.URL, CsvMapping.VALID_FROM,
                    CsvMapping.VALID_UNTIL };
            for (int i = 0; i < keys.length; i++) {
                new Label(mapping, SWT.NONE).setText(labels[i]);
                Combo combo = new Combo(mapping, SWT.READ_ONLY | SWT.DROP_DOWN);
                GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
                combo.addListener(SWT.Selection, e -> check());
                columns.put(keys[i], combo);
            }
            Label propertiesLabel = new Label(mapping, SWT.NONE);
            propertiesLabel.setText(Messages.Import_Properties);
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(propertiesLabel);
            properties = new Table(mapping, SWT.CHECK | SWT.BORDER | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(SWT.DEFAULT, 70).applyTo(properties);
            properties.addListener(SWT.Selection, e -> check());

            Group check = group(root, Messages.Import_Check, 1);
            problems = new Text(check, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, true).hint(500, 80).applyTo(problems);

            for (Text t : List.of(id, name, version, publisher, keyPattern, keyFormat)) {
                t.addListener(SWT.Modify, e -> check());
            }
            setControl(root);
        }

        private Group group(Composite parent, String title, int columns) {
            Group group = new Group(parent, SWT.NONE);
            group.setText(title);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(group);
            GridLayoutFactory.swtDefaults().numColumns(columns).applyTo(group);
            return group;
        }

        private Text text(Composite parent, String label, int span) {
            new Label(parent, SWT.NONE).setText(label);
            Text text = new Text(parent, SWT.BORDER);
            GridDataFactory.fillDefaults().grab(true, false).span(span, 1).applyTo(text);
            return text;
        }

        /** Reads the chosen file and offers its header in the column choices. */
        public void readFile() {
            table = null;
            String path = file.getText().strip();
            updating = true;
            try {
                for (Combo combo : columns.values()) {
                    combo.removeAll();
                }
                properties.removeAll();
                if (!path.isEmpty() && Files.isRegularFile(Path.of(path))) {
                    List<LoadProblem> read = new ArrayList<>();
                    try {
                        table = CatalogueTables.read(Path.of(path), read);
                        readProblems = read;
                    } catch (CatalogueImportException e) {
                        showProblems(e.problems());
                        return;
                    }
                    for (Combo combo : columns.values()) {
                        combo.add(Messages.Import_NoColumn);
                        table.header().forEach(combo::add);
                        combo.select(NONE);
                    }
                    if (!table.header().isEmpty()) {
                        columns.get(CsvMapping.KEY_COLUMN).select(1);
                    }
                    if (table.header().size() > 1) {
                        columns.get(CsvMapping.LABEL_COLUMN).select(2);
                    }
                    for (String column : table.header()) {
                        new TableItem(properties, SWT.NONE).setText(column);
                    }
                    if (id.getText().isBlank()) {
                        String base = Path.of(path).getFileName().toString().replaceFirst("\\.[^.]*$", ""); //$NON-NLS-1$ //$NON-NLS-2$
                        id.setText(base.replaceAll("[^A-Za-z0-9._-]", "-")); //$NON-NLS-1$ //$NON-NLS-2$
                    }
                }
            } finally {
                updating = false;
            }
            check();
        }

        /** Selects a column by its header for a mapping key ({@link CsvMapping#KEY_COLUMN}, {@link CsvMapping#URL}…). */
        public void selectColumn(String mappingKey, String header) {
            Combo combo = columns.get(mappingKey);
            combo.select(Math.max(0, combo.indexOf(header)));
            check();
        }

        /** Ticks a column to be kept as a property. */
        public void selectProperty(String header) {
            for (TableItem item : properties.getItems()) {
                if (item.getText().equals(header)) {
                    item.setChecked(true);
                }
            }
            check();
        }

        private String column(String key) {
            Combo combo = columns.get(key);
            return combo == null || combo.getSelectionIndex() <= NONE ? null : combo.getText();
        }

        /** The spec as entered, or {@code null} (with the reason as error message) if it is incomplete. */
        ImportSpec spec() {
            if (table == null) {
                setErrorMessage(file.getText().isBlank() ? null : NLS.bind(Messages.Import_NoFile, file.getText()));
                return null;
            }
            if (column(CsvMapping.KEY_COLUMN) == null || column(CsvMapping.LABEL_COLUMN) == null) {
                setErrorMessage(Messages.Import_NeedKeyAndLabel);
                return null;
            }
            if (id.getText().isBlank() || name.getText().isBlank() || version.getText().isBlank()) {
                setErrorMessage(Messages.Import_NeedIdNameVersion);
                return null;
            }
            List<String> attributes = new ArrayList<>();
            for (TableItem item : properties.getItems()) {
                if (item.getChecked()) {
                    attributes.add(item.getText());
                }
            }
            Map<String, String> fields = new LinkedHashMap<>();
            for (String field : CsvMapping.FIELDS) {
                fields.put(field, column(field));
            }
            try {
                if (!keyPattern.getText().isBlank()) {
                    java.util.regex.Pattern.compile(keyPattern.getText().strip());
                }
                return new ImportSpec(id.getText().strip(), name.getText().strip(), version.getText().strip(),
                        publisher.getText().strip(), new CsvMapping(column(CsvMapping.KEY_COLUMN),
                                column(CsvMapping.LABEL_COLUMN), column(CsvMapping.PARENT_COLUMN),
                                column(CsvMapping.KIND_COLUMN), null, attributes, fields),
                        keyPattern.getText().strip(), keyFormat.getText().strip());
            } catch (IllegalArgumentException e) {
                setErrorMessage(NLS.bind(Messages.Import_BadSpec, e.getMessage()));
                return null;
            }
        }

        /** Checks the file against the spec and shows the result; the page is complete only without errors. */
        void check() {
            if (updating) {
                return;
            }
            setErrorMessage(null);
            ImportSpec spec = spec();
            if (spec == null) {
                problems.setText(""); //$NON-NLS-1$
                setPageComplete(false);
                return;
            }
            List<ImportProblem> found = CatalogueImporter.check(table, spec, readProblems);
            if (found.stream().anyMatch(ImportProblem::error)) {
                showProblems(found);
                return;
            }
            Catalogue preview = CatalogueImporter.preview(table, spec);
            StringBuilder text = new StringBuilder(NLS.bind(Messages.Import_Ready, preview.entries().size()));
            found.forEach(p -> text.append('\n').append(p));
            previous(spec.id()).ifPresent(old -> appendChanges(text, old, preview));
            problems.setText(text.toString());
            setPageComplete(true);
        }

        /** The catalogue of this id imported earlier, loaded once per id (the page compares against it). */
        private Optional<Catalogue> previous(String catalogueId) {
            if (!catalogueId.equals(previousId)) {
                previousId = catalogueId;
                try {
                    previousCatalogue = UserCatalogues.stored(catalogueId);
                } catch (IOException e) {
                    previousCatalogue = Optional.empty();
                }
            }
            return previousCatalogue;
        }

        private static void appendChanges(StringBuilder text, Catalogue old, Catalogue preview) {
            CatalogueDiff diff = CatalogueDiff.between(old, preview);
            text.append('\n').append(NLS.bind(Messages.Import_Changes, new Object[] { old.version(),
                    diff.added().size(), diff.removed().size(), diff.relabelled().size() }));
            diff.added().forEach(e -> text.append("\n  + ").append(e.key()).append("  ").append(e.label())); //$NON-NLS-1$ //$NON-NLS-2$
            diff.removed().forEach(e -> text.append("\n  \u2212 ").append(e.key()).append("  ").append(e.label())); //$NON-NLS-1$ //$NON-NLS-2$
            diff.relabelled().forEach(r -> text.append("\n  ~ ").append(r.key()).append("  ").append(r.oldLabel()) //$NON-NLS-1$ //$NON-NLS-2$
                    .append(" \u2192 ").append(r.newLabel())); //$NON-NLS-1$
        }

        void showProblems(List<ImportProblem> found) {
            long errors = found.stream().filter(ImportProblem::error).count();
            setErrorMessage(NLS.bind(Messages.Import_Errors, errors));
            StringBuilder text = new StringBuilder();
            found.forEach(p -> text.append(p).append('\n'));
            problems.setText(text.toString().strip());
            setPageComplete(false);
        }
    }

    /** The page, for tests driving the wizard. */
    public ImportPage page() {
        return page;
    }
}
