/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.ui.internal;

import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;

import org.eclipse.ui.IStartup;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * Checks a register each time it is saved: listens to the open register documents and runs the check when a document
 * turns clean (which is what a save does).
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
