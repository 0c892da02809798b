package org.prozesswerk.exchange.tests.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Date;
import java.util.SplittableRandom;

import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.tests.support.RealData;
import org.prozesswerk.model.StatusChange;
import org.prozesswerk.tests.support.TestRegisters;

/** Registers and files for the exchange tests, built in code so every test starts from known content. */
public final class ExchangeFixtures {

    /** Key of the Steckbrief in the real XProzess message. */
    public static final String REAL_KEY = "99006028261000";
    public static final String REAL_NAME =
            "Anzeige zur Beschäftigung einer schwangeren oder stillenden Frau bearbeiten";
    private static final String REAL_FILE = "xprozess-fim/99006028261000_xprozess2_alleInhalte.export.0303.xml";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private ExchangeFixtures() {
    }

    /** Copies the real ADONIS XProzess message into {@code folder} and returns its path. */
    public static Path realXProzessMessage(Path folder) throws IOException {
        Path file = folder.resolve("99006028261000_xprozess2_alleInhalte.export.0303.xml");
        Files.copy(RealData.file(REAL_FILE), file, StandardCopyOption.REPLACE_EXISTING);
        return file;
    }

    /**
     * A register in which every feature of a Steckbrief is set at least once, with texts that need escaping in every
     * format (umlauts, ß, quotes, markup, separators, the cell codec's "|" and "\", line breaks).
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
        CatalogueUsage leika = F.createCatalogueUsage();
        leika.setCatalogueId("leika");
        leika.setVersion("2019-06");
        register.getUsedCatalogues().add(leika);

        AttributeDefinition priority = F.createAttributeDefinition();
        priority.setId("attr-priority");
        priority.setLabelDe("Priorität");
        priority.setLabelEn("Priority");
        priority.setType(AttributeType.ENUMERATION);
        priority.getAllowedValues().add("hoch");
        register.getAttributeDefinitions().add(priority);

        OrgUnit department = unit("ou-2", "Dezernat II", "II", OrgUnitKind.DEPARTMENT);
        OrgUnit office = unit("ou-32", "Ordnungsamt", "32", OrgUnitKind.OFFICE);
        office.getSizeClasses().add(SizeClass.GK3);
        office.getRoles().add("Sachbearbeitung");
        OrgUnit division = unit("ou-32-1", "Gewerbeangelegenheiten", "32.1", OrgUnitKind.DIVISION);
        division.setOptional(true);
        office.getChildren().add(division);
        department.getChildren().add(office);
        OrgUnit staff = unit("ou-stab", "Stabsstelle Digitalisierung", "S1", OrgUnitKind.STAFF);
        register.getOrganisation().add(department);
        register.getOrganisation().add(staff);

        Folder order = folder("f-ordnung", "Öffentliche Ordnung");
        Folder trade = folder("f-gewerbe", "Gewerbe");
        order.getFolders().add(trade);
        register.getRootFolders().add(order);

        ProcessProfile registration = F.createProcessProfile();
        registration.setId("0b7c6f1e-0000-4000-8000-000000000001");
        registration.setKey("PW-000001");
        registration.setName("Gewerbeanmeldung bearbeiten");
        registration.setShortDescription("Anzeige nach § 14 GewO; Größe: \"klein\"");
        registration.setDescription("Zeile 1\nZeile 2 mit <Tag> & \"Zitat\" | Strich \\ Backslash\tTab");
        registration.setProcessType(ProcessType.SUPPORT);
        registration.setTrigger("Eingang der Gewerbeanzeige");
        registration.setResult("Empfangsbescheinigung");
        registration.setResponsibleUnit(division);
        registration.getParticipations().add(participation(office, "informiert"));
        registration.getParticipations().add(participation(staff, "berät | prüft"));
        registration.setProcessOwner("Frau Müller");
        registration.setCaseVolumePerYear(1200);
        registration.setProcessingMinutesPerCase(17.5);
        registration.setLeadTimeDays(2.25);
        registration.setDigitalisationDegree(3);
        registration.setStatus(FimStatus.METHODICALLY_RELEASED);
        registration.getStatusHistory().add(change(FimStatus.IN_PLANNING, FimStatus.IN_PROGRESS, "2024-02-01T09:00:00Z"));
        registration.getStatusHistory().add(change(FimStatus.IN_PROGRESS, FimStatus.DRAFT, "2024-03-01T09:00:00.250Z"));
        registration.setValidFrom(date("2024-01-01T00:00:00Z"));
        registration.setValidTo(date("2030-12-31T23:59:59.999Z"));
        registration.getTags().add("Gewerbe");
        registration.getTags().add("OZG");
        registration.getTags().add("Gewerbe");
        registration.getCatalogueReferences().add(reference("leika", "99050012104000", "Gewerbeanmeldung", "2019-06"));
        registration.getCatalogueReferences().add(reference("ozg", "10172", "Gewerbeanzeige", "1.0"));
        registration.getLegalBases().add(legalBasis("GewO", "§ 14", "Anzeigepflicht",
                "https://www.gesetze-im-internet.de/gewo/__14.html"));
        registration.getLegalBases().add(legalBasis("GewO", "§ 15", null, null));
        registration.getContexts().add(context(ContextKind.OAA, "Gewerbe-Service-Portal", "https://gewerbe.example.org/"));
        registration.getContexts().add(context(ContextKind.IT_PROCEDURE, "GEKO", null));
        ProcessModelReference model = F.createProcessModelReference();
        model.setPath("modelle/gewerbeanmeldung.bpmn");
        model.setDetailLevel(103);
        model.setTitle("Gewerbeanmeldung (Stufe 3)");
        registration.getModelReferences().add(model);
        AttributeValue value = F.createAttributeValue();
        value.setDefinition(priority);
        value.setValue("hoch");
        registration.getAttributeValues().add(value);

        ProcessProfile deregistration = F.createProcessProfile();
        deregistration.setId("0b7c6f1e-0000-4000-8000-000000000002");
        deregistration.setKey("PW-000002");
        deregistration.setName("Gewerbeabmeldung bearbeiten");
        deregistration.setResponsibleUnit(division);
        deregistration.setStatus(FimStatus.DRAFT);
        deregistration.getPredecessors().add(registration);

        ProcessProfile archive = F.createProcessProfile();
        archive.setId("0b7c6f1e-0000-4000-8000-000000000003");
        archive.setKey("PW-000003");
        archive.setName("Akten archivieren – Straße, Maß, Übergröße");
        archive.setProcessType(ProcessType.MANAGEMENT);
        archive.setStatus(FimStatus.TECHNICALLY_RELEASED_GOLD);
        archive.getPredecessors().add(registration);
        archive.getPredecessors().add(deregistration);

        trade.getProfiles().add(registration);
        trade.getProfiles().add(deregistration);
        order.getProfiles().add(archive);

        ProcessProfile unfiled = F.createProcessProfile();
        unfiled.setId("0b7c6f1e-0000-4000-8000-000000000004");
        unfiled.setKey("PW-000004");
        unfiled.setName("Noch nicht einsortiert");
        register.getUnfiledProfiles().add(unfiled);
        return register;
    }

    /**
     * A large register with {@code count} Steckbriefe of realistic fill (name, key, status, unit, LeiKa key for all;
     * a legal basis for 80 %, an online service for 25 %, two tags each), in 20 folders and 40 units.
     * Deterministic: the same count gives the same register.
     */
    public static ProcessRegister large(int count) {
        SplittableRandom random = new SplittableRandom(42);
        ProcessRegister register = F.createProcessRegister();
        register.setId("reg-large");
        register.setName("Großes Testregister");
        OrgUnit[] units = new OrgUnit[40];
        for (int i = 0; i < units.length; i++) {
            units[i] = unit("ou-" + i, "Amt " + (10 + i) + " für Prüfung & Aufsicht", Integer.toString(10 + i),
                    OrgUnitKind.OFFICE);
            register.getOrganisation().add(units[i]);
        }
        Folder[] folders = new Folder[20];
        for (int i = 0; i < folders.length; i++) {
            folders[i] = folder("f-" + i, "Themenfeld " + (i + 1) + " – Bürgerdienste");
            register.getRootFolders().add(folders[i]);
        }
        FimStatus[] statuses = FimStatus.VALUES.toArray(new FimStatus[0]);
        for (int i = 0; i < count; i++) {
            ProcessProfile profile = F.createProcessProfile();
            profile.setId(String.format("00000000-0000-4000-8000-%012d", i));
            profile.setKey(String.format("PW-%06d", i));
            profile.setName("Antrag auf Erlaubnis Nr. " + i + " prüfen und bescheiden (Änderung, Übertragung)");
            profile.setShortDescription("Prüfung des Antrags und Erteilung des Bescheids");
            profile.setStatus(statuses[random.nextInt(statuses.length)]);
            profile.setResponsibleUnit(units[random.nextInt(units.length)]);
            profile.setCaseVolumePerYear(random.nextInt(5000));
            profile.setProcessingMinutesPerCase(5 + random.nextInt(120));
            profile.getTags().add("Erlaubnis");
            profile.getTags().add("Bescheid");
            profile.getCatalogueReferences().add(reference("leika", String.format("99%012d", random.nextLong(1_000_000_000_000L)),
                    "Erlaubnis Erteilung", "2019-06"));
            if (random.nextInt(100) < 80) {
                profile.getLegalBases().add(legalBasis("GewO", "§ " + (1 + random.nextInt(150)), null,
                        "https://www.gesetze-im-internet.de/gewo/"));
            }
            if (random.nextInt(100) < 25) {
                profile.getContexts().add(context(ContextKind.OAA, "Online-Antrag " + i, "https://portal.example.org/" + i));
            }
            folders[random.nextInt(folders.length)].getProfiles().add(profile);
        }
        return register;
    }

    public static Date date(String isoInstant) {
        return TestRegisters.date(isoInstant);
    }

    private static OrgUnit unit(String id, String name, String shortCode, OrgUnitKind kind) {
        return TestRegisters.unit(id, name, shortCode, kind);
    }

    private static Folder folder(String id, String name) {
        return TestRegisters.folder(id, name);
    }

    private static CatalogueReference reference(String catalogue, String key, String label, String version) {
        return TestRegisters.reference(catalogue, key, label, version);
    }

    private static LegalBasis legalBasis(String abbreviation, String paragraph, String title, String url) {
        return TestRegisters.legalBasis(abbreviation, paragraph, title, url, "leika");
    }

    private static ProcessContext context(ContextKind kind, String name, String url) {
        return TestRegisters.context(kind, name, url);
    }

    private static Participation participation(OrgUnit unit, String role) {
        return TestRegisters.participation(unit, role);
    }

    private static StatusChange change(FimStatus from, FimStatus to, String when) {
        return TestRegisters.change(from, to, when);
    }
}
