package org.prozesswerk.ui.editors.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/** Picks an organisational unit from the register's org tree, optionally with the role it has in the process. */
public final class OrgUnitDialog extends EditorDialog {

    private final ProcessRegister register;
    private final ProcessProfile profile;
    private final boolean withRole;
    private OrgUnit unit;
    private String role;
    private TreeViewer tree;
    private Combo roleCombo;

    public OrgUnitDialog(Shell parent, ProcessRegister register, ProcessProfile profile, boolean withRole,
            String title, String message, OrgUnit unit, String role) {
        super(parent, title, message);
        this.register = register;
        this.profile = profile;
        this.withRole = withRole;
        this.unit = unit;
        this.role = role;
    }

    @Override
    protected void createContent(Composite content) {
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(content);

        tree = new TreeViewer(content, SWT.SINGLE | SWT.BORDER | SWT.FULL_SELECTION);
        ProfilePage.tag(tree.getControl(), "orgDialog.tree");
        GridDataFactory.fillDefaults().grab(true, true).span(2, 1).hint(420, 280).applyTo(tree.getControl());
        tree.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return ((ProcessRegister) input).getOrganisation().toArray();
            }

            @Override
            public Object[] getChildren(Object parent) {
                return ((OrgUnit) parent).getChildren().toArray();
            }

            @Override
            public Object getParent(Object element) {
                return ((OrgUnit) element).eContainer();
            }

            @Override
            public boolean hasChildren(Object element) {
                return !((OrgUnit) element).getChildren().isEmpty();
            }
        });
        tree.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return Formats.unit((OrgUnit) element);
            }
        });
        tree.setInput(register);
        tree.expandAll();
        tree.addSelectionChangedListener(event -> {
            unit = (OrgUnit) event.getStructuredSelection().getFirstElement();
            updateRoles();
            validate();
        });
        tree.addDoubleClickListener(event -> {
            if (getButton(IDialogConstants.OK_ID).isEnabled()) {
                okPressed();
            }
        });

        if (withRole) {
            Label label = new Label(content, SWT.NONE);
            label.setText(Messages.Field_Role);
            roleCombo = ProfilePage.tag(new Combo(content, SWT.DROP_DOWN), "orgDialog.role");
            GridDataFactory.fillDefaults().grab(true, false).applyTo(roleCombo);
            roleCombo.setText(role == null ? "" : role);
            roleCombo.addModifyListener(event -> role = roleCombo.getText());
            updateRoles();
        }
        if (register.getOrganisation().isEmpty()) {
            setErrorMessage(Messages.OrgDialog_NoUnits);
        }
    }

    @Override
    protected void buttonsCreated() {
        if (unit != null) {
            tree.setSelection(new StructuredSelection(unit), true);
        }
    }

    /** Suggested roles: those of the chosen unit and those used in the Steckbrief already. */
    private void updateRoles() {
        if (roleCombo == null) {
            return;
        }
        Set<String> roles = new LinkedHashSet<>();
        if (unit != null) {
            roles.addAll(unit.getRoles());
        }
        for (Participation participation : profile.getParticipations()) {
            if (participation.getRole() != null && !participation.getRole().isBlank()) {
                roles.add(participation.getRole());
            }
        }
        String current = roleCombo.getText();
        roleCombo.setItems(roles.toArray(String[]::new));
        roleCombo.setText(current);
    }

    @Override
    protected void validate() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(unit != null);
        }
    }

    public OrgUnit unit() {
        return unit;
    }

    public String role() {
        return role == null || role.isBlank() ? null : role.strip();
    }
}
