package org.prozesswerk.core.query.tests;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.core.query.TextFolding;
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
import org.prozesswerk.tests.support.TestRegisters;

/**
 * A random register with awkward data (missing names, umlauts spelt both ways, decomposed umlauts, accents, tags in
 * mixed case, references without key or with a lower-case catalogue id), random queries over it, and random edits.
 */
final class RandomWorld {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    /** Texts and words that exercise folding: ß/ss, umlaut/ae, a combining diaeresis, accents, hyphens. */
    private static final String[] ODD_TEXTS = { "Gebühren für die Straßenreinigung", "Gebuehren fuer Strassenreinigung",
            "Gebu\u0308hrenbescheid", "Café-Erlaubnis für Außengastronomie", "ÄNDERUNG DER ÜBERGRÖßE",
            "Bau-Antrag (vereinfacht)", "Öffentliche Ordnung", "x", "", "   ", "Zweckentfremdung – Wohnraum" };

    private static final String[] TAGS = { "OZG", "ozg", "Ozg", "Straße", "STRASSE", "Gebühr", "gebuehr",
            "Digitalisierung", " Bürgerservice ", "neu" };

    private static final String[] TERMS = { "gebühr", "gebuehr", "strasse", "STRASSE", "straße", "anmeldung", "café",
            "cafe", "e", "ae", "ü", "erteilen", "bau antrag", "öffentlich", "xyzzy", "amt 32", "Gewerbe-Anmeldung",
            "1", "99" };

    private final SplittableRandom random;
    private final ProcessRegister register;
    private final List<Folder> detachedFolders = new ArrayList<>();
    private int created;
    // Walking the tree for every random query dominated the test time; edits invalidate these.
    private List<ProcessProfile> profiles;
    private List<Folder> folders;
    private List<OrgUnit> units;

    RandomWorld(long seed, int steckbriefe) {
        random = new SplittableRandom(seed);
        register = SyntheticRegisterGenerator.generate(steckbriefe, seed);
        for (ProcessProfile profile : profiles()) {
            if (random.nextInt(10) == 0) {
                roughen(profile);
            }
        }
        profiles = null;
    }

    ProcessRegister register() {
        return register;
    }

    SplittableRandom random() {
        return random;
    }

    List<ProcessProfile> profiles() {
        if (profiles != null) {
            return profiles;
        }
        List<ProcessProfile> all = new ArrayList<>();
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            if (it.next() instanceof ProcessProfile profile) {
                all.add(profile);
                it.prune();
            }
        }
        profiles = all;
        return all;
    }

    List<Folder> folders() {
        if (folders == null) {
            folders = TestRegisters.contents(register, Folder.class);
        }
        return folders;
    }

    List<OrgUnit> units() {
        if (units == null) {
            units = TestRegisters.contents(register, OrgUnit.class);
        }
        return units;
    }

    private void roughen(ProcessProfile p) {
        switch (random.nextInt(8)) {
            case 0 -> p.setName(null);
            case 1 -> p.setDescription(oddText());
            case 2 -> p.getTags().add(TAGS[random.nextInt(TAGS.length)]);
            case 3 -> p.getCatalogueReferences().add(reference(random.nextBoolean() ? "leika" : " OZG ", null));
            case 4 -> p.setResponsibleUnit(null);
            case 5 -> p.setShortDescription(oddText());
            case 6 -> p.getTags().add(null);
            default -> p.setName(p.getName() + " " + oddText());
        }
    }

    private String oddText() {
        return ODD_TEXTS[random.nextInt(ODD_TEXTS.length)];
    }

    // --- Queries --------------------------------------------------------------------------------------------------

    RegisterQuery randomQuery() {
        RegisterQuery q = RegisterQuery.all();
        ProcessProfile sample = Oracle.pick(random, profiles());
        if (chance(30)) {
            q = q.withFolder(Oracle.pick(random, folders()));
        }
        if (chance(25)) {
            q = q.withOrgUnit(Oracle.pick(random, units()));
        }
        if (chance(30)) {
            q = q.withCatalogue(pickOne("LEIKA", "leika", "OZG", "NONE"), randomKeyPrefix(sample));
        }
        if (chance(30)) {
            Set<FimStatus> statuses = EnumSet.noneOf(FimStatus.class);
            for (FimStatus status : FimStatus.VALUES) {
                if (chance(35)) {
                    statuses.add(status);
                }
            }
            q = q.withStatuses(statuses);
        }
        if (chance(20)) {
            q = q.withTag(pickOne(TAGS));
        }
        if (chance(20)) {
            q = q.withOnlineService(random.nextBoolean());
        }
        if (chance(20)) {
            q = q.withLegalBasis(random.nextBoolean());
        }
        if (chance(35)) {
            q = q.withText(randomText(sample));
        }
        return q;
    }

    private String randomKeyPrefix(ProcessProfile sample) {
        if (sample == null || sample.getCatalogueReferences().isEmpty() || chance(20)) {
            return chance(50) ? null : pickOne("", "99", "990", "1", "9901");
        }
        String key = Oracle.pick(random, sample.getCatalogueReferences()).getKey();
        return key == null ? "" : key.substring(0, random.nextInt(key.length() + 1));
    }

    private String randomText(ProcessProfile sample) {
        if (sample == null || chance(40)) {
            return pickOne(TERMS);
        }
        List<String> words = TextFolding.words(sample.getName() + " " + sample.getDescription());
        if (words.isEmpty()) {
            return pickOne(TERMS);
        }
        String word = Oracle.pick(random, words);
        int from = random.nextInt(word.length());
        String part = word.substring(from, from + 1 + random.nextInt(Math.min(8, word.length() - from)));
        return chance(30) ? part + " " + pickOne(TERMS) : part.toUpperCase();
    }

    // --- Edits ----------------------------------------------------------------------------------------------------

    /** Applies one random edit and describes it. */
    String randomEdit() {
        try {
            return edit();
        } finally {
            profiles = null;
            folders = null;
            units = null;
        }
    }

    /** Puts {@code profile} into a random folder, or among the unfiled ones ({@code unfiledPercent}, or no folder). */
    private void putSomewhere(ProcessProfile profile, int unfiledPercent) {
        Folder target = Oracle.pick(random, folders());
        if (target == null || chance(unfiledPercent)) {
            register.getUnfiledProfiles().add(profile);
        } else {
            target.getProfiles().add(profile);
        }
    }

    private String edit() {
        ProcessProfile p = Oracle.pick(random, profiles());
        int kind = random.nextInt(20);
        if (p == null) {
            kind = 0;
        }
        switch (kind) {
            case 0 -> {
                putSomewhere(newProfile(), 20);
                return "add profile";
            }
            case 1 -> {
                EcoreUtil.remove(p);
                return "remove profile";
            }
            case 2 -> {
                p.setStatus(FimStatus.VALUES.get(random.nextInt(FimStatus.VALUES.size())));
                return "set status";
            }
            case 3 -> {
                putSomewhere(p, 15);
                return "move profile";
            }
            case 4 -> {
                return moveFolder();
            }
            case 5 -> {
                String text = chance(20) ? null : oddText() + " " + pickOne(TERMS);
                switch (random.nextInt(3)) {
                    case 0 -> p.setName(text);
                    case 1 -> p.setShortDescription(text);
                    default -> p.setDescription(text);
                }
                return "edit text";
            }
            case 6 -> {
                if (!p.getTags().isEmpty() && chance(50)) {
                    p.getTags().remove(random.nextInt(p.getTags().size()));
                } else {
                    p.getTags().add(pickOne(TAGS));
                }
                return "tag";
            }
            case 7 -> {
                if (!p.getCatalogueReferences().isEmpty() && chance(40)) {
                    p.getCatalogueReferences().remove(random.nextInt(p.getCatalogueReferences().size()));
                    return "remove reference";
                }
                p.getCatalogueReferences().add(reference(pickOne("LEIKA", "OZG", "leika"), randomDigits()));
                return "add reference";
            }
            case 8 -> {
                CatalogueReference r = Oracle.pick(random, p.getCatalogueReferences());
                if (r == null) {
                    return "no reference to change";
                }
                if (chance(70)) {
                    r.setKey(chance(10) ? null : randomDigits());
                } else {
                    r.setCatalogueId(pickOne("LEIKA", "OZG", null, "ozg"));
                }
                return "change reference";
            }
            case 9 -> {
                if (!p.getContexts().isEmpty() && chance(50)) {
                    p.getContexts().remove(random.nextInt(p.getContexts().size()));
                    return "remove context";
                }
                ProcessContext context = F.createProcessContext();
                context.setKind(ContextKind.VALUES.get(random.nextInt(ContextKind.VALUES.size())));
                p.getContexts().add(context);
                return "add context";
            }
            case 10 -> {
                ProcessContext context = Oracle.pick(random, p.getContexts());
                if (context != null) {
                    context.setKind(context.getKind() == ContextKind.OAA ? ContextKind.FORM : ContextKind.OAA);
                }
                return "change context kind";
            }
            case 11 -> {
                if (!p.getLegalBases().isEmpty()) {
                    p.getLegalBases().clear();
                    return "clear legal bases";
                }
                LegalBasis basis = F.createLegalBasis();
                basis.setAbbreviation("GewO");
                p.getLegalBases().add(basis);
                return "add legal basis";
            }
            case 12 -> {
                p.setResponsibleUnit(chance(15) ? null : Oracle.pick(random, units()));
                return "set responsible unit";
            }
            case 13 -> {
                return moveUnit();
            }
            case 14 -> {
                Folder folder = Oracle.pick(random, folders());
                if (folder == null || folder.eContainer() instanceof ProcessRegister && chance(70)) {
                    return "keep folder";
                }
                EcoreUtil.remove(folder);
                detachedFolders.add(folder);
                return "remove folder subtree";
            }
            case 15 -> {
                if (detachedFolders.isEmpty()) {
                    return "nothing to re-add";
                }
                Folder folder = detachedFolders.remove(random.nextInt(detachedFolders.size()));
                Folder parent = Oracle.pick(random, folders());
                if (parent == null || chance(30)) {
                    register.getRootFolders().add(folder);
                } else {
                    parent.getFolders().add(folder);
                }
                return "re-add folder subtree";
            }
            case 16 -> {
                Folder target = Oracle.pick(random, folders());
                List<ProcessProfile> batch = List.of(newProfile(), newProfile(), newProfile());
                (target == null ? register.getUnfiledProfiles() : target.getProfiles()).addAll(batch);
                return "add many";
            }
            case 17 -> {
                if (p.eContainer() instanceof Folder folder && folder.getProfiles().size() > 2) {
                    folder.getProfiles().removeAll(List.copyOf(folder.getProfiles().subList(0, 2)));
                    return "remove many";
                }
                return "no remove many";
            }
            case 18 -> {
                if (p.eContainer() instanceof Folder folder) {
                    folder.getProfiles().set(folder.getProfiles().indexOf(p), newProfile());
                    return "replace profile (SET)";
                }
                if (p.getTags().size() > 1) {
                    p.getTags().move(0, p.getTags().size() - 1);
                }
                return "move tag";
            }
            default -> {
                p.getTags().clear();
                p.getTags().addAll(List.of(pickOne(TAGS), pickOne(TAGS)));
                return "replace tags";
            }
        }
    }

    private String moveFolder() {
        Folder folder = Oracle.pick(random, folders());
        Folder parent = Oracle.pick(random, folders());
        if (folder == null) {
            return "no folder";
        }
        if (parent == null || chance(20) || EcoreUtil.isAncestor(folder, parent)) {
            register.getRootFolders().add(folder);
        } else {
            parent.getFolders().add(folder);
        }
        return "move folder";
    }

    private String moveUnit() {
        OrgUnit unit = Oracle.pick(random, units());
        OrgUnit parent = Oracle.pick(random, units());
        if (unit == null || parent == null || EcoreUtil.isAncestor(unit, parent)) {
            return "keep unit";
        }
        parent.getChildren().add(unit);
        return "move unit";
    }

    ProcessProfile newProfile() {
        ProcessProfile p = F.createProcessProfile();
        p.setKey("NEW-" + ++created);
        p.setName(oddText() + " " + pickOne(TERMS));
        p.setDescription(chance(50) ? null : oddText());
        p.setStatus(FimStatus.VALUES.get(random.nextInt(FimStatus.VALUES.size())));
        p.setResponsibleUnit(Oracle.pick(random, units()));
        if (chance(50)) {
            p.getTags().add(pickOne(TAGS));
        }
        if (chance(70)) {
            p.getCatalogueReferences().add(reference("LEIKA", randomDigits()));
        }
        if (chance(40)) {
            ProcessContext oaa = F.createProcessContext();
            oaa.setKind(ContextKind.OAA);
            p.getContexts().add(oaa);
        }
        if (chance(50)) {
            p.getLegalBases().add(F.createLegalBasis());
        }
        return p;
    }

    private static CatalogueReference reference(String catalogueId, String key) {
        return TestRegisters.reference(catalogueId, key, null, null);
    }

    private String randomDigits() {
        return "99" + String.format("%012d", random.nextLong(1_000_000_000_000L));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    @SafeVarargs
    private <T> T pickOne(T... values) {
        return values[random.nextInt(values.length)];
    }
}
