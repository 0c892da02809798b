/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import java.time.Instant;
import java.util.Date;

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
 * The oracle tests' starting point: a small register that satisfies every rule of the default set. Each test breaks
 * exactly one thing and names the violations it expects.
 *
 * <pre>
 * Musterregister
 *   OE 10 Hauptamt / OE 32 Ordnungsamt
 *   Bauen/Steckbrief PW-1             methodisch freigegeben, LeiKa + OZG, complete
 *   Ordnung/Gewerbe/Steckbrief PW-2   Entwurf
 * </pre>
 */
final class Registers {

    static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    /** A key of the shipped LeiKa catalogue: Abbruchgenehmigung. */
    static final String LEIKA_KEY = "99012001000000";

    final ProcessRegister register;
    final OrgUnit hauptamt;
    final OrgUnit ordnungsamt;
    final Folder bauen;
    final Folder ordnung;
    final Folder gewerbe;
    final ProcessProfile pw1;
    final ProcessProfile pw2;
    final AttributeDefinition zustaendigkeit;

    private Registers() {
        register = F.createProcessRegister();
        register.setId("reg-1");
        register.setName("Musterregister");
        zustaendigkeit = F.createAttributeDefinition();
        zustaendigkeit.setId("zustaendigkeit");
        zustaendigkeit.setLabelDe("Zuständigkeitsebene");
        zustaendigkeit.setType(AttributeType.TEXT);
        zustaendigkeit.setRequired(true);
        AttributeDefinition notiz = F.createAttributeDefinition();
        notiz.setId("notiz");
        notiz.setType(AttributeType.TEXT);
        register.getAttributeDefinitions().add(zustaendigkeit);
        register.getAttributeDefinitions().add(notiz);

        hauptamt = unit("ou-10", "Hauptamt", "10");
        ordnungsamt = unit("ou-32", "Ordnungsamt", "32");
        hauptamt.getChildren().add(ordnungsamt);
        register.getOrganisation().add(hauptamt);

        bauen = folder("f-bauen", "Bauen");
        ordnung = folder("f-ordnung", "Ordnung");
        gewerbe = folder("f-gewerbe", "Gewerbe");
        ordnung.getFolders().add(gewerbe);
        register.getRootFolders().add(bauen);
        register.getRootFolders().add(ordnung);

        pw1 = profile("PW-1", "Abbruchgenehmigung erteilen");
        pw1.setStatus(FimStatus.METHODICALLY_RELEASED);
        pw1.getStatusHistory().add(change(FimStatus.DRAFT, FimStatus.METHODICALLY_RELEASED));
        pw1.setTrigger("Antrag auf Abbruchgenehmigung");
        pw1.setResult("Abbruchgenehmigung (Bescheid)");
        pw1.getLegalBases().add(legalBasis("SächsBO", "§ 61"));
        pw1.getCatalogueReferences().add(reference("leika", LEIKA_KEY));
        pw1.getCatalogueReferences().add(reference("ozg", "10513"));
        pw1.setValidFrom(date("2024-01-01"));
        pw1.setValidTo(date("2025-12-31"));
        pw1.setCaseVolumePerYear(120);
        pw1.setProcessingMinutesPerCase(90);
        pw1.setLeadTimeDays(30);
        ProcessContext oaa = F.createProcessContext();
        oaa.setKind(ContextKind.OAA);
        oaa.setName("Bauantrag online");
        oaa.setUrl("https://amt24.sachsen.de/");
        pw1.getContexts().add(oaa);
        bauen.getProfiles().add(pw1);

        pw2 = profile("PW-2", "Gewerbeanmeldung bearbeiten");
        pw2.setStatus(FimStatus.DRAFT);
        gewerbe.getProfiles().add(pw2);
    }

    static Registers clean() {
        return new Registers();
    }

    ProcessProfile profile(String key, String name) {
        ProcessProfile profile = F.createProcessProfile();
        profile.setId("id-" + key);
        profile.setKey(key);
        profile.setName(name);
        profile.setResponsibleUnit(ordnungsamt);
        profile.getAttributeValues().add(value(zustaendigkeit, "Kommune"));
        return profile;
    }

    static AttributeValue value(AttributeDefinition definition, String text) {
        return TestRegisters.value(definition, text);
    }

    static OrgUnit unit(String id, String name, String shortCode) {
        return TestRegisters.unit(id, name, shortCode, null);
    }

    static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    static StatusChange change(FimStatus from, FimStatus to) {
        return TestRegisters.change(from, to, "2024-01-01T00:00:00Z", "methodik", null);
    }

    static LegalBasis legalBasis(String abbreviation, String paragraph) {
        return TestRegisters.legalBasis(abbreviation, paragraph, null, null, null);
    }

    static CatalogueReference reference(String catalogue, String key) {
        return TestRegisters.reference(catalogue, key, null, null);
    }

    static Date date(String isoDay) {
        return Date.from(Instant.parse(isoDay + "T00:00:00Z"));
    }
}
