/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui.internal;

import java.nio.file.Path;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.bpmn.ui.BpmnModelListener;
import org.prozesswerk.bpmn.ui.BpmnSavedEvent;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RegisterRights;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;

/**
 * The BPMN editor asks here whether a model may be changed: a model file a Steckbrief of an open register refers to
 * (resolved against the register file's folder, like the Modelle page) may be changed only by who may change that
 * Steckbrief's content — the same {@link org.prozesswerk.rights.RightsPolicy} check as every command (write right on
 * its folder, Modellierer, not released). Files no open register refers to are not judged.
 */
public final class ModelRights implements BpmnModelListener {

    @Override
    public void saved(BpmnSavedEvent event) {
        // nothing to follow: the rights only judge before the save
    }

    @Override
    public String refusal(Path file) {
        Path model = file.toAbsolutePath().normalize();
        String account = CurrentPerson.account();
        for (RegisterDocument document : RegisterDocuments.getDefault().documents()) {
            Path folder = document.file().toAbsolutePath().getParent();
            for (var it = document.register().eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof ProcessModelReference reference && reference.getPath() != null
                        && !reference.getPath().isBlank() && reference.eContainer() instanceof ProcessProfile profile
                        && folder.resolve(reference.getPath()).normalize().equals(model)) {
                    Decision d = RegisterRights.policyFor(profile).check(account, Operation.WRITE,
                            RegisterRights.target(profile));
                    if (!d.allowed()) {
                        return d.reason();
                    }
                }
            }
        }
        return null;
    }
}
