/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests.support;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;

import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
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
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.StatusChange;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Seeded random registers in which every rule of the default set is broken now and then: blank and long names,
 * duplicate keys and short codes, malformed and unknown LeiKa keys, released profiles missing parts, reversed validity
 * periods, inconsistent histories, missing required attributes, empty folders.
 * <p>
 * The rule tests use it for the equivalence test; RuleBenchmark as its violation-heavy case.
 */
public final class RandomRegisters {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    /** A key of the shipped LeiKa catalogue: Abbruchgenehmigung. */
    public static final String LEIKA_KEY = "99012001000000";

    private static final String[] LEIKA_KEYS = { LEIKA_KEY, "99012001001000", "99999999999999",
            "9901200100000", "x", null };

    private RandomRegisters() {
    }

    public static ProcessRegister create(long seed, int profiles) {
        Random random = new Random(seed);
        ProcessRegister register = F.createProcessRegister();
        register.setId("reg-" + seed);
        register.setName(random.nextInt(20) == 0 ? null : "Register " + seed);
        List<AttributeDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            AttributeDefinition definition = F.createAttributeDefinition();
            definition.setId("attr-" + i);
            definition.setType(AttributeType.TEXT);
            definition.setRequired(i < 2);
            definitions.add(definition);
            register.getAttributeDefinitions().add(definition);
        }
        List<OrgUnit> units = new ArrayList<>();
        int unitCount = 5 + Math.max(1, profiles / 200);
        for (int i = 0; i < unitCount; i++) {
            OrgUnit unit = unit("ou-" + i, random.nextInt(30) == 0 ? " " : "Amt " + i,
                    random.nextInt(25) == 0 ? null : String.valueOf(random.nextInt(unitCount * 2) + 10));
            if (units.isEmpty() || random.nextBoolean()) {
                register.getOrganisation().add(unit);
            } else {
                units.get(random.nextInt(units.size())).getChildren().add(unit);
            }
            units.add(unit);
        }
        List<Folder> folders = new ArrayList<>();
        int folderCount = Math.max(2, profiles / 50);
        for (int i = 0; i < folderCount; i++) {
            Folder folder = folder("f-" + i, random.nextInt(40) == 0 ? null : "Ordner " + i);
            if (folders.isEmpty() || random.nextInt(3) == 0) {
                register.getRootFolders().add(folder);
            } else {
                folders.get(random.nextInt(folders.size())).getFolders().add(folder);
            }
            folders.add(folder);
        }
        List<ProcessProfile> all = new ArrayList<>();
        FimStatus[] statuses = FimStatus.VALUES.toArray(new FimStatus[0]);
        for (int i = 0; i < profiles; i++) {
            ProcessProfile p = F.createProcessProfile();
            p.setId("p-" + i);
            p.setKey(random.nextInt(50) == 0 ? null : "PW-" + (random.nextInt(100) == 0 ? random.nextInt(i + 1) : i));
            p.setName(switch (random.nextInt(60)) {
                case 0 -> null;
                case 1 -> "  ";
                case 2 -> "Lang ".repeat(30);
                default -> "Steckbrief " + i;
            });
            p.setResponsibleUnit(random.nextInt(20) == 0 ? null : units.get(random.nextInt(units.size())));
            FimStatus status = random.nextInt(10) == 0 ? null : statuses[random.nextInt(statuses.length)];
            p.setStatus(status);
            if (random.nextBoolean()) {
                p.getStatusHistory().add(change(FimStatus.DRAFT,
                        random.nextInt(10) == 0 ? FimStatus.IN_PROGRESS : status));
            }
            p.setTrigger(random.nextInt(8) == 0 ? null : "Antrag");
            p.setResult(random.nextInt(8) == 0 ? "" : "Bescheid");
            if (random.nextInt(6) != 0) {
                p.getLegalBases().add(legalBasis(random.nextInt(15) == 0 ? null : "VwVfG", "§ 35"));
            }
            if (random.nextInt(3) == 0) {
                p.getCatalogueReferences().add(reference(random.nextBoolean() ? "ozg" : "OZG", "10513"));
            }
            int leika = random.nextInt(3);
            for (int k = 0; k < leika; k++) {
                p.getCatalogueReferences().add(reference(random.nextInt(5) == 0 ? "LeiKa" : "leika",
                        LEIKA_KEYS[random.nextInt(10) < 7 ? 0 : random.nextInt(LEIKA_KEYS.length)]));
            }
            p.setCaseVolumePerYear(random.nextInt(40) == 0 ? -1 : random.nextInt(5000));
            p.setProcessingMinutesPerCase(random.nextInt(40) == 0 ? -0.5 : random.nextInt(600));
            p.setLeadTimeDays(random.nextInt(80) == 0 ? -3 : random.nextInt(90));
            if (random.nextBoolean()) {
                long from = 1_600_000_000_000L + random.nextInt(1000) * 86_400_000L;
                p.setValidFrom(new Date(from));
                p.setValidTo(random.nextInt(3) == 0 ? null
                        : new Date(from + (random.nextInt(10) == 0 ? -1 : 1) * random.nextInt(1000) * 86_400_000L));
            }
            for (AttributeDefinition definition : definitions) {
                if (random.nextInt(12) != 0) {
                    p.getAttributeValues().add(value(definition, random.nextInt(15) == 0 ? " " : "x"));
                }
            }
            if (random.nextInt(4) == 0) {
                ProcessContext context = F.createProcessContext();
                context.setKind(random.nextBoolean() ? ContextKind.OAA : ContextKind.FORM);
                context.setUrl(random.nextInt(4) == 0 ? null : "https://example.org/" + i);
                p.getContexts().add(context);
            }
            if (!all.isEmpty() && random.nextInt(10) == 0) {
                p.getSuccessors().add(all.get(random.nextInt(all.size())));
            }
            if (random.nextInt(200) == 0) {
                p.getSuccessors().add(p);
            }
            if (random.nextInt(30) == 0) {
                register.getUnfiledProfiles().add(p);
            } else {
                folders.get(random.nextInt(folders.size())).getProfiles().add(p);
            }
            all.add(p);
        }
        return register;
    }

    private static AttributeValue value(AttributeDefinition definition, String text) {
        return TestRegisters.value(definition, text);
    }

    private static OrgUnit unit(String id, String name, String shortCode) {
        return TestRegisters.unit(id, name, shortCode, null);
    }

    private static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    private static StatusChange change(FimStatus from, FimStatus to) {
        return TestRegisters.change(from, to, "2024-01-01T00:00:00Z", "methodik", null);
    }

    private static LegalBasis legalBasis(String abbreviation, String paragraph) {
        return TestRegisters.legalBasis(abbreviation, paragraph, null, null, null);
    }

    private static CatalogueReference reference(String catalogue, String key) {
        return TestRegisters.reference(catalogue, key, null, null);
    }
}
