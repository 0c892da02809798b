package org.prozesswerk.bpmn.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.core.resources.IFile;

/**
 * What the BPMN editor just saved.
 *
 * @param file          absolute path of the written file
 * @param workspaceFile the workspace resource of {@code file}, or {@code null} for a file outside the workspace
 *                      (opened with Datei &gt; Open File)
 * @param xml           the BPMN 2.0 XML that was written (UTF-8 on disk), so a listener need not read the file again
 */
public record BpmnSavedEvent(Path file, IFile workspaceFile, String xml) {

    public BpmnSavedEvent {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(xml, "xml");
    }

    /** The workspace resource, empty for a file outside the workspace. */
    public Optional<IFile> resource() {
        return Optional.ofNullable(workspaceFile);
    }
}
