package org.prozesswerk.core.orgchart;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Objects;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;

/**
 * Derives a municipality's own register from a model register (Musterregister): the model org chart is filtered by
 * the municipality's size class and by the optional units it does not have. Nothing is lost on the way: a Steckbrief
 * whose responsible unit is removed moves to the nearest unit above that remains; if none remains, it keeps no
 * responsible unit and is tagged {@link #REASSIGNMENT_TAG} so it shows up for reassignment.
 *
 * <p>The template is not changed; the result is a copy whose Steckbriefe keep their ids, so a municipality's
 * Steckbrief can always be traced back to its model.
 */
public final class OrgChartDerivation {

    /** Tag given to Steckbriefe whose responsible unit was removed and that no remaining unit could take over. */
    public static final String REASSIGNMENT_TAG = "Zuordnung prüfen";

    private OrgChartDerivation() {
    }

    /**
     * What to keep: units apply to the size class (a unit without size classes applies to all), and optional units
     * named in {@code dropUnits} (by id or short code) are removed.
     */
    public record Spec(SizeClass sizeClass, Set<String> dropUnits, String name) {
        public Spec {
            dropUnits = Set.copyOf(dropUnits);
        }
    }

    /** A Steckbrief that changed its responsible unit; {@code to} is null when it was flagged for reassignment. */
    public record Move(String profileId, String profileName, String from, String to) {
    }

    public record Result(ProcessRegister register, List<String> removedUnits, List<Move> moves) {

        public long flaggedCount() {
            return moves.stream().filter(m -> m.to() == null).count();
        }
    }

    /**
     * @throws IllegalArgumentException if a unit to drop does not exist or is not optional in the model
     */
    public static Result derive(ProcessRegister template, Spec spec) {
        ProcessRegister register = EcoreUtil.copy(template);
        register.setId(UUID.nameUUIDFromBytes((template.getId() + "|" + spec.sizeClass() + "|"
                + String.join(",", spec.dropUnits().stream().sorted().toList())).getBytes(StandardCharsets.UTF_8))
                .toString());
        register.setBasedOn(describe(template));
        if (spec.name() != null && !spec.name().isBlank()) {
            register.setName(spec.name());
        }

        Map<String, OrgUnit> byKey = new HashMap<>();
        for (OrgUnit unit : allUnits(register.getOrganisation())) {
            byKey.put(unit.getId(), unit);
            if (unit.getShortCode() != null) {
                byKey.putIfAbsent(unit.getShortCode(), unit);
            }
        }
        Set<OrgUnit> removed = new LinkedHashSet<>();
        for (String key : spec.dropUnits()) {
            OrgUnit unit = byKey.get(key);
            if (unit == null) {
                throw new IllegalArgumentException("Organisationseinheit '" + key + "' gibt es im Muster nicht");
            }
            if (!unit.isOptional()) {
                throw new IllegalArgumentException("Organisationseinheit '" + key + "' (" + unit.getName()
                        + ") ist im Muster nicht optional und kann nicht entfernt werden");
            }
            removed.add(unit);
        }
        for (OrgUnit unit : allUnits(register.getOrganisation())) {
            if (!unit.getSizeClasses().isEmpty() && !unit.getSizeClasses().contains(spec.sizeClass())) {
                removed.add(unit);
            }
        }
        // A removed unit takes its subtree with it.
        Set<OrgUnit> gone = new LinkedHashSet<>();
        for (OrgUnit unit : removed) {
            gone.add(unit);
            gone.addAll(allUnits(unit.getChildren()));
        }

        List<Move> moves = reassign(register, gone);
        List<String> removedNames = new ArrayList<>();
        for (OrgUnit unit : removed) {
            if (!hasRemovedAncestor(unit, removed)) {
                removedNames.add(label(unit));
                EcoreUtil.remove(unit);
            }
        }
        return new Result(register, List.copyOf(removedNames), List.copyOf(moves));
    }

    private static List<Move> reassign(ProcessRegister register, Set<OrgUnit> gone) {
        List<Move> moves = new ArrayList<>();
        for (ProcessProfile profile : Profiles.all(register)) {
            OrgUnit responsible = profile.getResponsibleUnit();
            if (responsible != null && gone.contains(responsible)) {
                OrgUnit heir = survivingAncestor(responsible, gone);
                profile.setResponsibleUnit(heir);
                if (heir == null && !profile.getTags().contains(REASSIGNMENT_TAG)) {
                    profile.getTags().add(REASSIGNMENT_TAG);
                }
                moves.add(new Move(profile.getId(), profile.getName(), label(responsible),
                        heir == null ? null : label(heir)));
            }
            profile.getParticipations().removeIf(participation -> {
                OrgUnit unit = participation.getUnit();
                if (unit == null || !gone.contains(unit)) {
                    return false;
                }
                OrgUnit heir = survivingAncestor(unit, gone);
                participation.setUnit(heir);
                // A participation that collapses onto nothing, onto the responsible unit, or onto a unit that
                // already takes part in the same role says nothing new.
                return heir == null || heir == profile.getResponsibleUnit()
                        || profile.getParticipations().stream().anyMatch(other -> other != participation
                                && other.getUnit() == heir && Objects.equals(other.getRole(),
                                        participation.getRole()));
            });
        }
        return moves;
    }

    private static OrgUnit survivingAncestor(OrgUnit unit, Set<OrgUnit> gone) {
        EObject container = unit.eContainer();
        while (container instanceof OrgUnit parent) {
            if (!gone.contains(parent)) {
                return parent;
            }
            container = parent.eContainer();
        }
        return null;
    }

    private static boolean hasRemovedAncestor(OrgUnit unit, Set<OrgUnit> removed) {
        for (EObject c = unit.eContainer(); c instanceof OrgUnit parent; c = parent.eContainer()) {
            if (removed.contains(parent)) {
                return true;
            }
        }
        return false;
    }

    public static List<OrgUnit> allUnits(Collection<OrgUnit> roots) {
        List<OrgUnit> result = new ArrayList<>();
        for (OrgUnit root : roots) {
            result.add(root);
            result.addAll(allUnits(root.getChildren()));
        }
        return result;
    }

    private static String label(OrgUnit unit) {
        return unit.getShortCode() == null || unit.getShortCode().isBlank() ? unit.getName()
                : unit.getShortCode() + " " + unit.getName();
    }

    private static String describe(ProcessRegister template) {
        String name = template.getName() == null ? template.getId() : template.getName();
        return template.getVersion() == null ? name : name + " " + template.getVersion();
    }
}
