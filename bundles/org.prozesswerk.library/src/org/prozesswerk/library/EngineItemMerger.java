/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.prozesswerk.library.LibraryItem.Steckbrief;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.ThreeWayMerge;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * The {@link ItemMerger} backed by the semantic merge engine (issue 13, {@code org.prozesswerk.merge}): each version
 * of the item becomes a one-Steckbrief scratch register (same id, so the engine matches them), the engine merges them
 * and its undoable command is executed on "ours"; the result is read back. Value objects (legal bases, references,
 * contexts, models) are matched by content inside the Steckbrief, so two bodies adding different legal bases both
 * keep theirs. Predecessor/successor keys and the item metadata cannot live in a one-Steckbrief register and are
 * merged field-wise ({@link FieldMerger}). Items added on both sides (no base) are merged field-wise too.
 */
public final class EngineItemMerger implements ItemMerger {

    private final FieldMerger fields = new FieldMerger();

    @Override
    public Result merge(LibraryItem base, LibraryItem ours, LibraryItem theirs) {
        Result byField = fields.merge(base, ours, theirs);
        if (base == null) {
            return byField;
        }
        ProcessRegister b = scratch(base);
        ProcessRegister o = scratch(ours);
        ProcessRegister t = scratch(theirs);
        MergeResult result = ThreeWayMerge.merge(b, o, t);
        List<String> conflicts = new ArrayList<>();
        for (Conflict c : result.conflicts()) {
            conflicts.add(c.feature() != null ? c.feature() : c.label());
        }
        for (String c : byField.conflicts()) {
            if (c.equals("predecessors") || c.equals("successors") || c.equals("publisher") || c.equals("licence")) {
                conflicts.add(c);
            }
        }
        if (!conflicts.isEmpty()) {
            return new Result(ours, conflicts);
        }
        AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(
                new ComposedAdapterFactory(ComposedAdapterFactory.Descriptor.Registry.INSTANCE),
                new BasicCommandStack());
        Resource resource = domain.getResourceSet().createResource(URI.createURI("memory:/library-merge.pwreg"));
        if (resource == null) {
            resource = new org.eclipse.emf.ecore.resource.impl.ResourceImpl(URI.createURI("memory:/library-merge"));
            domain.getResourceSet().getResources().add(resource);
        }
        resource.getContents().add(o);
        Command command = result.createCommand(domain, new MergeDecisions());
        domain.getCommandStack().execute(command);
        Steckbrief merged = ModelMapping.toSteckbrief(o.getUnfiledProfiles().get(0), new LinkedHashMap<>());
        Steckbrief f = byField.merged().steckbrief();
        Steckbrief combined = new Steckbrief(merged.key(), merged.name(), merged.shortDescription(),
                merged.description(), merged.processType(), merged.trigger(), merged.result(), merged.fimStatus(),
                merged.validFrom(), merged.validTo(), merged.tags(), merged.catalogueReferences(),
                merged.legalBases(), merged.contexts(), merged.models(), merged.attributes(), f.predecessors(),
                f.successors());
        LibraryItem m = byField.merged();
        return new Result(new LibraryItem(m.id(), m.publisher(), m.version(), m.licence(), combined), List.of());
    }

    private static ProcessRegister scratch(LibraryItem item) {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister r = f.createProcessRegister();
        r.setId("library-merge");
        r.setName(item.id());
        ProcessProfile p = f.createProcessProfile();
        p.setId(item.id());
        r.getUnfiledProfiles().add(p);
        ModelMapping.apply(item.steckbrief(), p, r, path -> path);
        return r;
    }
}
