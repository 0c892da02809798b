/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.prozesswerk.method.AttributeDefinitionCommands;
import org.prozesswerk.method.MethodProfile;
import org.prozesswerk.method.MethodProfileApplication;
import org.prozesswerk.method.MethodProfileException;
import org.prozesswerk.method.MethodProfileFile;
import org.prozesswerk.method.ui.internal.Messages;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterPartEditor;

/**
 * The method profile (Methodenprofil) of an open register: its attribute definitions — add, rename, reorder, type,
 * required, allowed values, help text, the folders and process types they apply to, delete (asking, with the number
 * of values, if Steckbriefe hold values) — and the hours per full-time equivalent of the capacity figures; export to
 * and import from a method profile file. Every edit is one EMF command on the register's command stack (undo/redo,
 * dirty state and save shared with the navigator and the Steckbrief editors, which follow at once).
 */
public final class MethodProfileEditor extends RegisterPartEditor {

    public static final String ID = "org.prozesswerk.method.ui.editor";
    /** Key under which widgets carry their name for tests. */
    public static final String WIDGET_KEY = "org.prozesswerk.method.ui.widget";

    private boolean refreshing;

    private Text hours;
    private Table table;
    private Text label;
    private Label id;
    private Combo type;
    private Button required;
    private Text allowedValues;
    private Text helpText;
    private final List<Button> processTypes = new ArrayList<>();
    private Table folders;
    private final List<Folder> folderRows = new ArrayList<>();
    private Button delete;
    private Button up;
    private Button down;
    private Composite details;

    public MethodProfileEditor() {
        super(MethodProfileEditorInput.class);
    }

    /** Opens (or brings up) the method profile of {@code document}. */
    public static MethodProfileEditor open(IWorkbenchPage page, RegisterDocument document) {
        try {
            return (MethodProfileEditor) page.openEditor(new MethodProfileEditorInput(document.file()), ID);
        } catch (PartInitException e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), Messages.Node_Label, e.getMessage());
            return null;
        }
    }

    /** The register whose method profile is edited. */
    public ProcessRegister register() {
        return document().register();
    }

    // ---------------------------------------------------------------- widgets

    @Override
    public void createPartControl(Composite parent) {
        Composite body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).spacing(12, 8).applyTo(body);

        Composite top = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(top);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(top);
        new Label(top, SWT.NONE).setText(Messages.Hours_Label);
        hours = tag(new Text(top, SWT.BORDER), "hours");
        GridDataFactory.swtDefaults().hint(80, SWT.DEFAULT).applyTo(hours);
        Label hint = new Label(top, SWT.WRAP);
        hint.setText(Messages.Hours_Hint);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(hint);
        commitOn(hours, this::commitHours);

        Composite left = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(left);
        GridLayoutFactory.fillDefaults().applyTo(left);
        table = tag(new Table(left, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION), "definitions");
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(460, 300).applyTo(table);
        for (String[] column : new String[][] { { Messages.Column_Label, "200" }, { Messages.Column_Type, "110" },
                { Messages.Column_Required, "50" }, { Messages.Column_Scope, "120" } }) {
            TableColumn c = new TableColumn(table, SWT.NONE);
            c.setText(column[0]);
            c.setWidth(Integer.parseInt(column[1]));
        }
        table.addListener(SWT.Selection, event -> showDetails());

        Composite buttons = new Composite(left, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(buttons);
        button(buttons, Messages.Button_Add, "add", this::add);
        delete = button(buttons, Messages.Button_Delete, "delete", this::deleteSelected);
        up = button(buttons, Messages.Button_Up, "up", () -> moveSelected(-1));
        down = button(buttons, Messages.Button_Down, "down", () -> moveSelected(1));
        button(buttons, Messages.Button_Export, "export", this::exportProfile);
        button(buttons, Messages.Button_Import, "import", this::importProfile);

        details = new Composite(body, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(details);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(details);
        label = tag(new Text(field(Messages.Field_Label), SWT.BORDER), "label");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(label);
        commitOn(label, () -> selected().ifPresent(d -> execute(
                AttributeDefinitionCommands.rename(domain(), d, label.getText().strip()))));
        id = new Label(field(Messages.Field_Id), SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(id);
        type = tag(new Combo(field(Messages.Field_Type), SWT.READ_ONLY | SWT.DROP_DOWN), "type");
        type.setItems(AttributeType.VALUES.stream().map(MethodProfileEditor::typeName).toArray(String[]::new));
        type.addListener(SWT.Selection, event -> set(Literals.ATTRIBUTE_DEFINITION__TYPE,
                AttributeType.VALUES.get(type.getSelectionIndex())));
        required = tag(new Button(field(""), SWT.CHECK), "required");
        required.setText(Messages.Field_Required);
        required.addListener(SWT.Selection, event -> set(Literals.ATTRIBUTE_DEFINITION__REQUIRED,
                required.getSelection()));
        allowedValues = tag(new Text(field(Messages.Field_AllowedValues), SWT.BORDER | SWT.MULTI | SWT.V_SCROLL),
                "allowedValues");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 70).applyTo(allowedValues);
        allowedValues.setToolTipText(Messages.Field_AllowedValues_Hint);
        commitOn(allowedValues, () -> selected().ifPresent(d -> execute(AttributeDefinitionCommands.setList(
                domain(), d, Literals.ATTRIBUTE_DEFINITION__ALLOWED_VALUES, lines(allowedValues)))));
        helpText = tag(new Text(field(Messages.Field_HelpText), SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL),
                "helpText");
        GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, 50).applyTo(helpText);
        commitOn(helpText, () -> set(Literals.ATTRIBUTE_DEFINITION__HELP_TEXT,
                helpText.getText().isBlank() ? null : helpText.getText().strip()));
        Composite typeBoxes = new Composite(field(Messages.Field_ProcessTypes), SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(typeBoxes);
        for (ProcessType processType : ProcessType.VALUES) {
            Button box = tag(new Button(typeBoxes, SWT.CHECK), "processType." + processType.getLiteral());
            box.setText(processTypeName(processType));
            box.addListener(SWT.Selection, event -> selected().ifPresent(d -> {
                List<ProcessType> chosen = new ArrayList<>();
                for (int i = 0; i < processTypes.size(); i++) {
                    if (processTypes.get(i).getSelection()) {
                        chosen.add(ProcessType.VALUES.get(i));
                    }
                }
                execute(AttributeDefinitionCommands.setList(domain(), d,
                        Literals.ATTRIBUTE_DEFINITION__PROCESS_TYPES, chosen));
            }));
            processTypes.add(box);
        }
        folders = tag(new Table(field(Messages.Field_Folders), SWT.BORDER | SWT.CHECK | SWT.V_SCROLL), "folders");
        GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 110).applyTo(folders);
        folders.setToolTipText(Messages.Field_Folders_Hint);
        folders.addListener(SWT.Selection, event -> {
            if (event.detail == SWT.CHECK) {
                selected().ifPresent(d -> {
                    List<Folder> chosen = new ArrayList<>();
                    TableItem[] items = folders.getItems();
                    for (int i = 0; i < items.length; i++) {
                        if (items[i].getChecked()) {
                            chosen.add(folderRows.get(i));
                        }
                    }
                    execute(AttributeDefinitionCommands.setList(domain(), d,
                            Literals.ATTRIBUTE_DEFINITION__FOLDERS, chosen));
                });
            }
        });
        refresh();
        if (table.getItemCount() > 0) {
            table.select(0);
            showDetails();
        }
    }

    private Composite field(String caption) {
        Label l = new Label(details, SWT.NONE);
        l.setText(caption);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        return details;
    }

    private Button button(Composite parent, String text, String widgetId, Runnable action) {
        Button b = tag(new Button(parent, SWT.PUSH), widgetId);
        b.setText(text);
        b.addListener(SWT.Selection, event -> action.run());
        return b;
    }

    private static <C extends Control> C tag(C control, String widgetId) {
        control.setData(WIDGET_KEY, widgetId);
        return control;
    }

    /** Commits a text field on Enter (single-line) and when it loses the focus. */
    private void commitOn(Text text, Runnable commit) {
        text.addListener(SWT.FocusOut, event -> {
            if (!refreshing) {
                commit.run();
            }
        });
        if ((text.getStyle() & SWT.MULTI) == 0) {
            text.addListener(SWT.DefaultSelection, event -> commit.run());
        }
    }

    private static List<String> lines(Text text) {
        List<String> result = new ArrayList<>();
        for (String line : text.getText().split("\\R")) {
            if (!line.isBlank() && !result.contains(line.strip())) {
                result.add(line.strip());
            }
        }
        return result;
    }

    // ---------------------------------------------------------------- actions

    private java.util.Optional<AttributeDefinition> selected() {
        int index = table == null || table.isDisposed() ? -1 : table.getSelectionIndex();
        List<AttributeDefinition> definitions = register().getAttributeDefinitions();
        return index < 0 || index >= definitions.size() ? java.util.Optional.empty()
                : java.util.Optional.of(definitions.get(index));
    }

    private void set(EStructuralFeature feature, Object value) {
        selected().ifPresent(d -> {
            if (!Objects.equals(d.eGet(feature), value)) {
                execute(AttributeDefinitionCommands.set(domain(), d, feature, value));
            }
        });
    }

    private void commitHours() {
        String text = hours.getText().strip().replace(',', '.');
        try {
            double value = Double.parseDouble(text);
            if (value != register().getHoursPerFullTimeEquivalent()
                    && !execute(AttributeDefinitionCommands.setHoursPerFte(domain(), register(),
                            value))) {
                throw new NumberFormatException(text);
            }
        } catch (NumberFormatException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Hours_Label,
                    NLS.bind(Messages.Hours_Invalid, hours.getText()));
            refresh();
        }
    }

    /** Adds a new text attribute „Neues Attribut“ and selects it for editing. */
    public void add() {
        commitPendingEdits();
        if (execute(AttributeDefinitionCommands.add(domain(), register(), Messages.New_Label,
                AttributeType.TEXT))) {
            refreshNow();
            table.select(register().getAttributeDefinitions().size() - 1);
            showDetails();
            label.setFocus();
            label.selectAll();
        }
    }

    /** Deletes the selected definition, asking first (with the number of values) if Steckbriefe hold values. */
    public void deleteSelected() {
        selected().ifPresent(d -> {
            int values = AttributeDefinitionCommands.values(register(), d).size();
            if (values > 0 && !MessageDialog.openQuestion(getSite().getShell(), Messages.Delete_Title,
                    NLS.bind(Messages.Delete_Question, d.getLabelDe(), values))) {
                return;
            }
            int index = table.getSelectionIndex();
            execute(AttributeDefinitionCommands.delete(domain(), register(), d));
            refreshNow();
            table.select(Math.min(index, table.getItemCount() - 1));
            showDetails();
        });
    }

    private void moveSelected(int delta) {
        selected().ifPresent(d -> {
            int index = table.getSelectionIndex() + delta;
            if (execute(AttributeDefinitionCommands.move(domain(), register(), d, index))) {
                refreshNow();
                table.select(index);
                showDetails();
            }
        });
    }

    private void exportProfile() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.SAVE);
        dialog.setText(Messages.Export_Title);
        dialog.setFilterExtensions(new String[] { "*" + MethodProfileFile.SUFFIX, "*.json" });
        dialog.setFileName(String.valueOf(document().displayName()).replaceAll("[^\\p{L}\\p{N}._-]+", "-")
                + MethodProfileFile.SUFFIX);
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            export(Path.of(chosen));
        }
    }

    /** Writes the method profile of the register to {@code file}. */
    public void export(Path file) {
        commitPendingEdits();
        try {
            MethodProfileFile.write(MethodProfile.of(register()), file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Export_Title,
                    NLS.bind(Messages.Export_Failed, file, e.getMessage()));
        }
    }

    private void importProfile() {
        FileDialog dialog = new FileDialog(getSite().getShell(), SWT.OPEN);
        dialog.setText(Messages.Import_Title);
        dialog.setFilterExtensions(new String[] { "*" + MethodProfileFile.SUFFIX, "*.json" });
        String chosen = dialog.open();
        if (chosen != null) {
            importFrom(Path.of(chosen));
        }
    }

    /**
     * Reads the profile file and applies it to the register in one command, then shows what was done and what was
     * not applied; a bad file is reported with its problems and changes nothing.
     *
     * @return the application, or {@code null} if the file could not be read
     */
    public MethodProfileApplication importFrom(Path file) {
        commitPendingEdits();
        MethodProfile profile;
        try {
            profile = MethodProfileFile.read(file);
        } catch (MethodProfileException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Import_Title,
                    NLS.bind(Messages.Import_Bad, e.getMessage()));
            return null;
        }
        MethodProfileApplication application = MethodProfileApplication.plan(domain(), register(),
                profile);
        execute(application.command());
        refreshNow();
        StringBuilder report = new StringBuilder(NLS.bind(Messages.Import_Done, new Object[] { file.getFileName(),
                application.added(), application.changed() }));
        if (!application.notApplied().isEmpty()) {
            report.append("\n\n").append(Messages.Import_NotApplied);
            application.notApplied().forEach(line -> report.append("\n\u2022 ").append(line));
        }
        MessageDialog.openInformation(getSite().getShell(), Messages.Import_Title, report.toString());
        return application;
    }

    @Override
    protected void commitPendingEdits() {
        Control focus = getSite().getShell().getDisplay().getFocusControl();
        if (focus instanceof Text && focus.getData(WIDGET_KEY) != null) {
            focus.notifyListeners(SWT.FocusOut, null);
        }
    }

    // ---------------------------------------------------------------- refresh

    private void refreshNow() {
        refresh();
    }

    @Override
    protected void refresh() {
        if (table == null || table.isDisposed()) {
            return;
        }
        refreshing = true;
        try {
            if (!hours.isFocusControl()) {
                hours.setText(number(register().getHoursPerFullTimeEquivalent()));
            }
            int selection = table.getSelectionIndex();
            List<AttributeDefinition> definitions = register().getAttributeDefinitions();
            table.setItemCount(definitions.size());
            for (int i = 0; i < definitions.size(); i++) {
                AttributeDefinition d = definitions.get(i);
                TableItem item = table.getItem(i);
                item.setText(new String[] { Objects.toString(d.getLabelDe(), d.getId()),
                        typeName(d.getType() == null ? AttributeType.TEXT : d.getType()),
                        d.isRequired() ? Messages.Yes : "", scope(d) });
            }
            if (selection >= definitions.size()) {
                selection = definitions.size() - 1;
            }
            if (selection >= 0) {
                table.select(selection);
            }
        } finally {
            refreshing = false;
        }
        showDetails();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String scope(AttributeDefinition d) {
        List<String> parts = new ArrayList<>();
        d.getProcessTypes().forEach(t -> parts.add(processTypeName(t)));
        d.getFolders().forEach(f -> parts.add(f.getName()));
        return parts.isEmpty() ? Messages.Scope_All : String.join(", ", parts);
    }

    private void showDetails() {
        java.util.Optional<AttributeDefinition> current = selected();
        refreshing = true;
        try {
            for (Control c : details.getChildren()) {
                setEnabledDeep(c, current.isPresent());
            }
            delete.setEnabled(current.isPresent());
            up.setEnabled(current.isPresent() && table.getSelectionIndex() > 0);
            down.setEnabled(current.isPresent() && table.getSelectionIndex() < table.getItemCount() - 1);
            AttributeDefinition d = current.orElse(null);
            if (!label.isFocusControl()) {
                label.setText(d == null ? "" : Objects.toString(d.getLabelDe(), ""));
            }
            id.setText(d == null ? "" : Objects.toString(d.getId(), ""));
            type.select(d == null ? -1 : (d.getType() == null ? AttributeType.TEXT : d.getType()).getValue());
            required.setSelection(d != null && d.isRequired());
            if (!allowedValues.isFocusControl()) {
                allowedValues.setText(d == null ? "" : String.join("\n", d.getAllowedValues()));
            }
            allowedValues.setEnabled(d != null && (d.getType() == AttributeType.ENUMERATION
                    || !d.getAllowedValues().isEmpty()));
            if (!helpText.isFocusControl()) {
                helpText.setText(d == null ? "" : Objects.toString(d.getHelpText(), ""));
            }
            for (int i = 0; i < processTypes.size(); i++) {
                processTypes.get(i).setSelection(d != null && d.getProcessTypes().contains(ProcessType.VALUES.get(i)));
            }
            fillFolders(d);
        } finally {
            refreshing = false;
        }
    }

    private void fillFolders(AttributeDefinition d) {
        folderRows.clear();
        for (TreeIterator<EObject> it = register().eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Folder folder) {
                folderRows.add(folder);
            } else {
                it.prune();
            }
        }
        folders.setItemCount(folderRows.size());
        for (int i = 0; i < folderRows.size(); i++) {
            TableItem item = folders.getItem(i);
            item.setText(MethodProfile.path(folderRows.get(i)).substring(1));
            item.setChecked(d != null && d.getFolders().contains(folderRows.get(i)));
        }
    }

    private static void setEnabledDeep(Control control, boolean enabled) {
        control.setEnabled(enabled);
        if (control instanceof Composite composite) {
            Arrays.stream(composite.getChildren()).forEach(c -> setEnabledDeep(c, enabled));
        }
    }

    /** The German name of an attribute type. */
    public static String typeName(AttributeType type) {
        return switch (type) {
            case TEXT -> Messages.Type_Text;
            case RICH_TEXT -> Messages.Type_RichText;
            case NUMBER -> Messages.Type_Number;
            case DATE -> Messages.Type_Date;
            case ENUMERATION -> Messages.Type_Enumeration;
            case BOOLEAN -> Messages.Type_Boolean;
            case LINK -> Messages.Type_Link;
            case REFERENCE -> Messages.Type_Reference;
        };
    }

    private static String processTypeName(ProcessType type) {
        return switch (type) {
            case CORE -> Messages.ProcessType_Core;
            case SUPPORT -> Messages.ProcessType_Support;
            case MANAGEMENT -> Messages.ProcessType_Management;
        };
    }

    // ---------------------------------------------------------------- part

    @Override
    public void setFocus() {
        if (table != null && !table.isDisposed()) {
            table.setFocus();
            undoRedo().install(getEditorSite().getActionBars());
        }
    }
}
