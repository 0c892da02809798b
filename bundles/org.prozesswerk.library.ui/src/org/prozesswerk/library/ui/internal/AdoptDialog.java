/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.TitledDialog;

/** „Aus Bibliothek übernehmen…“: into which open register, which folder, which responsible unit. */
public final class AdoptDialog extends TitledDialog {

    private final int count;
    private final List<RegisterDocument> documents = RegisterDocuments.getDefault().documents();
    private final List<Folder> folders = new ArrayList<>();
    private final List<OrgUnit> units = new ArrayList<>();
    private Combo register;
    private Combo folder;
    private Combo unit;
    private RegisterDocument chosenDocument;
    private Folder chosenFolder;
    private OrgUnit chosenUnit;

    public AdoptDialog(Shell parent, int count) {
        super(parent, Messages.adoptTitle, 2);
        this.count = count;
    }

    @Override
    protected void createBody(Composite body) {
        setTitle(NLS.bind(Messages.adoptHeading, count));
        setMessage(documents.isEmpty() ? Messages.adoptNoRegister : Messages.adoptMessage);
        register = combo(body, Messages.adoptRegister);
        documents.forEach(d -> register.add(d.displayName()));
        folder = combo(body, Messages.adoptFolder);
        unit = combo(body, Messages.adoptUnit);
        register.addListener(SWT.Selection, e -> fillRegister());
        if (!documents.isEmpty()) {
            register.select(0);
            fillRegister();
        }
    }

    private static Combo combo(Composite parent, String label) {
        new Label(parent, SWT.NONE).setText(label);
        Combo c = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 420;
        c.setLayoutData(data);
        return c;
    }

    private void fillRegister() {
        RegisterDocument d = documents.get(register.getSelectionIndex());
        folders.clear();
        folder.removeAll();
        folder.add(Messages.adoptUnfiled);
        d.register().getRootFolders().forEach(f -> addFolder(f, ""));
        folder.select(0);
        units.clear();
        unit.removeAll();
        unit.add(Messages.adoptNoUnit);
        for (OrgUnit u : Steckbriefe.units(d.register())) {
            units.add(u);
            unit.add(u.getShortCode() == null ? u.getName() : u.getShortCode() + " " + u.getName());
        }
        unit.select(0);
    }

    private void addFolder(Folder f, String prefix) {
        String path = prefix + f.getName();
        folders.add(f);
        folder.add(path);
        f.getFolders().forEach(child -> addFolder(child, path + Steckbriefe.PATH_SEPARATOR));
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.adoptButton, true).setEnabled(!documents.isEmpty());
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        chosenDocument = documents.get(register.getSelectionIndex());
        chosenFolder = folder.getSelectionIndex() <= 0 ? null : folders.get(folder.getSelectionIndex() - 1);
        chosenUnit = unit.getSelectionIndex() <= 0 ? null : units.get(unit.getSelectionIndex() - 1);
        super.okPressed();
    }

    public RegisterDocument document() {
        return chosenDocument;
    }

    public Folder folder() {
        return chosenFolder;
    }

    public OrgUnit unit() {
        return chosenUnit;
    }

    Combo registerCombo() {
        return register;
    }

    Combo folderCombo() {
        return folder;
    }

    Combo unitCombo() {
        return unit;
    }

    org.eclipse.swt.widgets.Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
