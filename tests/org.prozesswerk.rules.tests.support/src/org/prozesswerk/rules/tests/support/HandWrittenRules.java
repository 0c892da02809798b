/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.rules.engine.ReferenceResolver;

/**
 * The default rule set written by hand in plain Java, the way a developer would without the language: the oracle of
 * the rule tests' EquivalenceTest and the baseline of RuleBenchmark (tests/org.prozesswerk.benchmarks), whose set-up
 * also checks that both find exactly the same violations. Reports (rule id, element); counts one check per rule and
 * element like the engine does.
 */
public final class HandWrittenRules {

    private static final Pattern LEIKA = Pattern.compile("99[0-9]{12}");

    private final ReferenceResolver resolver;
    private long checks;

    public HandWrittenRules(ReferenceResolver resolver) {
        this.resolver = resolver;
    }

    public long checks() {
        return checks;
    }

    public void validate(ProcessRegister register, BiConsumer<String, EObject> sink) {
        Map<String, Integer> keys = new HashMap<>();
        Map<String, Integer> codes = new HashMap<>();
        count(register, keys, codes);
        checks++;
        if (!set(register.getName())) {
            sink.accept("MPQ-23", register);
        }
        for (OrgUnit unit : register.getOrganisation()) {
            unit(unit, codes, sink);
        }
        for (Folder folder : register.getRootFolders()) {
            folder(register, folder, keys, sink);
        }
        for (ProcessProfile profile : register.getUnfiledProfiles()) {
            profile(register, profile, keys, sink);
        }
    }

    private static void count(ProcessRegister register, Map<String, Integer> keys, Map<String, Integer> codes) {
        for (Folder folder : register.getRootFolders()) {
            countKeys(folder, keys);
        }
        for (ProcessProfile profile : register.getUnfiledProfiles()) {
            countKey(profile, keys);
        }
        for (OrgUnit unit : register.getOrganisation()) {
            countCodes(unit, codes);
        }
    }

    private static void countKeys(Folder folder, Map<String, Integer> keys) {
        for (Folder child : folder.getFolders()) {
            countKeys(child, keys);
        }
        for (ProcessProfile profile : folder.getProfiles()) {
            countKey(profile, keys);
        }
    }

    private static void countKey(ProcessProfile profile, Map<String, Integer> keys) {
        if (set(profile.getKey())) {
            keys.merge(profile.getKey().strip(), 1, Integer::sum);
        }
    }

    private static void countCodes(OrgUnit unit, Map<String, Integer> codes) {
        if (set(unit.getShortCode())) {
            codes.merge(unit.getShortCode().strip(), 1, Integer::sum);
        }
        for (OrgUnit child : unit.getChildren()) {
            countCodes(child, codes);
        }
    }

    private void unit(OrgUnit unit, Map<String, Integer> codes, BiConsumer<String, EObject> sink) {
        checks += 2;
        if (!set(unit.getName())) {
            sink.accept("MPQ-19", unit);
        }
        if (set(unit.getShortCode()) && codes.get(unit.getShortCode().strip()) > 1) {
            sink.accept("MPQ-20", unit);
        }
        for (OrgUnit child : unit.getChildren()) {
            unit(child, codes, sink);
        }
    }

    private void folder(ProcessRegister register, Folder folder, Map<String, Integer> keys,
            BiConsumer<String, EObject> sink) {
        checks += 2;
        if (folder.getProfiles().isEmpty() && folder.getFolders().isEmpty()) {
            sink.accept("MPQ-21", folder);
        }
        if (!set(folder.getName())) {
            sink.accept("MPQ-22", folder);
        }
        for (Folder child : folder.getFolders()) {
            folder(register, child, keys, sink);
        }
        for (ProcessProfile profile : folder.getProfiles()) {
            profile(register, profile, keys, sink);
        }
    }

    private void profile(ProcessRegister register, ProcessProfile p, Map<String, Integer> keys,
            BiConsumer<String, EObject> sink) {
        checks += 19;
        if (p.getResponsibleUnit() == null) {
            sink.accept("MPQ-01", p);
        }
        boolean ozg = false;
        boolean leika = false;
        boolean malformed = false;
        boolean unresolved = false;
        boolean removed = false;
        for (CatalogueReference reference : p.getCatalogueReferences()) {
            String id = reference.getCatalogueId();
            // MPQ-27 leaves LeiKa to MPQ-04; its "leika" compares with case, as "=" in the rule language does
            removed |= !"leika".equals(id) && resolver.isRemoved(reference);
            if ("ozg".equalsIgnoreCase(id)) {
                ozg = true;
            } else if ("leika".equalsIgnoreCase(id)) {
                leika = true;
                boolean wellFormed = reference.getKey() != null && LEIKA.matcher(reference.getKey()).matches();
                malformed |= !wellFormed;
                unresolved |= wellFormed && !unresolved && !resolver.isResolvable(reference);
            }
        }
        if (ozg && !leika) {
            sink.accept("MPQ-02", p);
        }
        if (malformed) {
            sink.accept("MPQ-03", p);
        }
        if (unresolved) {
            sink.accept("MPQ-04", p);
        }
        if (removed) {
            sink.accept("MPQ-27", p);
        }
        FimStatus status = p.getStatus();
        boolean released = status != null && status.getValue() >= FimStatus.METHODICALLY_RELEASED_VALUE
                && status.getValue() <= FimStatus.TECHNICALLY_RELEASED_GOLD_VALUE;
        if (released && p.getLegalBases().isEmpty()) {
            sink.accept("MPQ-05", p);
        }
        if (released && !set(p.getTrigger())) {
            sink.accept("MPQ-06", p);
        }
        if (released && !set(p.getResult())) {
            sink.accept("MPQ-07", p);
        }
        if (p.getCaseVolumePerYear() < 0 || p.getProcessingMinutesPerCase() < 0 || p.getLeadTimeDays() < 0) {
            sink.accept("MPQ-08", p);
        }
        if (!set(p.getName())) {
            sink.accept("MPQ-09", p);
        }
        if (p.getName() != null && p.getName().strip().length() > 120) {
            sink.accept("MPQ-10", p);
        }
        if (!set(p.getKey())) {
            sink.accept("MPQ-11", p);
        } else if (keys.get(p.getKey().strip()) > 1) {
            sink.accept("MPQ-12", p);
        }
        if (!p.getStatusHistory().isEmpty()
                && p.getStatusHistory().get(p.getStatusHistory().size() - 1).getTo() != status) {
            sink.accept("MPQ-13", p);
        }
        if (p.getValidFrom() != null && p.getValidTo() != null && p.getValidFrom().after(p.getValidTo())) {
            sink.accept("MPQ-14", p);
        }
        for (AttributeDefinition definition : p.getApplicableAttributeDefinitions()) {
            if (definition.isRequired() && !set(attribute(p, definition))) {
                sink.accept("MPQ-15", p);
                break;
            }
        }
        for (ProcessContext context : p.getContexts()) {
            if (context.getKind() == ContextKind.OAA && !set(context.getUrl())) {
                sink.accept("MPQ-16", p);
                break;
            }
        }
        for (LegalBasis basis : p.getLegalBases()) {
            if (!set(basis.getAbbreviation()) && !set(basis.getTitle())) {
                sink.accept("MPQ-17", p);
                break;
            }
        }
        if (p.getSuccessors().contains(p)) {
            sink.accept("MPQ-18", p);
        }
    }

    private static String attribute(ProcessProfile profile, AttributeDefinition definition) {
        List<AttributeValue> values = profile.getAttributeValues();
        for (AttributeValue value : values) {
            if (value.getDefinition() == definition) {
                return value.getValue();
            }
        }
        return null;
    }

    private static boolean set(String text) {
        return text != null && !text.isBlank();
    }
}
