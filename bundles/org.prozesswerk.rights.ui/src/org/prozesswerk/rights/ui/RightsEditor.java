/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.ui;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.ColumnLayout;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.Principal;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.rights.CurrentPerson;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RegisterRights;
import org.prozesswerk.rights.RightsPolicy;
import org.prozesswerk.rights.Target;
import org.prozesswerk.rights.ui.internal.Messages;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterPartEditor;
import org.prozesswerk.ui.ViewerColumns;

/**
 * „Rollen und Rechte“ of a register (docs/roles.md): persons (name, Behörde, Kennung), groups and their members,
 * role assignments per register or folder, folder rights (kein Zugriff / lesen / schreiben) and the editorial team.
 * <p>
 * Every edit is a command on the register's editing domain, so it is undone and redone with everything else and it
 * passes the register's {@link org.prozesswerk.rights.RightsCommandStack}: the one {@link RightsPolicy} refuses it
 * for anybody but an Administrator (the workbench shows why). The editor asks the same policy only to say so in its
 * header. Cells are edited in place (text or choice); the tables follow every change of the model.
 */
public final class RightsEditor extends RegisterPartEditor {

    public static final String ID = "org.prozesswerk.rights.ui.editor";

    /** Key under which widgets carry a stable name ({@code Widget.getData(WIDGET_KEY)}), for tests. */
    public static final String WIDGET_KEY = "org.prozesswerk.rights.ui.widget";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private FormToolkit toolkit;
    private ScrolledForm form;
    private TableViewer persons;
    private TableViewer groups;
    private TableViewer roles;
    private TableViewer rights;
    private Combo editorialTeam;
    private final List<PersonGroup> editorialChoices = new ArrayList<>();

    public RightsEditor() {
        super(RightsEditorInput.class);
    }

    /** Opens (or activates) the editor for {@code document}. */
    public static RightsEditor open(IWorkbenchPage page, RegisterDocument document) throws PartInitException {
        return (RightsEditor) page.openEditor(new RightsEditorInput(document.file()), ID);
    }

    private ProcessRegister register() {
        return document().register();
    }

    @Override
    public void createPartControl(Composite parent) {
        toolkit = new FormToolkit(parent.getDisplay());
        form = toolkit.createScrolledForm(parent);
        form.setText(getPartName());
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        // two columns of sections where the editor is wide enough, one where it is narrow
        ColumnLayout columns = new ColumnLayout();
        columns.minNumColumns = 1;
        columns.maxNumColumns = 2;
        columns.horizontalSpacing = 14;
        columns.verticalSpacing = 10;
        body.setLayout(columns);

        Composite personSection = section(body, Messages.Persons_Title, Messages.Persons_Description);
        persons = table(personSection, "rights.persons");
        column(persons, Messages.Column_Name, 200, p -> ((Person) p).getName(), text(Literals.PRINCIPAL__NAME));
        column(persons, Messages.Column_Body, 200, p -> ((Person) p).getBody(), text(Literals.PERSON__BODY));
        column(persons, Messages.Column_Account, 120, p -> ((Person) p).getAccount(), text(Literals.PERSON__ACCOUNT));
        buttons(personSection, "rights.persons", this::addPerson, () -> delete(persons));

        Composite groupSection = section(body, Messages.Groups_Title, Messages.Groups_Description);
        groups = table(groupSection, "rights.groups");
        column(groups, Messages.Column_Name, 180, g -> ((PersonGroup) g).getName(), text(Literals.PRINCIPAL__NAME));
        column(groups, Messages.Column_Members, 340, g -> members((PersonGroup) g), null);
        Composite groupButtons = buttons(groupSection, "rights.groups", this::addGroup, () -> delete(groups));
        button(groupButtons, Messages.Button_AddMember, "rights.groups.addMember", () -> member(true));
        button(groupButtons, Messages.Button_RemoveMember, "rights.groups.removeMember", () -> member(false));

        Composite roleSection = section(body, Messages.Roles_Title, Messages.Roles_Description);
        roles = table(roleSection, "rights.roles");
        column(roles, Messages.Column_Principal, 220, r -> principal(((RoleAssignment) r).getPrincipal()),
                choice(Literals.ROLE_ASSIGNMENT__PRINCIPAL, this::principals, RightsEditor::principal));
        column(roles, Messages.Column_Role, 150, r -> roleLabel(((RoleAssignment) r).getRole()),
                choice(Literals.ROLE_ASSIGNMENT__ROLE, () -> List.copyOf(Role.VALUES), RightsEditor::roleLabel));
        column(roles, Messages.Column_Folder, 200, r -> folder(((RoleAssignment) r).getFolder()),
                choice(Literals.ROLE_ASSIGNMENT__FOLDER, this::folders, RightsEditor::folder));
        buttons(roleSection, "rights.roles", this::addRole, () -> delete(roles));

        Composite rightSection = section(body, Messages.Rights_Title, Messages.Rights_Description);
        rights = table(rightSection, "rights.rights");
        column(rights, Messages.Column_Principal, 220, r -> principal(((FolderRight) r).getPrincipal()),
                choice(Literals.FOLDER_RIGHT__PRINCIPAL, this::principals, RightsEditor::principal));
        column(rights, Messages.Column_Folder, 200, r -> folder(((FolderRight) r).getFolder()),
                choice(Literals.FOLDER_RIGHT__FOLDER, this::folders, RightsEditor::folder));
        column(rights, Messages.Column_Right, 150, r -> rightLabel(((FolderRight) r).getRight()),
                choice(Literals.FOLDER_RIGHT__RIGHT, () -> List.copyOf(AccessRight.VALUES),
                        RightsEditor::rightLabel));
        buttons(rightSection, "rights.rights", this::addRight, () -> delete(rights));

        Composite editorial = section(body, Messages.Editorial_Title, Messages.Editorial_Description);
        editorialTeam = new Combo(editorial, SWT.READ_ONLY | SWT.DROP_DOWN);
        editorialTeam.setData(WIDGET_KEY, "rights.editorialTeam");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(editorialTeam);
        editorialTeam.addListener(SWT.Selection, e -> {
            int i = editorialTeam.getSelectionIndex();
            PersonGroup chosen = i <= 0 ? null : editorialChoices.get(i - 1);
            AccessControl ac = register().getAccessControl();
            if (ac != null && ac.getEditorialTeam() != chosen) {
                execute(SetCommand.create(domain(), ac, Literals.ACCESS_CONTROL__EDITORIAL_TEAM, chosen));
            } else if (ac == null && chosen != null) {
                refresh();
            }
        });

        undoRedo().install(getEditorSite().getActionBars());
        getEditorSite().getActionBars().updateActionBars();
        refresh();
    }

    // ------------------------------------------------------------------ layout helpers

    private Composite section(Composite parent, String title, String description) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
        section.setText(title);
        section.setDescription(description);
        Composite client = toolkit.createComposite(section);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(2, 4).applyTo(client);
        section.setClient(client);
        return client;
    }

    private TableViewer table(Composite parent, String name) {
        TableViewer viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
        Table table = viewer.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        table.setData(WIDGET_KEY, name);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        GridDataFactory.fillDefaults().grab(true, true).hint(380, 140).applyTo(table);
        return viewer;
    }

    private void column(TableViewer viewer, String title, int width, Function<Object, String> label,
            Function<TableViewer, EditingSupport> editing) {
        TableViewerColumn column = ViewerColumns.text(viewer, title, width, label);
        if (editing != null) {
            column.setEditingSupport(editing.apply(viewer));
        }
    }

    private Composite buttons(Composite parent, String name, Runnable add, Runnable remove) {
        Composite bar = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().applyTo(bar);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(bar);
        button(bar, Messages.Button_Add, name + ".add", add);
        button(bar, Messages.Button_Remove, name + ".remove", remove);
        return bar;
    }

    private void button(Composite bar, String text, String name, Runnable action) {
        Button b = toolkit.createButton(bar, text, SWT.PUSH);
        b.setData(WIDGET_KEY, name);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(b);
        b.addListener(SWT.Selection, e -> action.run());
    }

    /** In-place text editing of {@code feature}; an empty text clears it. */
    private Function<TableViewer, EditingSupport> text(EStructuralFeature feature) {
        return viewer -> new EditingSupport(viewer) {
            private final CellEditor editor = new TextCellEditor(viewer.getTable());

            @Override
            protected CellEditor getCellEditor(Object element) {
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                Object v = ((EObject) element).eGet(feature);
                return v == null ? "" : v.toString();
            }

            @Override
            protected void setValue(Object element, Object value) {
                String s = value == null ? "" : value.toString().strip();
                set((EObject) element, feature, s.isEmpty() ? null : s);
            }
        };
    }

    /** In-place choice of {@code feature}'s value among {@code choices}. */
    private <T> Function<TableViewer, EditingSupport> choice(EStructuralFeature feature,
            java.util.function.Supplier<List<T>> choices, Function<T, String> label) {
        return viewer -> new EditingSupport(viewer) {
            private final ComboBoxCellEditor editor = new ComboBoxCellEditor(viewer.getTable(), new String[0],
                    SWT.READ_ONLY);
            private List<T> shown = List.of();

            @Override
            protected CellEditor getCellEditor(Object element) {
                shown = choices.get(); // the persons, groups and folders of now
                editor.setItems(shown.stream().map(label).toArray(String[]::new));
                return editor;
            }

            @Override
            protected boolean canEdit(Object element) {
                return true;
            }

            @Override
            protected Object getValue(Object element) {
                return shown.indexOf(((EObject) element).eGet(feature));
            }

            @Override
            protected void setValue(Object element, Object value) {
                int i = value instanceof Integer n ? n : -1;
                if (i >= 0 && i < shown.size()) {
                    set((EObject) element, feature, shown.get(i));
                }
            }
        };
    }

    // ------------------------------------------------------------------ labels and choices

    private static String members(PersonGroup group) {
        return String.join(", ", group.getMembers().stream().map(p -> Objects.toString(p.getName(), p.getAccount()))
                .toList());
    }

    private static String principal(Principal principal) {
        if (principal == null) {
            return "";
        }
        if (principal instanceof Person p) {
            return p.getAccount() == null ? Objects.toString(p.getName(), "")
                    : Objects.toString(p.getName(), "") + " (" + p.getAccount() + ')';
        }
        return NLS.bind(Messages.Principal_Group, Objects.toString(principal.getName(), principal.getId()));
    }

    private static String roleLabel(Role role) {
        return role == null ? "" : RightsPolicy.label(role);
    }

    private static String rightLabel(AccessRight right) {
        return right == null ? "" : RightsPolicy.label(right);
    }

    /** „Fachbereich 1 › Gewerbe“; the register for {@code null}. */
    private static String folder(Folder folder) {
        if (folder == null) {
            return Messages.Folder_Register;
        }
        String path = Objects.toString(folder.getName(), folder.getId());
        for (EObject up = folder.eContainer(); up instanceof Folder f; up = f.eContainer()) {
            path = Objects.toString(f.getName(), f.getId()) + " \u203a " + path;
        }
        return path;
    }

    private List<Principal> principals() {
        List<Principal> all = new ArrayList<>();
        AccessControl ac = register().getAccessControl();
        if (ac != null) {
            all.addAll(ac.getPersons());
            all.addAll(ac.getGroups());
        }
        return all;
    }

    private List<Folder> folders() {
        List<Folder> all = new ArrayList<>();
        all.add(null);
        for (var it = register().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Folder f) {
                all.add(f);
            } else if (!(o instanceof ProcessRegister)) {
                it.prune();
            }
        }
        return all;
    }

    // ------------------------------------------------------------------ commands

    /** Sets {@code feature} of {@code owner} (an edit of a cell). */
    public void set(EObject owner, EStructuralFeature feature, Object value) {
        if (!Objects.equals(owner.eGet(feature), value)) {
            execute(SetCommand.create(domain(), owner, feature, value));
        }
    }

    /** Adds {@code value} to {@code feature} of the access control (one command) and selects its new row. */
    private void addRow(TableViewer viewer, EStructuralFeature feature, EObject value) {
        if (execute(add(feature, value)) && value.eContainer() != null) {
            refresh();
            viewer.setSelection(new StructuredSelection(value), true);
        }
    }

    /** The access control, created in the same command if the register has none yet. */
    private Command add(EStructuralFeature feature, EObject value) {
        AccessControl ac = register().getAccessControl();
        if (ac != null) {
            return AddCommand.create(domain(), ac, feature, value);
        }
        AccessControl created = F.createAccessControl();
        cast(created.eGet(feature)).add(value);
        return SetCommand.create(domain(), register(), Literals.PROCESS_REGISTER__ACCESS_CONTROL, created);
    }

    @SuppressWarnings("unchecked")
    private static List<EObject> cast(Object list) {
        return (List<EObject>) list;
    }

    /** „Hinzufügen“ under Personen: a new person to fill in. */
    public void addPerson() {
        Person p = F.createPerson();
        p.setId("person-" + UUID.randomUUID());
        p.setName(Messages.New_Person);
        addRow(persons, Literals.ACCESS_CONTROL__PERSONS, p);
    }

    /** „Hinzufügen“ under Gruppen. */
    public void addGroup() {
        PersonGroup g = F.createPersonGroup();
        g.setId("group-" + UUID.randomUUID());
        g.setName(Messages.New_Group);
        addRow(groups, Literals.ACCESS_CONTROL__GROUPS, g);
    }

    /** „Hinzufügen“ under Rollenzuweisungen: the selected person (or group), Modellierer, the whole register. */
    public void addRole() {
        RoleAssignment a = F.createRoleAssignment();
        a.setPrincipal(defaultPrincipal());
        a.setRole(Role.MODELLER);
        addRow(roles, Literals.ACCESS_CONTROL__ROLE_ASSIGNMENTS, a);
    }

    /** „Hinzufügen“ under Ordnerrechte: the selected person (or group), the first folder, lesen. */
    public void addRight() {
        FolderRight r = F.createFolderRight();
        r.setPrincipal(defaultPrincipal());
        List<Folder> folders = folders();
        r.setFolder(folders.size() > 1 ? folders.get(1) : null);
        r.setRight(AccessRight.READ);
        addRow(rights, Literals.ACCESS_CONTROL__FOLDER_RIGHTS, r);
    }

    private Principal defaultPrincipal() {
        Object p = persons.getStructuredSelection().getFirstElement();
        if (p == null) {
            p = groups.getStructuredSelection().getFirstElement();
        }
        if (p == null && !principals().isEmpty()) {
            p = principals().get(0);
        }
        return (Principal) p;
    }

    private void member(boolean add) {
        Person person = (Person) persons.getStructuredSelection().getFirstElement();
        PersonGroup group = (PersonGroup) groups.getStructuredSelection().getFirstElement();
        if (person == null || group == null || group.getMembers().contains(person) == add) {
            return;
        }
        Command c = add ? AddCommand.create(domain(), group, Literals.PERSON_GROUP__MEMBERS, person)
                : RemoveCommand.create(domain(), group, Literals.PERSON_GROUP__MEMBERS, person);
        execute(c);
    }

    /** Removes the selected rows and every reference to them (role assignments of a removed person, ...). */
    private void delete(TableViewer viewer) {
        IStructuredSelection s = viewer.getStructuredSelection();
        if (!s.isEmpty()) {
            Collection<?> selected = s.toList();
            execute(DeleteCommand.create(domain(), selected));
        }
    }

    // ------------------------------------------------------------------ following the model

    /** Brings the tables, the editorial team and the header message up to date with the model. */
    @Override
    public void refresh() {
        if (form == null || form.isDisposed()) {
            return;
        }
        AccessControl ac = register().getAccessControl();
        persons.setInput(ac == null ? List.of() : ac.getPersons());
        groups.setInput(ac == null ? List.of() : ac.getGroups());
        roles.setInput(ac == null ? List.of() : ac.getRoleAssignments());
        rights.setInput(ac == null ? List.of() : ac.getFolderRights());
        editorialChoices.clear();
        List<String> items = new ArrayList<>();
        items.add(Messages.Editorial_None);
        if (ac != null) {
            for (PersonGroup g : ac.getGroups()) {
                editorialChoices.add(g);
                items.add(Objects.toString(g.getName(), g.getId()));
            }
        }
        editorialTeam.setItems(items.toArray(String[]::new));
        editorialTeam.select(ac == null || ac.getEditorialTeam() == null ? 0
                : editorialChoices.indexOf(ac.getEditorialTeam()) + 1);
        String account = CurrentPerson.account();
        RightsPolicy policy = RegisterRights.policyFor(register());
        Decision may = policy.check(account, Operation.ADMINISTER, Target.folder(null));
        if (may.allowed()) {
            form.setMessage(null, IMessageProvider.NONE);
        } else {
            form.setMessage(account == null ? Messages.Editor_NobodySignedIn
                    : NLS.bind(Messages.Editor_NotAdministrator, account), IMessageProvider.INFORMATION);
        }
        form.reflow(true);
    }

    /** The table named {@code name} ({@code rights.persons}, {@code rights.groups}, ...), for tests. */
    public TableViewer viewer(String name) {
        for (TableViewer v : List.of(persons, groups, roles, rights)) {
            Widget w = v.getTable();
            if (name.equals(w.getData(WIDGET_KEY))) {
                return v;
            }
        }
        throw new IllegalArgumentException(name);
    }

    /** The form (for tests: its header message). */
    public ScrolledForm form() {
        return form;
    }

    // ------------------------------------------------------------------ editor plumbing

    @Override
    public void setFocus() {
        if (persons != null) {
            persons.getTable().setFocus();
        }
    }

    @Override
    public void dispose() {
        if (toolkit != null) {
            toolkit.dispose();
        }
        super.dispose();
    }
}
