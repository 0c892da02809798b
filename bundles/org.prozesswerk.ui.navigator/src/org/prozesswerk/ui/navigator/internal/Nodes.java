package org.prozesswerk.ui.navigator.internal;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/** The register a navigator node (document, group, folder, Steckbrief, unit) belongs to. */
public final class Nodes {

    private Nodes() {
    }

    public static RegisterDocument documentOf(Object node) {
        if (node instanceof RegisterDocument document) {
            return document;
        }
        if (node instanceof RegisterGroup group) {
            return group.document();
        }
        if (node instanceof EObject object) {
            return RegisterDocuments.getDefault().documentOf(object).orElse(null);
        }
        return null;
    }

    public static Optional<RegisterDocument> documentOf(IStructuredSelection selection) {
        return Optional.ofNullable(selection == null ? null : documentOf(selection.getFirstElement()));
    }
}
