package org.prozesswerk.bpmn.ui;

import java.nio.file.Path;

import org.eclipse.core.filesystem.EFS;
import org.eclipse.core.filesystem.IFileStore;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.FileStoreEditorInput;
import org.eclipse.ui.ide.IDE;

/** Opens BPMN models in the BPMN modeler, e.g. from a Prozesssteckbrief that links its process model. */
public final class BpmnEditors {

    /** Id of the BPMN modeler editor (registered for *.bpmn). */
    public static final String EDITOR_ID = "org.prozesswerk.bpmn.ui.editor";

    /** Id of the "Neues BPMN-Modell" wizard. */
    public static final String NEW_MODEL_WIZARD_ID = "org.prozesswerk.bpmn.ui.wizards.newModel";

    private BpmnEditors() {
    }

    /**
     * Opens {@code file} in the BPMN modeler, or activates the editor that has it open already. A file inside the
     * workspace opens as its workspace resource (so markers and the navigator see it), any other file directly from
     * the file system. Call in the UI thread.
     *
     * @return the editor
     * @throws PartInitException if the editor cannot be opened (e.g. no embedded browser)
     */
    public static IEditorPart open(IWorkbenchPage page, Path file) throws PartInitException {
        Path absolute = file.toAbsolutePath().normalize();
        IFile resource = workspaceFile(absolute);
        if (resource != null) {
            return IDE.openEditor(page, resource, EDITOR_ID, true);
        }
        IFileStore store = EFS.getLocalFileSystem().getStore(absolute.toUri());
        return IDE.openEditor(page, new FileStoreEditorInput(store), EDITOR_ID, true);
    }

    /** The accessible workspace file at {@code file}, or null when the file lies outside the workspace. */
    static IFile workspaceFile(Path file) {
        if (ResourcesPlugin.getPlugin() == null) {
            return null;
        }
        for (IFile candidate : ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(file.toUri())) {
            if (candidate.isAccessible()) {
                return candidate;
            }
        }
        return null;
    }

    /**
     * Writes a new model from the template (start event, task, end event with German labels and fresh ids) to
     * {@code file}, creating its folder. Used when a Steckbrief gets its first model.
     *
     * @throws java.nio.file.FileAlreadyExistsException if the file exists: an existing model is never replaced
     */
    public static void createFromTemplate(Path file) throws java.io.IOException {
        if (java.nio.file.Files.exists(file)) {
            throw new java.nio.file.FileAlreadyExistsException(file.toString());
        }
        java.nio.file.Files.createDirectories(file.toAbsolutePath().getParent());
        org.prozesswerk.bpmn.ui.internal.AtomicFiles.write(file,
                org.prozesswerk.bpmn.ui.internal.NewModelTemplate.create()
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
