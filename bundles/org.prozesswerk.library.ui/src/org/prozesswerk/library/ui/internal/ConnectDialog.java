/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.ui.internal;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.ui.TitledDialog;

/**
 * „Bibliothek verbinden…“: clone URL (https, ssh, file), user name and password. OK clones (with progress); an
 * unreachable URL or wrong credentials leave the dialog open with the library's message, and nothing is kept.
 */
public final class ConnectDialog extends TitledDialog {

    private final LibraryConnections connections;
    private Text name;
    private Text url;
    private Text user;
    private Text password;
    private LibraryConnections.Connection connected;

    public ConnectDialog(Shell parent, LibraryConnections connections) {
        super(parent, Messages.connectTitle, 2);
        this.connections = connections;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void createBody(Composite body) {
        setTitle(Messages.connectHeading);
        setMessage(Messages.connectMessage);
        url = field(body, Messages.connectUrl, SWT.BORDER);
        url.setMessage("https://git.example/land/bibliothek.git");
        name = field(body, Messages.connectName, SWT.BORDER);
        user = field(body, Messages.connectUser, SWT.BORDER);
        password = field(body, Messages.connectPassword, SWT.BORDER | SWT.PASSWORD);
        Label note = new Label(body, SWT.WRAP);
        note.setText(Messages.connectSecureNote);
        note.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        url.addListener(SWT.Modify, e -> updateState());
    }

    private static Text field(Composite parent, String label, int style) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, style);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 480;
        text.setLayoutData(data);
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.connectButton, true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateState();
    }

    private void updateState() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!url.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        String u = url.getText();
        String n = name.getText();
        String who = user.getText();
        char[] pw = password.getText().toCharArray();
        Exception[] failure = { null };
        try {
            new ProgressMonitorDialog(getShell()).run(true, false, monitor -> {
                monitor.beginTask(NLS.bind(Messages.connectCloning, u), IProgressMonitor.UNKNOWN);
                try {
                    connected = connections.connect(n, u, who, pw);
                } catch (LibraryException | IOException e) {
                    failure[0] = e;
                } finally {
                    monitor.done();
                }
            });
        } catch (InvocationTargetException e) {
            failure[0] = e.getCause() instanceof Exception x ? x : e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        } finally {
            java.util.Arrays.fill(pw, '\0');
        }
        if (failure[0] != null) {
            // the library's own text for AUTHENTICATION names the command line's ways to give credentials
            setErrorMessage(failure[0] instanceof LibraryException e && e.kind() == LibraryException.Kind.AUTHENTICATION
                    ? NLS.bind(Messages.connectAuthentication, u.strip()) : failure[0].getMessage());
            return;
        }
        super.okPressed();
    }

    /** @return the connected library after OK, else null */
    public LibraryConnections.Connection connected() {
        return connected;
    }

    /** The widgets, for the workbench test. */
    Text url() {
        return url;
    }

    Text user() {
        return user;
    }

    Text password() {
        return password;
    }

    Text name() {
        return name;
    }

    org.eclipse.swt.widgets.Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
