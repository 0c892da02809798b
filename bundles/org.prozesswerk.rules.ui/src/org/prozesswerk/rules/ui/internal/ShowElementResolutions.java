/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.ui.ProfileEditorInput;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.ProfileEditors;

/**
 * Quick fix of a register finding (Problems view, Ctrl+1): "Element im Registernavigator anzeigen" opens the
 * register if needed and selects the element in the navigator. Markers carry the register file and the element's
 * URI fragment, so this works for registers outside the workspace too.
 */
public final class ShowElementResolutions implements IMarkerResolutionGenerator2 {

    static final String NAVIGATOR = "org.prozesswerk.ui.navigator";

    @Override
    public boolean hasResolutions(IMarker marker) {
        return marker.getAttribute(RulesUi.REGISTER_FILE, null) != null
                && marker.getAttribute(RulesUi.ELEMENT_FRAGMENT, null) != null;
    }

    @Override
    public IMarkerResolution[] getResolutions(IMarker marker) {
        return hasResolutions(marker) ? new IMarkerResolution[] { new ShowElement(marker) } : new IMarkerResolution[0];
    }

    private static final class ShowElement implements IMarkerResolution2 {

        private final IMarker marker;

        ShowElement(IMarker marker) {
            this.marker = marker;
        }

        @Override
        public String getLabel() {
            return Messages.showElement;
        }

        @Override
        public String getDescription() {
            return NLS.bind(Messages.showElementDescription, marker.getAttribute(IMarker.LOCATION, ""));
        }

        @Override
        public org.eclipse.swt.graphics.Image getImage() {
            return null;
        }

        @Override
        public void run(IMarker marker) {
            reveal(marker, false);
        }
    }

    /** Opens the Steckbrief editor on the Steckbrief that holds the marker's element (the element itself if it is one). */
    static void open(IMarker marker) {
        reveal(marker, true);
    }

    private static void reveal(IMarker marker, boolean inEditor) {
        IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
        try {
            RegisterDocument document = RegisterDocuments.getDefault()
                    .open(Path.of(marker.getAttribute(RulesUi.REGISTER_FILE, "")));
            EObject element = document.register().eResource() == null ? null
                    : document.register().eResource().getEObject(marker.getAttribute(RulesUi.ELEMENT_FRAGMENT, ""));
            if (element == null) {
                MessageDialog.openInformation(page.getWorkbenchWindow().getShell(), null, Messages.elementGone);
                return;
            }
            ProcessProfile profile = profileOf(element);
            if (inEditor && profile != null) {
                page.openEditor(ProfileEditorInput.of(document, profile), ProfileEditors.ID);
                return;
            }
            IViewPart view = page.showView(NAVIGATOR);
            ISetSelectionTarget target = view instanceof ISetSelectionTarget t ? t
                    : view.getAdapter(ISetSelectionTarget.class);
            if (target != null) {
                target.selectReveal(new StructuredSelection(element));
            }
        } catch (Exception e) {
            MessageDialog.openError(page.getWorkbenchWindow().getShell(), null, String.valueOf(e.getMessage()));
        }
    }

    private static ProcessProfile profileOf(EObject element) {
        for (EObject e = element; e != null; e = e.eContainer()) {
            if (e instanceof ProcessProfile profile) {
                return profile;
            }
        }
        return null;
    }
}
