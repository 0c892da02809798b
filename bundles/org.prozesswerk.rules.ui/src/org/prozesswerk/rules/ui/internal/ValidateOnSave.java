/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.core.persistence.ControlCharacters;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Checks a register each time it is saved: listens to the open register documents and runs the check when a document
 * turns clean (which is what a save does). When a register is opened, its texts with control characters (a register of
 * an older version) are listed in the Problems view at once, as the command line names them on loading.
 */
public final class ValidateOnSave implements IStartup, RegisterDocuments.Listener, RegisterDocument.Listener {

    private final Set<RegisterDocument> observed = Collections.newSetFromMap(new WeakHashMap<>());

    @Override
    public void earlyStartup() {
        PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
            RegisterDocuments.getDefault().addListener(this);
            documentsChanged();
        });
    }

    @Override
    public void documentsChanged() {
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            if (observed.add(document)) {
                document.addListener(this);
                listControlCharacters(document);
            }
        }
    }

    /**
     * Scans in a background job (a 100,000-Steckbrief register takes a noticeable moment, and the UI thread must not
     * block); the rare register that has control characters is then listed in the UI thread. A scan disturbed by an
     * edit in the meantime is simply done in the UI thread.
     */
    private static void listControlCharacters(RegisterDocument document) {
        Display display = Display.getCurrent();
        Job scan = Job.create(Messages.controlCharactersJob, monitor -> {
            boolean found;
            try {
                found = ControlCharacters.any(List.<EObject>of(document.register()));
            } catch (RuntimeException concurrentEdit) {
                found = true;
            }
            if (found && !display.isDisposed()) {
                display.asyncExec(() -> {
                    if (RegisterDocuments.getDefault().documents().contains(document)
                            && RegisterChecker.markControlCharacters(document) > 0) {
                        showProblemsView();
                    }
                });
            }
        });
        scan.setSystem(true);
        scan.schedule();
    }

    private static void showProblemsView() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null && window.getActivePage() != null) {
            try {
                window.getActivePage().showView(IPageLayout.ID_PROBLEM_VIEW, null, IWorkbenchPage.VIEW_VISIBLE);
            } catch (PartInitException e) {
                ILog.of(ValidateOnSave.class).log(e.getStatus());
            }
        }
    }

    @Override
    public void dirtyChanged(RegisterDocument document) {
        if (!document.isDirty() && RegisterDocuments.getDefault().documents().contains(document)) {
            RegisterChecker.check(document);
        }
    }
}
