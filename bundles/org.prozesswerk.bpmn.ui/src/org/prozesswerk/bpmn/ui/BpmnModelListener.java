package org.prozesswerk.bpmn.ui;

/**
 * Hears about every BPMN file the editor saved, so a bundle can keep its own view of the model (EMF model,
 * validation, statistics) current without the editor depending on it. Contributed through the extension point
 * {@code org.prozesswerk.bpmn.ui.modelListeners} (schema/modelListeners.exsd).
 */
@FunctionalInterface
public interface BpmnModelListener {

    /**
     * Called once per successful save, after the new file content was renamed into place. Runs in a background job,
     * never in the UI thread; an exception is logged and affects neither the editor nor other listeners.
     */
    void saved(BpmnSavedEvent event) throws Exception;

    /**
     * Why the person working may not change {@code file}, or {@code null} if nothing speaks against it. Asked in the
     * UI thread when the editor opens the file (it then says so in the page) and before every save (a refusal keeps
     * the file as it is and is shown). The roles and rights of the register whose Steckbrief refers to the model
     * answer here (docs/roles.md); the default has no objection.
     */
    default String refusal(java.nio.file.Path file) {
        return null;
    }
}
