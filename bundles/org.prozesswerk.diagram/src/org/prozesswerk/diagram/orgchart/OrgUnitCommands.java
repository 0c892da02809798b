package org.prozesswerk.diagram.orgchart;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.diagram.internal.Messages;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage.Literals;

/**
 * The EMF commands behind the Organigramm's edits. Deleting a unit loses no Steckbrief: the rule of
 * {@link OrgChartDerivation} applies — the Steckbriefe of the deleted unit and its subunits move to the unit above;
 * without one they keep no responsible unit and are tagged {@value OrgChartDerivation#REASSIGNMENT_TAG}.
 */
public final class OrgUnitCommands {

    private OrgUnitCommands() {
    }

    /** A new unit under {@code parent}, or a new root unit if {@code parent} is null. */
    public static Command create(EditingDomain domain, ProcessRegister register, OrgUnit parent, String id) {
        OrgUnit unit = ProzesswerkFactory.eINSTANCE.createOrgUnit();
        unit.setId(id == null ? UUID.randomUUID().toString() : id);
        unit.setName(Messages.NewUnit_Name);
        unit.setKind(OrgUnitKind.OFFICE);
        Command add = parent == null ? AddCommand.create(domain, register, Literals.PROCESS_REGISTER__ORGANISATION, unit)
                : AddCommand.create(domain, parent, Literals.ORG_UNIT__CHILDREN, unit);
        return labelled(Messages.Command_CreateUnit, add);
    }

    public static Command rename(EditingDomain domain, OrgUnit unit, String name) {
        return labelled(Messages.Command_RenameUnit, SetCommand.create(domain, unit, Literals.ORG_UNIT__NAME, name));
    }

    /** Makes {@code unit} a subunit of {@code newParent}; not executable for its own subtree. */
    public static Command reparent(EditingDomain domain, OrgUnit unit, OrgUnit newParent) {
        if (newParent == unit || EcoreUtil.isAncestor(unit, newParent) || unit.eContainer() == newParent) {
            return UnexecutableCommand.INSTANCE;
        }
        EObject owner = unit.eContainer();
        CompoundCommand command = new CompoundCommand(Messages.Command_ReparentUnit);
        command.append(RemoveCommand.create(domain, owner, unit.eContainingFeature(), unit));
        command.append(AddCommand.create(domain, newParent, Literals.ORG_UNIT__CHILDREN, unit));
        return command;
    }

    /** Deletes the units with their subunits; their Steckbriefe move up or are tagged for reassignment. */
    public static Command delete(EditingDomain domain, ProcessRegister register, Collection<OrgUnit> units) {
        List<OrgUnit> tops = new ArrayList<>();
        for (OrgUnit unit : units) {
            if (units.stream().noneMatch(other -> other != unit && EcoreUtil.isAncestor(other, unit))) {
                tops.add(unit);
            }
        }
        if (tops.isEmpty()) {
            return UnexecutableCommand.INSTANCE;
        }
        Set<OrgUnit> gone = new LinkedHashSet<>();
        for (OrgUnit top : tops) {
            gone.add(top);
            gone.addAll(OrgChartDerivation.allUnits(top.getChildren()));
        }
        CompoundCommand command = new CompoundCommand(Messages.Command_DeleteUnit);
        for (ProcessProfile profile : Profiles.all(register)) {
            OrgUnit responsible = profile.getResponsibleUnit();
            OrgUnit newResponsible = responsible;
            if (responsible != null && gone.contains(responsible)) {
                newResponsible = heir(responsible, gone);
                command.append(SetCommand.create(domain, profile, Literals.PROCESS_PROFILE__RESPONSIBLE_UNIT,
                        newResponsible == null ? SetCommand.UNSET_VALUE : newResponsible));
                if (newResponsible == null && !profile.getTags().contains(OrgChartDerivation.REASSIGNMENT_TAG)) {
                    command.append(AddCommand.create(domain, profile, Literals.PROCESS_PROFILE__TAGS,
                            OrgChartDerivation.REASSIGNMENT_TAG));
                }
            }
            for (Participation participation : profile.getParticipations()) {
                OrgUnit unit = participation.getUnit();
                if (unit != null && gone.contains(unit)) {
                    OrgUnit heir = heir(unit, gone);
                    // Collapsing onto nothing or onto the responsible unit says nothing new: drop it.
                    if (heir == null || heir == newResponsible) {
                        command.append(RemoveCommand.create(domain, profile,
                                Literals.PROCESS_PROFILE__PARTICIPATIONS, participation));
                    } else {
                        command.append(SetCommand.create(domain, participation, Literals.PARTICIPATION__UNIT, heir));
                    }
                }
            }
        }
        command.append(DeleteCommand.create(domain, tops));
        return command;
    }

    private static OrgUnit heir(OrgUnit unit, Set<OrgUnit> gone) {
        for (EObject c = unit.eContainer(); c instanceof OrgUnit parent; c = parent.eContainer()) {
            if (!gone.contains(parent)) {
                return parent;
            }
        }
        return null;
    }

    private static Command labelled(String label, Command command) {
        CompoundCommand compound = new CompoundCommand(label);
        compound.append(command);
        return compound;
    }
}
