/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;

/**
 * One row "label: [version ▾] [Datei…]" choosing a register version: the built-in Musterregister versions, the
 * remembered base, or a file. Takes three columns of a grid.
 */
public final class SourceChooser {

    private final Combo combo;
    private final Button fileButton;
    private final List<RegisterSource> sources = new ArrayList<>();
    private Runnable onChange = () -> {
    };

    public SourceChooser(Composite parent, String label, List<RegisterSource> initial) {
        new Label(parent, SWT.NONE).setText(label);
        combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
        combo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (RegisterSource s : initial) {
            add(s);
        }
        combo.addListener(SWT.Selection, e -> onChange.run());
        fileButton = new Button(parent, SWT.PUSH);
        fileButton.setText(Messages.chooseFile);
        fileButton.addListener(SWT.Selection, e -> {
            FileDialog dialog = new FileDialog(parent.getShell(), SWT.OPEN);
            dialog.setFilterExtensions(new String[] { "*.pwreg;*.xmi", "*.*" });
            dialog.setFilterNames(new String[] { Messages.registerFiles, Messages.allFiles });
            String chosen = dialog.open();
            if (chosen != null) {
                select(RegisterSource.file(Path.of(chosen)));
            }
        });
    }

    private int add(RegisterSource source) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).key().equals(source.key())) {
                return i;
            }
        }
        sources.add(source);
        combo.add(source.label());
        return sources.size() - 1;
    }

    /** Selects the source, adding it to the choice if needed (what the file button does after its dialog). */
    public void select(RegisterSource source) {
        combo.select(add(source));
        onChange.run();
    }

    /** @return the chosen source, or null */
    public RegisterSource selection() {
        int i = combo.getSelectionIndex();
        return i < 0 ? null : sources.get(i);
    }

    public void onChange(Runnable runnable) {
        this.onChange = runnable;
    }

    public Combo combo() {
        return combo;
    }

    public Button fileButton() {
        return fileButton;
    }
}
