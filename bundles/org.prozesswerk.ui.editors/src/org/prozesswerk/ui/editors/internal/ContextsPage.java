package org.prozesswerk.ui.editors.internal;

import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.window.Window;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.ui.editors.internal.FieldsDialog.Field;

/** Kontexte: online services (OAA), IT procedures, documents and forms the process uses. */
public final class ContextsPage extends TablePage {

    public static final String ID = "contexts";

    public ContextsPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Contexts, Messages.Contexts_Section, Messages.Contexts_Description);
    }

    @Override
    protected void createTable() {
        table.column(Messages.Column_Kind, 200, 190, e -> Formats.literal(((ProcessContext) e).getKind()));
        table.column(Messages.Column_Name, 220, e -> ((ProcessContext) e).getName());
        table.column(Messages.Column_Provider, 150, e -> ((ProcessContext) e).getProvider());
        table.column(Messages.Column_Url, 260, e -> ((ProcessContext) e).getUrl());
        table.column(Messages.Column_Description, 260, e -> ((ProcessContext) e).getDescription());
        table.button(Messages.Button_Add, "contexts.add", TablePart::always, this::add);
        table.editButton("contexts.edit", ProcessContext.class, this::edit);
        table.removeButton("contexts.remove", Literals.PROCESS_PROFILE__CONTEXTS, ProcessContext.class);
        table.button(Messages.Button_OpenLink, "contexts.open",
                s -> s.size() == 1 && ((ProcessContext) s.getFirstElement()).getUrl() != null,
                () -> Links.open(getSite().getShell(), table.selection(ProcessContext.class).get(0).getUrl()));
        table.onDoubleClick(ProcessContext.class, this::edit);
    }

    private FieldsDialog dialog(String title, ProcessContext context) {
        List<String> kinds = ContextKind.VALUES.stream().map(Formats::literal).toList();
        return new FieldsDialog(getSite().getShell(), title, Messages.ContextDialog_Message, List.of(
                Field.choice("kind", Messages.Column_Kind, kinds,
                        context == null ? kinds.get(0) : Formats.literal(context.getKind())),
                Field.text("name", Messages.Column_Name, context == null ? "" : context.getName(), true),
                Field.text("provider", Messages.Column_Provider, context == null ? "" : context.getProvider(), false),
                Field.text("url", Messages.Column_Url, context == null ? "" : context.getUrl(), false)
                        .withCheck(Links::check),
                Field.multi("description", Messages.Column_Description,
                        context == null ? "" : context.getDescription())));
    }

    private void add() {
        FieldsDialog dialog = dialog(Messages.ContextDialog_AddTitle, null);
        if (dialog.open() == Window.OK) {
            ProcessContext context = ProzesswerkFactory.eINSTANCE.createProcessContext();
            context.setKind(ContextKind.VALUES.get(dialog.index("kind")));
            context.setName(dialog.valueOrNull("name"));
            context.setProvider(dialog.valueOrNull("provider"));
            context.setUrl(dialog.valueOrNull("url"));
            context.setDescription(dialog.valueOrNull("description"));
            execute(AddCommand.create(profileEditor().editingDomain(), profile(), Literals.PROCESS_PROFILE__CONTEXTS,
                    context));
        }
    }

    private void edit(ProcessContext context) {
        FieldsDialog dialog = dialog(Messages.ContextDialog_EditTitle, context);
        if (dialog.open() == Window.OK) {
            ProfileEditor editor = profileEditor();
            CompoundCommand command = new CompoundCommand(Messages.Command_EditContext);
            OrganisationPage.append(command, editor.set(context, Literals.PROCESS_CONTEXT__KIND,
                    ContextKind.VALUES.get(dialog.index("kind"))));
            OrganisationPage.append(command, editor.set(context, Literals.PROCESS_CONTEXT__NAME,
                    dialog.valueOrNull("name")));
            OrganisationPage.append(command, editor.set(context, Literals.PROCESS_CONTEXT__PROVIDER,
                    dialog.valueOrNull("provider")));
            OrganisationPage.append(command, editor.set(context, Literals.PROCESS_CONTEXT__URL,
                    dialog.valueOrNull("url")));
            OrganisationPage.append(command, editor.set(context, Literals.PROCESS_CONTEXT__DESCRIPTION,
                    dialog.valueOrNull("description")));
            if (!command.isEmpty()) {
                execute(command.unwrap());
            }
        }
    }

    @Override
    protected void refreshContent() {
        table.setRows(profile().getContexts());
    }
}
