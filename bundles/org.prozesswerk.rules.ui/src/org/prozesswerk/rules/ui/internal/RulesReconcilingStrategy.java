/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.reconciler.DirtyRegion;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

/**
 * Live validation while typing: parses the editor text, runs the resource validator (syntax, unresolved names, type
 * checks) and replaces the rule-problem markers of the file. The editor's marker annotation model shows them as
 * squiggles; the Problems view lists them.
 */
final class RulesReconcilingStrategy implements IReconcilingStrategy {

    private final RulesEditor editor;
    private IDocument document;

    RulesReconcilingStrategy(RulesEditor editor) {
        this.editor = editor;
    }

    @Override
    public void setDocument(IDocument document) {
        this.document = document;
    }

    @Override
    public void reconcile(DirtyRegion dirtyRegion, IRegion subRegion) {
        reconcile(subRegion);
    }

    @Override
    public void reconcile(IRegion partition) {
        IFile file = editor.file();
        if (file == null || document == null) {
            return;
        }
        XtextResource resource = RulesUi.parse(editor.resourceUri(), document.get());
        List<Issue> issues = RulesUi.injector().getInstance(IResourceValidator.class).validate(resource,
                CheckMode.ALL, CancelIndicator.NullImpl);
        updateMarkers(file, issues);
    }

    static void updateMarkers(IFile file, List<Issue> issues) {
        try {
            file.getWorkspace().run(monitor -> {
                file.deleteMarkers(RulesUi.RULE_MARKER, false, IResource.DEPTH_ZERO);
                for (Issue issue : issues) {
                    IMarker marker = file.createMarker(RulesUi.RULE_MARKER);
                    marker.setAttribute(IMarker.MESSAGE, issue.getMessage());
                    marker.setAttribute(IMarker.SEVERITY, switch (issue.getSeverity()) {
                        case ERROR -> IMarker.SEVERITY_ERROR;
                        case WARNING -> IMarker.SEVERITY_WARNING;
                        default -> IMarker.SEVERITY_INFO;
                    });
                    if (issue.getLineNumber() != null) {
                        marker.setAttribute(IMarker.LINE_NUMBER, issue.getLineNumber().intValue());
                    }
                    if (issue.getOffset() != null && issue.getLength() != null) {
                        marker.setAttribute(IMarker.CHAR_START, issue.getOffset().intValue());
                        marker.setAttribute(IMarker.CHAR_END, issue.getOffset() + issue.getLength());
                    }
                }
            }, file, 0, null);
        } catch (CoreException e) {
            ILog.of(RulesReconcilingStrategy.class).log(e.getStatus());
        }
    }
}
