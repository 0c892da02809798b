package org.prozesswerk.exchange.tests.support;

import static org.prozesswerk.tests.support.TestRegisters.context;
import static org.prozesswerk.tests.support.TestRegisters.folder;
import static org.prozesswerk.tests.support.TestRegisters.legalBasis;
import static org.prozesswerk.tests.support.TestRegisters.reference;
import static org.prozesswerk.tests.support.TestRegisters.unit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Date;
import java.util.SplittableRandom;

import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.tests.support.RealData;
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
     * The rich register of the one fixture API ({@link TestRegisters#rich()}), with the texts that need escaping in
     * every exchange format (umlauts, ß, quotes, markup, separators, the cell codec's "|" and "\", line breaks), the
     * catalogue ids as the exchange formats write them (lower case), legal bases and contexts with the web addresses
     * the exports link, and without what the formats do not carry (a second catalogue, a rich-text attribute, an empty
     * folder, folder descriptions).
     */
    public static ProcessRegister rich() {
        ProcessRegister register = TestRegisters.rich();
        register.getUsedCatalogues().remove(1);
        register.getUsedCatalogues().get(0).setCatalogueId("leika");
        AttributeDefinition priority = register.getAttributeDefinitions().get(0);
        priority.getAllowedValues().remove("niedrig");
        priority.setRequired(false);
        register.getAttributeDefinitions().remove(1);

        OrgUnit office = register.getOrganisation().get(0).getChildren().get(0);
        office.getSizeClasses().remove(SizeClass.GK4);
        office.getRoles().remove("Leitung");
        office.getRoles().remove(1);

        Folder order = register.getRootFolders().get(0);
        order.setDescription(null);
        register.getRootFolders().remove(1);

        Folder trade = order.getFolders().get(0);
        ProcessProfile registration = trade.getProfiles().get(0);
        registration.setShortDescription("Anzeige nach § 14 GewO; Größe: \"klein\"");
        registration.setDescription("Zeile 1\nZeile 2 mit <Tag> & \"Zitat\" | Strich \\ Backslash\tTab");
        registration.setProcessType(ProcessType.SUPPORT);
        registration.getParticipations().get(1).setRole("berät | prüft");
        registration.getStatusHistory().get(1).setWhen(date("2024-03-01T09:00:00.250Z"));
        registration.getCatalogueReferences().forEach(r -> r.setCatalogueId(r.getCatalogueId().toLowerCase()));
        registration.getLegalBases().get(0).setSourceCatalogue("leika");
        registration.getLegalBases().add(legalBasis("GewO", "§ 15", null, null, "leika"));
        registration.getContexts().get(0).setUrl("https://gewerbe.example.org/");
        registration.getContexts().get(1).setUrl(null);
        registration.getAttributeValues().remove(1);

        trade.getProfiles().get(1).eUnset(ProzesswerkPackage.Literals.PROCESS_PROFILE__PROCESS_TYPE);
        order.getProfiles().get(0).setName("Akten archivieren – Straße, Maß, Übergröße");
        register.getUnfiledProfiles().get(0).eUnset(ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS);
        return register;
    }

    /** Saves {@link #rich()} as {@code register.pwreg} in {@code folder} and returns the file. */
    public static Path richFile(Path folder) throws IOException {
        Path file = folder.resolve("register.pwreg");
        RegisterStore.save(rich(), file);
        return file;
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
                        "https://www.gesetze-im-internet.de/gewo/", "leika"));
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
}
