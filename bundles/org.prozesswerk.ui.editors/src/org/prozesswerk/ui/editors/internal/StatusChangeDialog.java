package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.FimStatus;

/** Asks for the new FIM status (only those the workflow allows after the current one) and a comment. */
public final class StatusChangeDialog extends EditorDialog {

    private final FimStatus current;
    private final List<FimStatus> offered;
    private Combo target;
    private Text commentText;
    private FimStatus chosen;
    private String comment;

    public StatusChangeDialog(Shell parent, FimStatus current) {
        super(parent, Messages.StatusDialog_Title, NLS.bind(Messages.StatusDialog_Message, Formats.literal(current)));
        this.current = current;
        this.offered = current == null ? List.of() : new ArrayList<>(StatusWorkflow.successors(current));
    }

    /** The statuses the dialog offers: the workflow's successors of the current status, in FIM code order. */
    public List<FimStatus> offered() {
        return offered;
    }

    @Override
    protected org.eclipse.swt.graphics.Point getInitialSize() {
        org.eclipse.swt.graphics.Point size = super.getInitialSize();
        return new org.eclipse.swt.graphics.Point(Math.min(size.x, 620), size.y);
    }

    @Override
    protected void createContent(Composite content) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(8, 8).applyTo(content);
        new Label(content, SWT.NONE).setText(Messages.StatusDialog_Target);
        target = ProfilePage.tag(new Combo(content, SWT.READ_ONLY), "statusDialog.target");
        for (FimStatus status : offered) {
            target.add(Formats.literal(status));
        }
        GridDataFactory.fillDefaults().grab(true, false).applyTo(target);
        target.addListener(SWT.Selection, event -> validate());
        Label commentLabel = new Label(content, SWT.NONE);
        commentLabel.setText(Messages.StatusDialog_Comment);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(commentLabel);
        commentText = ProfilePage.tag(new Text(content, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER),
                "statusDialog.comment");
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 80).applyTo(commentText);
        if (offered.isEmpty()) {
            setErrorMessage(Messages.StatusDialog_NoTransition);
        }
    }

    @Override
    protected void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(target.getSelectionIndex() >= 0);
        }
    }

    @Override
    protected void okPressed() {
        chosen = offered.get(target.getSelectionIndex());
        comment = Formats.orNull(commentText.getText().strip());
        super.okPressed();
    }

    /** The OK button (after the dialog opened). */
    public org.eclipse.swt.widgets.Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }

    public FimStatus chosen() {
        return chosen;
    }

    public String comment() {
        return comment;
    }
}
