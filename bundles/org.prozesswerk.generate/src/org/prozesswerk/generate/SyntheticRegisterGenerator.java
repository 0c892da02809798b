package org.prozesswerk.generate;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;

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
import org.prozesswerk.model.StatusChange;

/**
 * Generates <b>synthetic</b> process registers for scale tests, benchmarks and demos. The content looks like a
 * municipal register (a KGSt-style organisation chart of Dezernate, Ämter and Sachgebiete, folders by OZG
 * Themenfeld and Lebenslage, Steckbriefe named after administrative objects and verbs, LeiKa-like keys, OZG ids,
 * legal bases, online services), but it is <b>made up</b>: keys, ids, numbers and texts are invented and must not be
 * mistaken for real catalogue or register data.
 * <p>
 * The output is a pure function of {@code (steckbriefe, seed)}: the same arguments give an equal register (same ids,
 * same texts, same order) on every run and JDK, because only {@link SplittableRandom} and fixed tables are used.
 * Field fill is deliberately uneven, as in real registers: every Steckbrief has a name, key, status, responsible unit
 * and a LeiKa reference; about 80 % have a legal basis, about 35 % an OZG reference, about 25 % an online service
 * (OAA), about 10 % a predecessor.
 */
public final class SyntheticRegisterGenerator {

    /**
     * Catalogue id of the LeiKa references it creates: that of the real LeiKa catalogue (org.prozesswerk.catalog.leika),
     * so they are LeiKa references to the workbench and the rules; the keys are invented and do not resolve.
     */
    public static final String LEIKA = "leika";

    /** Catalogue id of the OZG references it creates, that of the real OZG catalogue. */
    public static final String OZG = "ozg";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    /** The tables below, from vocabulary.txt beside this class. */
    private static final Vocabulary VOCABULARY = Vocabulary.load("vocabulary.txt");

    /** 2019-01-01T00:00:00Z; every date is an offset from here so that output does not depend on the clock. */
    private static final long EPOCH = 1_546_300_800_000L;
    private static final long DAY = 86_400_000L;

    // --- Organisation: Dezernat -> Amt (KGSt Verwaltungsgliederungsplan numbers) -> Sachgebiet ------------------

    private static final String[][] DEZERNATE = VOCABULARY.table("dezernate");

    /** Amt number, name, Sachgebiete separated by '|'. The Dezernat is the first digit of the number. */
    private static final String[][] AEMTER = VOCABULARY.table("aemter");

    // --- Folders: OZG Themenfelder -> Lebenslagen ---------------------------------------------------------------

    private static final String[][] THEMEN = VOCABULARY.table("themen");

    // --- Leistungsobjekte: name, Themenfeld.Lebenslage, kind of verbs, Amt, norm, paragraph, title of the norm ----

    private static final String[][] OBJECTS = VOCABULARY.table("objects");

    /** Verbs by kind: A permits, B benefits, C documents, D notifications and registrations, E taxes and fees. */
    private static final String[][] VERBS = VOCABULARY.table("verbs");

    private static final String[] QUALIFIERS = VOCABULARY.list("qualifiers");

    private static final String[] TRIGGERS = VOCABULARY.list("triggers");

    private static final String[] RESULTS = VOCABULARY.list("results");

    private static final String[] SENTENCES = VOCABULARY.list("sentences");

    private static final String[] TAGS = VOCABULARY.list("tags");

    private static final String[] ROLES = VOCABULARY.list("roles");

    private static final String[] PROVIDERS = VOCABULARY.list("providers");

    /** Cumulative weights in per mille for FimStatus codes 1..8. */
    private static final int[] STATUS_WEIGHTS = { 80, 280, 430, 550, 750, 900, 970, 1000 };

    private final ProcessRegister register = F.createProcessRegister();
    private final List<OrgUnit> aemter = new ArrayList<>();
    private final List<List<OrgUnit>> sachgebiete = new ArrayList<>();
    private final List<OrgUnit> allUnits = new ArrayList<>();
    private final Folder[][] lebenslagen = new Folder[THEMEN.length][];
    private final Folder[] objectFolders = new Folder[OBJECTS.length];
    private final ProcessProfile[] lastOfObject = new ProcessProfile[OBJECTS.length];
    private final AttributeDefinition[] attributes = new AttributeDefinition[3];
    private SplittableRandom random;

    private SyntheticRegisterGenerator() {
    }

    /**
     * Generates a synthetic register.
     *
     * @param steckbriefe number of process profiles (Steckbriefe), at least 0
     * @param seed        the same seed gives an equal register
     * @return a new register, not contained in any resource
     */
    public static ProcessRegister generate(int steckbriefe, long seed) {
        if (steckbriefe < 0) {
            throw new IllegalArgumentException("steckbriefe < 0: " + steckbriefe);
        }
        return new SyntheticRegisterGenerator().run(steckbriefe, seed);
    }

    private ProcessRegister run(int count, long seed) {
        random = new SplittableRandom(seed);
        register.setId("synthetic-" + seed + "-" + count);
        register.setName("Synthetisches Prozessregister (" + count + " Steckbriefe, Seed " + seed + ")");
        register.setVersion("1.0");
        register.setPublisher("Prozesswerk-Generator (synthetische Testdaten)");
        register.setBasedOn("synthetisch, keine realen Daten");
        register.setCreated(date(random.nextInt(365)));
        register.setModified(date(700 + random.nextInt(365)));
        addCatalogueUsage(LEIKA, "synthetisch-2019");
        addCatalogueUsage(OZG, "synthetisch-2019");
        createAttributes();
        createOrganisation();
        createFolders();
        for (int i = 1; i <= count; i++) {
            createProfile(i);
        }
        return register;
    }

    private void addCatalogueUsage(String id, String version) {
        CatalogueUsage usage = F.createCatalogueUsage();
        usage.setCatalogueId(id);
        usage.setVersion(version);
        register.getUsedCatalogues().add(usage);
    }

    private void createAttributes() {
        String[][] defs = { { "gebuehr", "Gebühr in Euro", "Fee in euros", "NUMBER" },
                { "schriftform", "Schriftformerfordernis", "Written form required", "BOOLEAN" },
                { "eu_dlr", "Unterliegt der EU-Dienstleistungsrichtlinie", "Subject to the EU Services Directive",
                        "BOOLEAN" } };
        for (int i = 0; i < defs.length; i++) {
            AttributeDefinition def = F.createAttributeDefinition();
            def.setId(defs[i][0]);
            def.setLabelDe(defs[i][1]);
            def.setLabelEn(defs[i][2]);
            def.setType(AttributeType.valueOf(defs[i][3]));
            register.getAttributeDefinitions().add(def);
            attributes[i] = def;
        }
    }

    private void createOrganisation() {
        OrgUnit[] dezernate = new OrgUnit[DEZERNATE.length];
        for (int d = 0; d < DEZERNATE.length; d++) {
            dezernate[d] = unit("org-d" + (d + 1), DEZERNATE[d][1], DEZERNATE[d][0], OrgUnitKind.DEPARTMENT);
            register.getOrganisation().add(dezernate[d]);
        }
        for (String[] amt : AEMTER) {
            OrgUnit office = unit("org-a" + amt[0], amt[1], amt[0], OrgUnitKind.OFFICE);
            // Smaller municipalities have no Statistikstelle or Marktamt; the size classes say where a unit exists.
            int minClass = amt[0].equals("12") || amt[0].equals("72") || amt[0].equals("39") ? 1 : 0;
            for (int k = minClass; k < 7; k++) {
                if (k < 5 || random.nextInt(3) == 0) {
                    office.getSizeClasses().add(SizeClass.get(k + 1));
                }
            }
            office.setOptional(minClass > 0);
            dezernate[amt[0].charAt(0) - '1'].getChildren().add(office);
            aemter.add(office);
            List<OrgUnit> divisions = new ArrayList<>();
            String[] names = amt[2].split("\\|");
            for (int s = 0; s < names.length; s++) {
                String code = amt[0] + "." + (s + 1);
                OrgUnit division = unit("org-s" + code, names[s], code, OrgUnitKind.DIVISION);
                division.getRoles().add("Sachbearbeitung");
                if (s == 0) {
                    division.getRoles().add("Sachgebietsleitung");
                }
                office.getChildren().add(division);
                divisions.add(division);
            }
            sachgebiete.add(divisions);
        }
    }

    private OrgUnit unit(String id, String name, String code, OrgUnitKind kind) {
        OrgUnit unit = F.createOrgUnit();
        unit.setId(id);
        unit.setName(name);
        unit.setShortCode(code);
        unit.setKind(kind);
        allUnits.add(unit);
        return unit;
    }

    private void createFolders() {
        for (int t = 0; t < THEMEN.length; t++) {
            Folder theme = folder("f" + (t + 1), THEMEN[t][0], "Themenfeld " + THEMEN[t][0]);
            register.getRootFolders().add(theme);
            lebenslagen[t] = new Folder[THEMEN[t].length - 1];
            for (int l = 1; l < THEMEN[t].length; l++) {
                Folder lage = folder("f" + (t + 1) + "." + l, THEMEN[t][l], "Lebens- bzw. Geschäftslage " + THEMEN[t][l]);
                theme.getFolders().add(lage);
                lebenslagen[t][l - 1] = lage;
            }
        }
        for (int o = 0; o < OBJECTS.length; o++) {
            Folder lage = lebenslage(o);
            Folder folder = folder(lage.getId() + "." + (lage.getFolders().size() + 1), OBJECTS[o][0], null);
            lage.getFolders().add(folder);
            objectFolders[o] = folder;
        }
    }

    private Folder lebenslage(int object) {
        String[] position = OBJECTS[object][1].split("\\.");
        return lebenslagen[Integer.parseInt(position[0])][Integer.parseInt(position[1])];
    }

    private static Folder folder(String id, String name, String description) {
        Folder folder = F.createFolder();
        folder.setId(id);
        folder.setName(name);
        folder.setDescription(description);
        return folder;
    }

    private void createProfile(int number) {
        int o = random.nextInt(OBJECTS.length);
        String[] object = OBJECTS[o];
        int kind = object[2].charAt(0) - 'A';
        int verbIndex = random.nextInt(VERBS[kind].length);
        String verb = VERBS[kind][verbIndex];
        int qualifier = random.nextInt(3) == 0 ? random.nextInt(QUALIFIERS.length) : -1;
        int amtIndex = amtIndex(object[3]);
        OrgUnit amt = aemter.get(amtIndex);
        List<OrgUnit> divisions = sachgebiete.get(amtIndex);

        ProcessProfile p = F.createProcessProfile();
        p.setId(uuid());
        p.setKey(String.format("PW-%06d", number));
        String name = object[0] + " " + verb + (qualifier < 0 ? "" : " " + QUALIFIERS[qualifier]);
        p.setName(name);
        p.setShortDescription(object[0] + " " + verb + " – zuständig: " + amt.getName());
        p.setProcessType(random.nextInt(10) < 8 ? ProcessType.CORE
                : random.nextBoolean() ? ProcessType.SUPPORT : ProcessType.MANAGEMENT);
        p.setTrigger(TRIGGERS[random.nextInt(TRIGGERS.length)]);
        p.setResult(RESULTS[random.nextInt(RESULTS.length)]);
        p.setResponsibleUnit(random.nextInt(20) == 0 ? amt : divisions.get(random.nextInt(divisions.size())));
        p.setProcessOwner("Leitung " + amt.getName());
        // Log-uniform between 10 and 50,000 cases a year: few mass procedures, many rare ones.
        int volume = (int) Math.exp(Math.log(10) + random.nextDouble() * Math.log(5_000));
        p.setCaseVolumePerYear(volume);
        p.setProcessingMinutesPerCase(5 + random.nextInt(48) * 5);
        p.setLeadTimeDays(1 + random.nextInt(90));
        FimStatus status = status();
        p.setStatus(status);
        p.setValidFrom(date(random.nextInt(1500)));
        if (status == FimStatus.INACTIVE || status == FimStatus.MARKED_FOR_DELETION) {
            p.setValidTo(date(1500 + random.nextInt(400)));
        }

        // LeiKa-like key: 99 + Leistungsgruppierung + Leistungskennung (the Leistungsobjekt, 8 digits)
        // + Verrichtung + Verrichtungsdetail. Invented numbers, stable per object/verb/qualifier.
        CatalogueReference leika = F.createCatalogueReference();
        leika.setCatalogueId(LEIKA);
        leika.setKey(leikaObject(o) + String.format("%03d%03d", verbIndex * 3 + 1, qualifier + 1));
        leika.setLabel(name);
        leika.setCatalogueVersion("synthetisch-2019");
        p.getCatalogueReferences().add(leika);
        if (random.nextInt(100) < 35) {
            CatalogueReference ozg = F.createCatalogueReference();
            ozg.setCatalogueId(OZG);
            ozg.setKey(Integer.toString(10_000 + o * 37 + (verbIndex % 2)));
            ozg.setLabel(object[0]);
            ozg.setCatalogueVersion("synthetisch-2019");
            p.getCatalogueReferences().add(ozg);
        }

        boolean hasLaw = !object[4].isEmpty() && random.nextInt(100) < 85;
        if (hasLaw) {
            p.getLegalBases().add(legalBasis(object[4], object[5], object[6]));
            if (random.nextInt(5) == 0) {
                p.getLegalBases().add(legalBasis("VwVfG", "§ 35", "Verwaltungsverfahrensgesetz"));
            }
        }

        boolean oaa = random.nextInt(100) < 25;
        if (oaa) {
            ProcessContext context = F.createProcessContext();
            context.setKind(ContextKind.OAA);
            context.setName("Online-Dienst " + object[0]);
            context.setUrl("https://service.example.org/leistung/" + leikaObject(o));
            context.setProvider(PROVIDERS[random.nextInt(PROVIDERS.length)]);
            p.getContexts().add(context);
            p.setDigitalisationDegree(2 + random.nextInt(3));
        } else {
            p.setDigitalisationDegree(random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
            ProcessContext it = F.createProcessContext();
            it.setKind(random.nextBoolean() ? ContextKind.IT_PROCEDURE : ContextKind.FORM);
            it.setName((it.getKind() == ContextKind.FORM ? "Formular " : "Fachverfahren ") + object[0]);
            p.getContexts().add(it);
        }

        StringBuilder description = new StringBuilder(400);
        description.append("Synthetischer Steckbrief: ").append(object[0]).append(' ').append(verb)
                .append(", zuständig ist das ").append(amt.getName()).append(" (Amt ").append(amt.getShortCode())
                .append(").");
        if (hasLaw) {
            description.append(" Rechtsgrundlage ist ").append(object[5]).append(' ').append(object[4]).append('.');
        }
        for (int s = 1 + random.nextInt(4); s > 0; s--) {
            description.append(' ').append(SENTENCES[random.nextInt(SENTENCES.length)]);
        }
        if (oaa) {
            description.append(" Der Antrag kann online gestellt werden.");
        }
        p.setDescription(description.toString());

        int tagCount = random.nextInt(4);
        for (int t = 0; t < tagCount; t++) {
            String tag = TAGS[random.nextInt(TAGS.length)];
            if (!p.getTags().contains(tag)) {
                p.getTags().add(tag);
            }
        }
        for (int k = random.nextInt(5) == 0 ? 1 + random.nextInt(2) : 0; k > 0; k--) {
            Participation participation = F.createParticipation();
            participation.setUnit(allUnits.get(random.nextInt(allUnits.size())));
            participation.setRole(ROLES[random.nextInt(ROLES.length)]);
            p.getParticipations().add(participation);
        }
        addHistory(p, status);
        if (random.nextInt(100) < 15) {
            ProcessModelReference model = F.createProcessModelReference();
            model.setPath("modelle/" + p.getKey() + ".bpmn");
            model.setDetailLevel(101 + random.nextInt(5));
            model.setTitle("Prozessmodell " + name);
            p.getModelReferences().add(model);
        }
        if (random.nextInt(100) < 40) {
            AttributeValue fee = F.createAttributeValue();
            fee.setDefinition(attributes[0]);
            fee.setValue(Integer.toString(5 + random.nextInt(60) * 5));
            p.getAttributeValues().add(fee);
            AttributeValue written = F.createAttributeValue();
            written.setDefinition(attributes[1 + random.nextInt(2)]);
            written.setValue(Boolean.toString(random.nextBoolean()));
            p.getAttributeValues().add(written);
        }
        ProcessProfile previous = lastOfObject[o];
        if (previous != null && random.nextInt(10) == 0) {
            p.getPredecessors().add(previous);
        }
        lastOfObject[o] = p;

        int place = random.nextInt(100);
        if (place < 3) {
            register.getUnfiledProfiles().add(p);
        } else if (place < 13) {
            lebenslage(o).getProfiles().add(p);
        } else {
            objectFolders[o].getProfiles().add(p);
        }
    }

    private static String leikaObject(int object) {
        return String.format("99%03d%03d", 10 + object * 3, 1 + object * 7 % 50);
    }

    private static int amtIndex(String number) {
        for (int i = 0; i < AEMTER.length; i++) {
            if (AEMTER[i][0].equals(number)) {
                return i;
            }
        }
        throw new IllegalStateException("no Amt " + number);
    }

    private static LegalBasis legalBasis(String abbreviation, String paragraph, String title) {
        LegalBasis basis = F.createLegalBasis();
        basis.setAbbreviation(abbreviation);
        basis.setParagraph(paragraph);
        basis.setTitle(title);
        basis.setUrl("https://www.example.org/recht/" + abbreviation.replace(' ', '_').replace('.', '_'));
        return basis;
    }

    private void addHistory(ProcessProfile p, FimStatus status) {
        // A plausible path through the FIM codes up to the current status, some steps skipped.
        int day = random.nextInt(600);
        FimStatus from = FimStatus.IN_PLANNING;
        for (int code = 2; code <= status.getValue(); code++) {
            if (code < status.getValue() && random.nextInt(3) == 0) {
                continue;
            }
            StatusChange change = F.createStatusChange();
            change.setFrom(from);
            change.setTo(FimStatus.get(code));
            change.setWho("Sachbearbeitung");
            change.setWhen(date(day));
            p.getStatusHistory().add(change);
            from = change.getTo();
            day += 1 + random.nextInt(120);
        }
    }

    private FimStatus status() {
        int r = random.nextInt(1000);
        for (int i = 0; i < STATUS_WEIGHTS.length; i++) {
            if (r < STATUS_WEIGHTS[i]) {
                return FimStatus.get(i + 1);
            }
        }
        throw new AssertionError();
    }

    private String uuid() {
        long msb = random.nextLong() & ~0xF000L | 0x4000L;
        long lsb = random.nextLong() & 0x3FFFFFFFFFFFFFFFL | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }

    private static Date date(int dayOffset) {
        return new Date(EPOCH + dayOffset * DAY);
    }
}
