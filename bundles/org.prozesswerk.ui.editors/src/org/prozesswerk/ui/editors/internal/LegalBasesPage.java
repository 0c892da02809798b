package org.prozesswerk.ui.editors.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.window.Window;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.norms.LegalBasisFactory;
import org.prozesswerk.catalog.norms.Norms;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;
import org.prozesswerk.ui.editors.internal.FieldsDialog.Field;

/** Rechtsgrundlagen: the norms the process rests on, from the norms catalogue or typed in. */
public final class LegalBasesPage extends TablePage {

    public static final String ID = "legalBases";

    public LegalBasesPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_LegalBases, Messages.LegalBases_Section, Messages.LegalBases_Description);
    }

    @Override
    protected void createTable() {
        table.column(Messages.Column_Norm, 110, e -> ((LegalBasis) e).getAbbreviation());
        table.column(Messages.Column_Paragraph, 130, e -> ((LegalBasis) e).getParagraph());
        table.column(Messages.Column_Title, 330, e -> ((LegalBasis) e).getTitle());
        table.column(Messages.Column_Url, 300, e -> ((LegalBasis) e).getUrl());
        table.column(Messages.Column_Source, 110, 115, e -> sourceLabel(((LegalBasis) e).getSourceCatalogue()));
        table.button(Messages.Button_FromNorms, "legalBases.fromCatalogue", TablePart::always, this::addFromCatalogue);
        table.button(Messages.Button_AddManually, "legalBases.add", TablePart::always, this::addManually);
        table.editButton("legalBases.edit", LegalBasis.class, this::edit);
        table.removeButton("legalBases.remove", Literals.PROCESS_PROFILE__LEGAL_BASES, LegalBasis.class);
        table.button(Messages.Button_OpenLink, "legalBases.open",
                s -> s.size() == 1 && ((LegalBasis) s.getFirstElement()).getUrl() != null,
                () -> Links.open(getSite().getShell(), table.selection(LegalBasis.class).get(0).getUrl()));
        table.onDoubleClick(LegalBasis.class, this::edit);
    }

    private static String sourceLabel(String source) {
        if (source == null || source.isBlank()) {
            return Messages.LegalBases_Manual;
        }
        return Norms.CATALOGUE_ID.equals(source) ? Messages.LegalBases_NormsCatalogue : source;
    }

    private void addFromCatalogue() {
        CatalogueEntryDialog dialog = new CatalogueEntryDialog(getSite().getShell(), CatalogueRegistry.getDefault(),
                Norms.CATALOGUE_ID, Messages.NormsDialog_Title, Messages.NormsDialog_Message);
        if (dialog.open() == Window.OK) {
            execute(addFromCatalogueCommand(dialog.chosen()));
        }
    }

    /** The command adding legal bases for entries of the norms catalogue. */
    public Command addFromCatalogueCommand(List<CatalogueEntry> entries) {
        List<LegalBasis> bases = new ArrayList<>();
        for (CatalogueEntry entry : entries) {
            bases.add(LegalBasisFactory.create(entry));
        }
        return addAll(Messages.Command_AddLegalBases, Literals.PROCESS_PROFILE__LEGAL_BASES, bases);
    }

    private FieldsDialog dialog(String title, LegalBasis basis) {
        return new FieldsDialog(getSite().getShell(), title, Messages.LegalBasisDialog_Message, List.of(
                Field.text("abbreviation", Messages.Column_Norm, basis == null ? "" : basis.getAbbreviation(), false),
                Field.text("paragraph", Messages.Column_Paragraph, basis == null ? "" : basis.getParagraph(), false),
                Field.text("title", Messages.Column_Title, basis == null ? "" : basis.getTitle(), true),
                Field.text("url", Messages.Column_Url, basis == null ? "" : basis.getUrl(), false)
                        .withCheck(Links::check)));
    }

    private void addManually() {
        FieldsDialog dialog = dialog(Messages.LegalBasisDialog_AddTitle, null);
        if (dialog.open() == Window.OK) {
            LegalBasis basis = ProzesswerkFactory.eINSTANCE.createLegalBasis();
            basis.setAbbreviation(dialog.valueOrNull("abbreviation"));
            basis.setParagraph(dialog.valueOrNull("paragraph"));
            basis.setTitle(dialog.valueOrNull("title"));
            basis.setUrl(dialog.valueOrNull("url"));
            execute(AddCommand.create(profileEditor().editingDomain(), profile(),
                    Literals.PROCESS_PROFILE__LEGAL_BASES, basis));
        }
    }

    private void edit(LegalBasis basis) {
        FieldsDialog dialog = dialog(Messages.LegalBasisDialog_EditTitle, basis);
        if (dialog.open() == Window.OK) {
            CompoundCommand command = new CompoundCommand(Messages.Command_EditLegalBasis);
            ProfileEditor editor = profileEditor();
            OrganisationPage.append(command, editor.set(basis, Literals.LEGAL_BASIS__ABBREVIATION,
                    dialog.valueOrNull("abbreviation")));
            OrganisationPage.append(command, editor.set(basis, Literals.LEGAL_BASIS__PARAGRAPH,
                    dialog.valueOrNull("paragraph")));
            OrganisationPage.append(command, editor.set(basis, Literals.LEGAL_BASIS__TITLE,
                    dialog.valueOrNull("title")));
            OrganisationPage.append(command, editor.set(basis, Literals.LEGAL_BASIS__URL, dialog.valueOrNull("url")));
            if (!command.isEmpty()) {
                execute(command.unwrap());
            }
        }
    }

    @Override
    protected void refreshContent() {
        table.setRows(profile().getLegalBases());
    }
}
