package org.prozesswerk.tests.support;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.Principal;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.Role;
import org.prozesswerk.model.RoleAssignment;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.model.StatusChange;

/**
 * Registers for tests, built in code so every test starts from the same known content: whole registers ({@link #rich()},
 * {@link #small(String)}) and one builder per model element, each setting the features a test names and nothing else.
 * Tests of every bundle build their registers from these (one fixture API); what a test needs beyond them it sets on
 * the returned object.
 */
public final class TestRegisters {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private TestRegisters() {
    }

    /**
     * A register in which every attribute and reference of the metamodel is set at least once, with texts that
     * need escaping (umlauts, markup characters, line breaks) and non-unique list values.
     */
    public static ProcessRegister rich() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("reg-1");
        register.setName("Musterregister Kreisstadt Süd");
        register.setVersion("2.1");
        register.setPublisher("Stadt Süd <Hauptamt> & \"IT\"");
        register.setBasedOn("Musterprozessregister Sachsen 2.1");
        register.setCreated(date("2024-01-15T08:30:00.123Z"));
        register.setModified(date("2024-07-01T16:45:10Z"));

        register.getUsedCatalogues().add(usage("LEIKA", "2019-06"));
        register.getUsedCatalogues().add(usage("OZG", "1.0"));

        AttributeDefinition priority = definition("attr-priority", "Priorität", AttributeType.ENUMERATION, true);
        priority.setLabelEn("Priority");
        priority.getAllowedValues().add("hoch");
        priority.getAllowedValues().add("niedrig");
        AttributeDefinition note = definition("attr-note", "Notiz", AttributeType.RICH_TEXT, false);
        note.setLabelEn("Note");
        register.getAttributeDefinitions().add(priority);
        register.getAttributeDefinitions().add(note);

        OrgUnit department = unit("ou-2", "Dezernat II", "II", OrgUnitKind.DEPARTMENT);
        OrgUnit office = unit("ou-32", "Ordnungsamt", "32", OrgUnitKind.OFFICE);
        office.getSizeClasses().add(SizeClass.GK3);
        office.getSizeClasses().add(SizeClass.GK4);
        office.getRoles().add("Sachbearbeitung");
        office.getRoles().add("Sachbearbeitung");
        office.getRoles().add("Leitung");
        OrgUnit division = unit("ou-32-1", "Gewerbeangelegenheiten", "32.1", OrgUnitKind.DIVISION);
        division.setOptional(true);
        office.getChildren().add(division);
        department.getChildren().add(office);
        OrgUnit staff = unit("ou-stab", "Stabsstelle Digitalisierung", "S1", OrgUnitKind.STAFF);
        register.getOrganisation().add(department);
        register.getOrganisation().add(staff);

        Folder order = folder("f-ordnung", "Öffentliche Ordnung", "Ordnungsrecht & Gewerbe");
        Folder trade = folder("f-gewerbe", "Gewerbe", null);
        order.getFolders().add(trade);
        Folder empty = folder("f-leer", "Leer", "Ordner ohne Inhalt");
        register.getRootFolders().add(order);
        register.getRootFolders().add(empty);

        ProcessProfile registration = profile("0b7c6f1e-0000-4000-8000-000000000001", "PW-000001",
                "Gewerbeanmeldung bearbeiten", FimStatus.METHODICALLY_RELEASED, division);
        registration.setShortDescription("Anzeige nach § 14 GewO");
        registration.setDescription("Zeile 1\nZeile 2 mit <Tag> & \"Zitat\" und 'Apostroph'\tTab");
        registration.setProcessType(ProcessType.CORE);
        registration.setTrigger("Eingang der Gewerbeanzeige");
        registration.setResult("Empfangsbescheinigung");
        registration.getParticipations().add(participation(office, "informiert"));
        registration.getParticipations().add(participation(staff, "berät"));
        registration.setProcessOwner("Frau Müller");
        registration.setCaseVolumePerYear(1200);
        registration.setProcessingMinutesPerCase(17.5);
        registration.setLeadTimeDays(2.25);
        registration.setDigitalisationDegree(3);
        registration.getStatusHistory().add(change(FimStatus.IN_PLANNING, FimStatus.IN_PROGRESS, "2024-02-01T09:00:00Z"));
        registration.getStatusHistory().add(change(FimStatus.IN_PROGRESS, FimStatus.DRAFT, "2024-03-01T09:00:00Z"));
        registration.setValidFrom(date("2024-01-01T00:00:00Z"));
        registration.setValidTo(date("2030-12-31T23:59:59.999Z"));
        registration.getTags().add("Gewerbe");
        registration.getTags().add("OZG");
        registration.getTags().add("Gewerbe");
        registration.getCatalogueReferences().add(reference("LEIKA", "99050012104000", "Gewerbeanmeldung", "2019-06"));
        registration.getCatalogueReferences().add(reference("OZG", "10172", "Gewerbeanzeige", "1.0"));
        registration.getLegalBases().add(legalBasis("GewO", "§ 14", "Anzeigepflicht"));
        registration.getContexts().add(context(ContextKind.OAA, "Gewerbe-Service-Portal"));
        registration.getContexts().add(context(ContextKind.IT_PROCEDURE, "GEKO"));
        registration.getModelReferences()
                .add(model("modelle/gewerbeanmeldung.bpmn", 103, "Gewerbeanmeldung (Stufe 3)"));
        registration.getAttributeValues().add(value(priority, "hoch"));
        registration.getAttributeValues().add(value(note, "<p>Rückfragen an 32.1</p>"));

        ProcessProfile deregistration = profile("0b7c6f1e-0000-4000-8000-000000000002", "PW-000002",
                "Gewerbeabmeldung bearbeiten", FimStatus.DRAFT, division);
        deregistration.setProcessType(ProcessType.SUPPORT);
        deregistration.getPredecessors().add(registration);

        ProcessProfile archive = profile("0b7c6f1e-0000-4000-8000-000000000003", "PW-000003", "Akten archivieren",
                FimStatus.TECHNICALLY_RELEASED_GOLD, null);
        archive.setProcessType(ProcessType.MANAGEMENT);
        archive.getPredecessors().add(registration);
        archive.getPredecessors().add(deregistration);

        trade.getProfiles().add(registration);
        trade.getProfiles().add(deregistration);
        order.getProfiles().add(archive);

        ProcessProfile unfiled = profile("0b7c6f1e-0000-4000-8000-000000000004", "PW-000004",
                "Noch nicht einsortiert", FimStatus.IN_PLANNING, null);
        register.getUnfiledProfiles().add(unfiled);
        return register;
    }

    /** A minimal valid register with one profile. */
    public static ProcessRegister small(String name) {
        ProcessRegister register = F.createProcessRegister();
        register.setId("reg-small");
        register.setName(name);
        register.getUnfiledProfiles().add(profile("p-1", null, "Einziger Steckbrief"));
        return register;
    }

    /**
     * "Gemeinde Musterstadt" for the diagrams: two Dezernate with five Ämter and a Sachgebiet, five Steckbriefe with
     * status, OZG-Reifegrad, case volume and minutes, two successor links, three folders (one nested), one unfiled.
     */
    public static ProcessRegister musterstadt() {
        ProcessRegister register = F.createProcessRegister();
        register.setId("fixture");
        register.setName("Gemeinde Musterstadt");
        OrgUnit d1 = unit("I", "Dezernat I", "I", OrgUnitKind.DEPARTMENT);
        OrgUnit u10 = unit("u10", "Hauptamt", "10", OrgUnitKind.OFFICE);
        OrgUnit u20 = unit("u20", "Kämmerei", "20", OrgUnitKind.OFFICE);
        d1.getChildren().addAll(List.of(u10, u20));
        OrgUnit d2 = unit("II", "Dezernat II", "II", OrgUnitKind.DEPARTMENT);
        OrgUnit u32 = unit("u32", "Ordnungsamt", "32", OrgUnitKind.OFFICE);
        OrgUnit u321 = unit("u321", "Bürgerbüro", "321", OrgUnitKind.DIVISION);
        u32.getChildren().add(u321);
        OrgUnit u63 = unit("u63", "Bauordnungsamt", "63", OrgUnitKind.OFFICE);
        d2.getChildren().addAll(List.of(u32, u63));
        register.getOrganisation().addAll(List.of(d1, d2));

        ProcessProfile p1 = figures(profile("p1", "PW-p1", "Baugenehmigung erteilen", FimStatus.DRAFT, u63), 2, 400, 240);
        ProcessProfile p2 = figures(profile("p2", "PW-p2", "Baufreigabe erteilen", FimStatus.METHODICALLY_RELEASED, u63),
                1, 300, 60);
        ProcessProfile p3 = figures(profile("p3", "PW-p3", "Gewerbe anmelden", FimStatus.TECHNICALLY_RELEASED_GOLD, u32),
                4, 2000, 20);
        ProcessProfile p4 = figures(profile("p4", "PW-p4", "Elterngeld beantragen", FimStatus.IN_PROGRESS, u10), 3, 800,
                90);
        ProcessProfile p5 = figures(profile("p5", "PW-p5", "Personalausweis beantragen", FimStatus.DRAFT, u321), 0, 5000,
                15);
        p1.getSuccessors().add(p2);
        p3.getSuccessors().add(p4);
        Folder bauen = folder("f-bauen", "Bauen und Wohnen");
        bauen.getProfiles().addAll(List.of(p1, p2));
        Folder gewerbe = folder("f-gewerbe", "Gewerbe");
        gewerbe.getProfiles().add(p3);
        bauen.getFolders().add(gewerbe);
        Folder familie = folder("f-familie", "Familie");
        familie.getProfiles().add(p4);
        register.getRootFolders().addAll(List.of(bauen, familie));
        register.getUnfiledProfiles().add(p5);
        return register;
    }

    /** Sets OZG-Reifegrad, case volume per year and minutes per case; returns {@code profile}. */
    public static ProcessProfile figures(ProcessProfile profile, int digitalisationDegree, int casesPerYear,
            double minutesPerCase) {
        profile.setDigitalisationDegree(digitalisationDegree);
        profile.setCaseVolumePerYear(casesPerYear);
        profile.setProcessingMinutesPerCase(minutesPerCase);
        return profile;
    }

    public static Date date(String isoInstant) {
        return Date.from(Instant.parse(isoInstant));
    }

    public static CatalogueUsage usage(String catalogueId, String version) {
        CatalogueUsage usage = F.createCatalogueUsage();
        usage.setCatalogueId(catalogueId);
        usage.setVersion(version);
        return usage;
    }

    public static AttributeDefinition definition(String id, String labelDe, AttributeType type, boolean required) {
        AttributeDefinition definition = F.createAttributeDefinition();
        definition.setId(id);
        definition.setLabelDe(labelDe);
        definition.setType(type);
        definition.setRequired(required);
        return definition;
    }

    /** An organisational unit with id and name only (no short code, no kind). */
    public static OrgUnit unit(String id, String name) {
        OrgUnit unit = F.createOrgUnit();
        unit.setId(id);
        unit.setName(name);
        return unit;
    }

    /** An organisational unit; note the order: id, name, short code (Kürzel), kind; {@code null} leaves it unset. */
    public static OrgUnit unit(String id, String name, String shortCode, OrgUnitKind kind) {
        OrgUnit unit = unit(id, name);
        unit.setShortCode(shortCode);
        if (kind != null) {
            unit.setKind(kind);
        }
        return unit;
    }

    /** A person (id {@code person-ACCOUNT}, Behörde „Stadt Musterstadt“) added to the roles and rights {@code ac}. */
    public static Person person(AccessControl ac, String account, String name) {
        Person p = F.createPerson();
        p.setId("person-" + account);
        p.setAccount(account);
        p.setName(name);
        p.setBody("Stadt Musterstadt");
        ac.getPersons().add(p);
        return p;
    }

    /** {@code who} has {@code role} in {@code folder} and below ({@code null}: the whole register). */
    public static RoleAssignment role(AccessControl ac, Principal who, Role role, Folder folder) {
        RoleAssignment a = F.createRoleAssignment();
        a.setPrincipal(who);
        a.setRole(role);
        a.setFolder(folder);
        ac.getRoleAssignments().add(a);
        return a;
    }

    /** {@code who} has {@code right} on {@code folder} and below ({@code null}: the whole register). */
    public static FolderRight right(AccessControl ac, Principal who, AccessRight right, Folder folder) {
        FolderRight r = F.createFolderRight();
        r.setPrincipal(who);
        r.setRight(right);
        r.setFolder(folder);
        ac.getFolderRights().add(r);
        return r;
    }

    public static Folder folder(String id, String name) {
        Folder folder = F.createFolder();
        folder.setId(id);
        folder.setName(name);
        return folder;
    }

    public static Folder folder(String id, String name, String description) {
        Folder folder = folder(id, name);
        folder.setDescription(description);
        return folder;
    }

    /** A Steckbrief with id, key and name; {@code null} leaves a feature unset. */
    public static ProcessProfile profile(String id, String key, String name) {
        ProcessProfile profile = F.createProcessProfile();
        profile.setId(id);
        profile.setKey(key);
        profile.setName(name);
        return profile;
    }

    /** A Steckbrief with id, key, name, status and responsible unit; {@code null} leaves a feature unset. */
    public static ProcessProfile profile(String id, String key, String name, FimStatus status, OrgUnit responsible) {
        ProcessProfile profile = profile(id, key, name);
        if (status != null) {
            profile.setStatus(status);
        }
        profile.setResponsibleUnit(responsible);
        return profile;
    }

    public static CatalogueReference reference(String catalogue, String key, String label, String version) {
        CatalogueReference reference = F.createCatalogueReference();
        reference.setCatalogueId(catalogue);
        reference.setKey(key);
        reference.setLabel(label);
        reference.setCatalogueVersion(version);
        return reference;
    }

    /** A legal basis linking § 14 GewO on gesetze-im-internet.de, taken from the LEIKA. */
    public static LegalBasis legalBasis(String abbreviation, String paragraph, String title) {
        return legalBasis(abbreviation, paragraph, title, "https://www.gesetze-im-internet.de/gewo/__14.html", "LEIKA");
    }

    public static LegalBasis legalBasis(String abbreviation, String paragraph, String title, String url,
            String sourceCatalogue) {
        LegalBasis basis = F.createLegalBasis();
        basis.setAbbreviation(abbreviation);
        basis.setParagraph(paragraph);
        basis.setTitle(title);
        basis.setUrl(url);
        basis.setSourceCatalogue(sourceCatalogue);
        return basis;
    }

    /** A context with URL https://example.org/KIND, description "Beschreibung von NAME", provider "Anbieter NAME". */
    public static ProcessContext context(ContextKind kind, String name) {
        return context(kind, name, "https://example.org/" + kind.getLiteral());
    }

    /** A context with description "Beschreibung von NAME" and provider "Anbieter NAME". */
    public static ProcessContext context(ContextKind kind, String name, String url) {
        ProcessContext context = F.createProcessContext();
        context.setKind(kind);
        context.setName(name);
        context.setDescription("Beschreibung von " + name);
        context.setUrl(url);
        context.setProvider("Anbieter " + name);
        return context;
    }

    public static Participation participation(OrgUnit unit, String role) {
        Participation participation = F.createParticipation();
        participation.setUnit(unit);
        participation.setRole(role);
        return participation;
    }

    /** A status change by "mueller", commented "von FROM nach TO". */
    public static StatusChange change(FimStatus from, FimStatus to, String when) {
        return change(from, to, when, "mueller", "von " + from.getLiteral() + " nach " + to.getLiteral());
    }

    /** A status change; {@code when} is an ISO instant or {@code null}. */
    public static StatusChange change(FimStatus from, FimStatus to, String when, String who, String comment) {
        StatusChange change = F.createStatusChange();
        change.setFrom(from);
        change.setTo(to);
        change.setWho(who);
        change.setWhen(when == null ? null : date(when));
        change.setComment(comment);
        return change;
    }

    /** A reference to a process model file (path relative to the register) at a detail level (FIM: 101…106). */
    public static ProcessModelReference model(String path, int detailLevel, String title) {
        ProcessModelReference model = F.createProcessModelReference();
        model.setPath(path);
        model.setDetailLevel(detailLevel);
        model.setTitle(title);
        return model;
    }

    /** Every object of {@code type} in the tree below {@code root}, in tree order. */
    public static <T> List<T> contents(EObject root, Class<T> type) {
        List<T> all = new ArrayList<>();
        root.eAllContents().forEachRemaining(o -> {
            if (type.isInstance(o)) {
                all.add(type.cast(o));
            }
        });
        return all;
    }

    public static AttributeValue value(AttributeDefinition definition, String text) {
        AttributeValue value = F.createAttributeValue();
        value.setDefinition(definition);
        value.setValue(text);
        return value;
    }
}
