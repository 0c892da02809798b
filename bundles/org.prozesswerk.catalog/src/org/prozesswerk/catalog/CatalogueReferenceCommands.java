package org.prozesswerk.catalog;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage.Literals;

/**
 * What a new catalogue version means for a register: which Steckbriefe refer to removed or relabelled keys, and the
 * EMF commands (one undoable step each) that move references from a removed key to its successor and refresh the
 * label snapshots of references.
 */
public final class CatalogueReferenceCommands {

    private CatalogueReferenceCommands() {
    }

    /** The register's references to the catalogue whose key is one of {@code keys} (all keys if {@code null}). */
    public static List<CatalogueReference> referencesTo(ProcessRegister register, String catalogueId, Set<String> keys) {
        List<CatalogueReference> result = new ArrayList<>();
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof CatalogueReference reference
                    && catalogueId.equalsIgnoreCase(String.valueOf(reference.getCatalogueId()))
                    && (keys == null || keys.contains(strip(reference.getKey())))) {
                result.add(reference);
            }
        }
        return result;
    }

    /**
     * The Steckbriefe a catalogue change affects: those referring to a removed or relabelled key, each with those
     * references, in register order.
     */
    public static Map<ProcessProfile, List<CatalogueReference>> affected(ProcessRegister register, String catalogueId,
            CatalogueDiff diff) {
        Set<String> keys = new java.util.HashSet<>();
        diff.removed().forEach(e -> keys.add(e.key()));
        diff.relabelled().forEach(r -> keys.add(r.key()));
        Map<ProcessProfile, List<CatalogueReference>> result = new LinkedHashMap<>();
        for (CatalogueReference reference : referencesTo(register, catalogueId, keys)) {
            ProcessProfile profile = profileOf(reference);
            if (profile != null) {
                result.computeIfAbsent(profile, p -> new ArrayList<>()).add(reference);
            }
        }
        return result;
    }

    /**
     * One command moving every reference of the register to {@code oldKey} onto {@code successor} (key, label
     * snapshot and catalogue version). A Steckbrief that already refers to the successor just loses the old reference,
     * so no duplicate arises.
     *
     * @return the command, not executed; {@link Command#canExecute()} is false if nothing refers to {@code oldKey}
     */
    public static Command moveToSuccessor(EditingDomain domain, ProcessRegister register, Catalogue catalogue,
            String oldKey, CatalogueEntry successor) {
        Objects.requireNonNull(successor, "successor");
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL,
                "Katalogverweise " + oldKey + " \u2192 " + successor.key());
        for (CatalogueReference reference : referencesTo(register, catalogue.id(), Set.of(oldKey.strip()))) {
            ProcessProfile profile = profileOf(reference);
            boolean hasSuccessor = profile != null && profile.getCatalogueReferences().stream()
                    .anyMatch(r -> r != reference && catalogue.id().equalsIgnoreCase(r.getCatalogueId())
                            && successor.key().equals(strip(r.getKey())));
            if (hasSuccessor) {
                command.append(RemoveCommand.create(domain, reference.eContainer(), reference.eContainmentFeature(),
                        reference));
            } else {
                command.append(SetCommand.create(domain, reference, Literals.CATALOGUE_REFERENCE__KEY,
                        successor.key()));
                command.append(SetCommand.create(domain, reference, Literals.CATALOGUE_REFERENCE__LABEL,
                        successor.label()));
                command.append(SetCommand.create(domain, reference, Literals.CATALOGUE_REFERENCE__CATALOGUE_VERSION,
                        catalogue.version()));
            }
        }
        return command;
    }

    /**
     * One command bringing the label snapshot and catalogue version of every resolvable reference to the catalogue in
     * line with the installed version (references to unknown keys keep theirs: the snapshot is then all there is).
     *
     * @return the command, not executed; {@link Command#canExecute()} is false if every snapshot is current
     */
    public static Command refreshLabels(EditingDomain domain, ProcessRegister register, Catalogue catalogue) {
        CompoundCommand command = new CompoundCommand(CompoundCommand.MERGE_COMMAND_ALL,
                "Bezeichnungen aus " + catalogue.name());
        for (CatalogueReference reference : referencesTo(register, catalogue.id(), null)) {
            var entry = catalogue.entry(strip(reference.getKey()));
            if (entry.isEmpty()) {
                continue;
            }
            if (!Objects.equals(reference.getLabel(), entry.get().label())) {
                command.append(SetCommand.create(domain, reference, Literals.CATALOGUE_REFERENCE__LABEL,
                        entry.get().label()));
            }
            if (!Objects.equals(reference.getCatalogueVersion(), catalogue.version())) {
                command.append(SetCommand.create(domain, reference, Literals.CATALOGUE_REFERENCE__CATALOGUE_VERSION,
                        catalogue.version()));
            }
        }
        return command;
    }

    private static ProcessProfile profileOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof ProcessProfile profile) {
                return profile;
            }
        }
        return null;
    }

    private static String strip(String key) {
        return key == null ? "" : key.strip();
    }
}
