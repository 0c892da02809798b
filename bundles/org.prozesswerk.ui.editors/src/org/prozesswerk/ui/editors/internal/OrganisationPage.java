package org.prozesswerk.ui.editors.internal;


import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;
import org.prozesswerk.ui.editors.ProfileEditor;

/** Organisation: the unit responsible for the process (federführend) and the units taking part, with roles. */
public final class OrganisationPage extends ProfilePage {

    public static final String ID = "organisation";

    private Text responsible;
    private Button clearResponsible;
    private TablePart participations;

    public OrganisationPage(ProfileEditor editor) {
        super(editor, ID, Messages.Page_Organisation);
    }

    @Override
    protected void createContent(Composite body, FormToolkit toolkit) {
        Composite lead = section(body, toolkit, Messages.Organisation_Responsible,
                Messages.Organisation_Responsible_Description, false);
        ((org.eclipse.swt.layout.GridLayout) lead.getLayout()).numColumns = 4;
        label(lead, toolkit, Messages.Field_ResponsibleUnit);
        responsible = tag(toolkit.createText(lead, "", SWT.SINGLE | SWT.READ_ONLY | SWT.BORDER),
                "organisation.responsible");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(responsible);
        Button choose = tag(toolkit.createButton(lead, Messages.Button_Choose, SWT.PUSH), "organisation.choose");
        choose.addListener(SWT.Selection, event -> chooseResponsible());
        clearResponsible = tag(toolkit.createButton(lead, Messages.Button_Clear, SWT.PUSH), "organisation.clear");
        clearResponsible.addListener(SWT.Selection, event -> execute(
                profileEditor().set(profile(), Literals.PROCESS_PROFILE__RESPONSIBLE_UNIT, null)));

        participations = new TablePart(this, toolkit, body, Messages.Organisation_Participations,
                Messages.Organisation_Participations_Description, "organisation.participations");
        participations.column(Messages.Column_Unit, 360, 300, element -> unitLabel(((Participation) element).getUnit()));
        participations.column(Messages.Column_Role, 240, element -> ((Participation) element).getRole());
        participations.button(Messages.Button_Add, "organisation.add", TablePart::always, this::addParticipation);
        participations.editButton("organisation.edit", Participation.class, this::editParticipation);
        participations.removeButton("organisation.remove", Literals.PROCESS_PROFILE__PARTICIPATIONS,
                Participation.class);
        participations.onDoubleClick(Participation.class, this::editParticipation);
    }

    /** A unit's path; units that are not (any longer) in this register are marked. */
    private String unitLabel(OrgUnit unit) {
        if (unit == null) {
            return Messages.Organisation_NoUnit;
        }
        if (unit.eIsProxy() || unit.eResource() != register().eResource()) {
            return Formats.unit(unit) + " " + Messages.Organisation_UnitNotInRegister;
        }
        return Formats.unitPath(unit);
    }

    private void chooseResponsible() {
        OrgUnitDialog dialog = new OrgUnitDialog(getSite().getShell(), register(), profile(), false,
                Messages.OrgDialog_Responsible_Title, Messages.OrgDialog_Responsible_Message,
                profile().getResponsibleUnit(), null);
        if (dialog.open() == Window.OK) {
            execute(profileEditor().set(profile(), Literals.PROCESS_PROFILE__RESPONSIBLE_UNIT, dialog.unit()));
        }
    }

    private void addParticipation() {
        OrgUnitDialog dialog = new OrgUnitDialog(getSite().getShell(), register(), profile(), true,
                Messages.OrgDialog_Participation_Title, Messages.OrgDialog_Participation_Message, null, null);
        if (dialog.open() == Window.OK) {
            Participation participation = ProzesswerkFactory.eINSTANCE.createParticipation();
            participation.setUnit(dialog.unit());
            participation.setRole(dialog.role());
            execute(AddCommand.create(profileEditor().editingDomain(), profile(),
                    Literals.PROCESS_PROFILE__PARTICIPATIONS, participation));
        }
    }

    private void editParticipation(Participation participation) {
        OrgUnitDialog dialog = new OrgUnitDialog(getSite().getShell(), register(), profile(), true,
                Messages.OrgDialog_Participation_Title, Messages.OrgDialog_Participation_Message,
                participation.getUnit(), participation.getRole());
        if (dialog.open() == Window.OK) {
            CompoundCommand command = new CompoundCommand(Messages.Command_EditParticipation);
            append(command, profileEditor().set(participation, Literals.PARTICIPATION__UNIT, dialog.unit()));
            append(command, profileEditor().set(participation, Literals.PARTICIPATION__ROLE, dialog.role()));
            if (!command.isEmpty()) {
                execute(command.unwrap());
            }
        }
    }

    static void append(CompoundCommand compound, org.eclipse.emf.common.command.Command command) {
        if (command != null) {
            compound.append(command);
        }
    }

    @Override
    protected void refreshContent() {
        OrgUnit unit = profile().getResponsibleUnit();
        String text = unit == null ? Messages.Organisation_NoResponsible : unitLabel(unit);
        if (!text.equals(responsible.getText())) {
            responsible.setText(text);
        }
        clearResponsible.setEnabled(unit != null);
        participations.setRows(profile().getParticipations());
    }
}
