package org.prozesswerk.ui.editors.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.prozesswerk.bpmn.BpmnStatistics;
import org.prozesswerk.bpmn.ui.BpmnEditors;
import org.prozesswerk.bpmn.BpmnStatisticsCache;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.ui.editors.internal.FieldsDialog.Field;

/**
 * Modelle: the process model files (BPMN) of the Steckbrief, with their FIM detail level. Paths are relative to
 * the register file; "Öffnen" hands the file to the workbench's editor registry, so whichever editor is registered
 * for it (the BPMN editor) opens it.
 */
public final class ModelsPage extends TablePage {

    public static final String ID = "models";
    private static final List<Integer> LEVELS = IntStream.rangeClosed(101, 105).boxed().toList();

    public ModelsPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Models, Messages.Models_Section, Messages.Models_Description);
    }

    @Override
    protected void createTable() {
        table.column(Messages.Column_Title, 280, e -> ((ProcessModelReference) e).getTitle());
        table.column(Messages.Column_File, 320, e -> ((ProcessModelReference) e).getPath());
        table.column(Messages.Column_DetailLevel, 150, 135,
                e -> Formats.detailLevel(((ProcessModelReference) e).getDetailLevel()));
        table.column(Messages.Column_FileState, 140, 110, e -> fileState((ProcessModelReference) e));
        table.column(Messages.Column_ModelFigures, 320, 160, e -> figures((ProcessModelReference) e));
        table.button(Messages.Button_NewModel, "models.new", TablePart::always, this::createModel);
        table.button(Messages.Button_Add, "models.add", TablePart::always, this::add);
        table.editButton("models.edit", ProcessModelReference.class, this::edit);
        table.removeButton("models.remove", Literals.PROCESS_PROFILE__MODEL_REFERENCES, ProcessModelReference.class);
        table.button(Messages.Button_Open, "models.open", TablePart::one,
                () -> open(table.selection(ProcessModelReference.class).get(0)));
        table.onDoubleClick(ProcessModelReference.class, this::open);
    }

    /** The model file of {@code reference}, resolved against the register file's folder. */
    public Path file(ProcessModelReference reference) {
        Path folder = document().file().toAbsolutePath().getParent();
        return folder.resolve(reference.getPath() == null ? "" : reference.getPath()).normalize();
    }

    private String fileState(ProcessModelReference reference) {
        if (reference.getPath() == null || reference.getPath().isBlank()) {
            return Messages.Models_NoFile;
        }
        return Files.isRegularFile(file(reference)) ? Messages.Models_FileFound : Messages.Models_FileMissing;
    }

    /** Key figures of the model file, from the BPMN EMF model (parsed once per file version). */
    private String figures(ProcessModelReference reference) {
        Path file = file(reference);
        if (reference.getPath() == null || reference.getPath().isBlank() || !Files.isRegularFile(file)) {
            return "";
        }
        try {
            BpmnStatistics statistics = BpmnStatisticsCache.get(file);
            Map<String, Integer> counts = statistics.categories();
            return NLS.bind(Messages.Models_Figures, new Object[] { counts.get("activities"), counts.get("gateways"),
                    counts.get("participants"), statistics.mediaBreaks().size() });
        } catch (IOException e) {
            return NLS.bind(Messages.Models_FiguresUnreadable, e.getMessage());
        }
    }

    private void open(ProcessModelReference reference) {
        Path file = file(reference);
        if (!Files.isRegularFile(file)) {
            MessageDialog.openError(getSite().getShell(), Messages.Models_Open_Title,
                    NLS.bind(Messages.Models_Open_Missing, file));
            return;
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(file.toUri());
        try {
            IDE.openEditorOnFileStore(getSite().getPage(), store);
        } catch (PartInitException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Models_Open_Title,
                    NLS.bind(Messages.Models_Open_Failed, file, e.getMessage()));
        }
    }

    private String browse(Shell shell) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN);
        dialog.setText(Messages.Models_Browse_Title);
        dialog.setFilterExtensions(new String[] { "*.bpmn;*.bpmn2;*.xml", "*" });
        dialog.setFilterNames(new String[] { Messages.Models_Browse_Bpmn, Messages.Models_Browse_All });
        Path folder = document().file().toAbsolutePath().getParent();
        dialog.setFilterPath(folder.toString());
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        return folder.relativize(Path.of(chosen).toAbsolutePath()).toString().replace('\\', '/');
    }

    private FieldsDialog dialog(String title, ProcessModelReference reference) {
        List<String> levels = LEVELS.stream().map(Formats::detailLevel).toList();
        String level = reference == null ? levels.get(0) : Formats.detailLevel(reference.getDetailLevel());
        return new FieldsDialog(getSite().getShell(), title, Messages.ModelDialog_Message, List.of(
                Field.text("title", Messages.Column_Title, reference == null ? "" : reference.getTitle(), false),
                Field.text("path", Messages.Column_File, reference == null ? "" : reference.getPath(), true)
                        .withBrowse(this::browse),
                Field.choice("level", Messages.Column_DetailLevel, levels, level)));
    }

    private void add() {
        FieldsDialog dialog = dialog(Messages.ModelDialog_AddTitle, null);
        if (dialog.open() == Window.OK) {
            ProcessModelReference reference = ProzesswerkFactory.eINSTANCE.createProcessModelReference();
            reference.setTitle(dialog.valueOrNull("title"));
            reference.setPath(dialog.valueOrNull("path"));
            reference.setDetailLevel(LEVELS.get(dialog.index("level")));
            execute(AddCommand.create(profileEditor().editingDomain(), profile(),
                    Literals.PROCESS_PROFILE__MODEL_REFERENCES, reference));
        }
    }

    /**
     * A new BPMN model for this Steckbrief from the template, in the "modelle" folder beside the register, linked
     * as a model reference (one command) and opened in the BPMN editor.
     */
    void createModel() {
        String base = profile().getKey() == null || profile().getKey().isBlank() ? profile().getId() : profile().getKey();
        String path = "modelle/" + base.replaceAll("[^A-Za-z0-9._-]", "_") + ".bpmn";
        Path file = document().file().toAbsolutePath().getParent().resolve(path);
        for (int n = 2; Files.exists(file); n++) {
            path = "modelle/" + base.replaceAll("[^A-Za-z0-9._-]", "_") + "-" + n + ".bpmn";
            file = document().file().toAbsolutePath().getParent().resolve(path);
        }
        try {
            BpmnEditors.createFromTemplate(file);
        } catch (IOException e) {
            MessageDialog.openError(getSite().getShell(), Messages.Models_Open_Title,
                    NLS.bind(Messages.Models_Open_Failed, file, e.getMessage()));
            return;
        }
        ProcessModelReference reference = ProzesswerkFactory.eINSTANCE.createProcessModelReference();
        reference.setTitle(profile().getName());
        reference.setPath(path);
        reference.setDetailLevel(LEVELS.get(0));
        execute(AddCommand.create(profileEditor().editingDomain(), profile(),
                Literals.PROCESS_PROFILE__MODEL_REFERENCES, reference));
        open(reference);
    }

    private void edit(ProcessModelReference reference) {
        FieldsDialog dialog = dialog(Messages.ModelDialog_EditTitle, reference);
        if (dialog.open() == Window.OK) {
            ProfileEditor editor = profileEditor();
            CompoundCommand command = new CompoundCommand(Messages.Command_EditModel);
            OrganisationPage.append(command, editor.set(reference, Literals.PROCESS_MODEL_REFERENCE__TITLE,
                    dialog.valueOrNull("title")));
            OrganisationPage.append(command, editor.set(reference, Literals.PROCESS_MODEL_REFERENCE__PATH,
                    dialog.valueOrNull("path")));
            OrganisationPage.append(command, editor.set(reference, Literals.PROCESS_MODEL_REFERENCE__DETAIL_LEVEL,
                    LEVELS.get(dialog.index("level"))));
            if (!command.isEmpty()) {
                execute(command.unwrap());
            }
        }
    }

    @Override
    protected void refreshContent() {
        table.setRows(profile().getModelReferences());
    }
}
