package org.prozesswerk.ui.editors.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.StatusChange;
import org.prozesswerk.ui.editors.ProfileEditor;

/** Historie: the FIM release status, its changes (newest first) and "Status ändern…" along the workflow. */
public final class HistoryPage extends ProfilePage {

    public static final String ID = "history";

    private Label status;
    private Label next;
    private Button change;
    private TablePart table;

    public HistoryPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_History);
    }

    @Override
    protected void createContent(Composite body, FormToolkit toolkit) {
        Composite current = section(body, toolkit, Messages.History_Status, Messages.History_Status_Description,
                false);
        ((org.eclipse.swt.layout.GridLayout) current.getLayout()).numColumns = 3;
        label(current, toolkit, Messages.Field_Status);
        status = tag(toolkit.createLabel(current, ""), "history.status");
        status.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(status);
        change = tag(toolkit.createButton(current, Messages.Button_ChangeStatus, SWT.PUSH), "history.change");
        change.addListener(SWT.Selection, event -> changeStatus());
        label(current, toolkit, Messages.History_Next);
        next = tag(toolkit.createLabel(current, "", SWT.WRAP), "history.next");
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).applyTo(next);

        table = new TablePart(this, toolkit, body, Messages.History_Section, null, "history.table");
        table.column(Messages.Column_When, 150, 125, e -> Formats.dateTime(((StatusChange) e).getWhen()));
        table.column(Messages.Column_From, 190, 170, e -> Formats.literal(((StatusChange) e).getFrom()));
        table.column(Messages.Column_To, 190, 170, e -> Formats.literal(((StatusChange) e).getTo()));
        table.column(Messages.Column_Who, 130, 100, e -> ((StatusChange) e).getWho());
        table.column(Messages.Column_Comment, 360, e -> ((StatusChange) e).getComment());
    }

    /** A status dialog for the current status (not yet open). */
    public StatusChangeDialog createStatusDialog() {
        return new StatusChangeDialog(getSite().getShell(), profile().getStatus());
    }

    private void changeStatus() {
        StatusChangeDialog dialog = createStatusDialog();
        if (dialog.open() == Window.OK) {
            apply(dialog);
        }
    }

    /** Changes the status as chosen in a dialog closed with OK; the current person (docs/roles.md) is recorded as who. */
    public boolean apply(StatusChangeDialog dialog) {
        if (dialog.chosen() == null) {
            return false;
        }
        return execute(StatusWorkflow.changeStatus(profileEditor().editingDomain(), profile(), dialog.chosen(),
                CurrentPerson.forHistory(), dialog.comment(), Instant.now()));
    }

    @Override
    protected void refreshContent() {
        FimStatus current = profile().getStatus();
        status.setText(Formats.literal(current));
        Set<FimStatus> successors = current == null ? Set.of() : StatusWorkflow.successors(current);
        next.setText(successors.isEmpty() ? Messages.History_NoNext
                : successors.stream().map(Formats::literal).collect(Collectors.joining(", ")));
        change.setEnabled(!successors.isEmpty());
        List<StatusChange> changes = new ArrayList<>(profile().getStatusHistory());
        Collections.reverse(changes);
        table.setRows(changes);
        status.getParent().layout(true);
    }
}
