package org.prozesswerk.muster;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.norms.Norms;
import org.prozesswerk.core.query.Profiles;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.model.StatusChange;

/**
 * The published versions of the Musterprozessregister (GK 6) and a municipality's register derived from V1, all
 * built deterministically from the same real catalogues (docs/musterregister.md, "Versions"):
 * <ul>
 * <li><b>V2.1</b> — the register of {@link MusterRegisterGenerator}: thematic folders, legal bases from the norm
 * catalogue, online services (OAA) as contexts;</li>
 * <li><b>V1</b> — derived from the same catalogues by the rules of 2023: no folders (every Steckbrief unfiled), no
 * legal bases, no OAA contexts, no trigger/result where V2.1's Verrichtung table is new, every Steckbrief a draft,
 * descriptions without the OZG line; no Steckbriefe for the services V2.1 added (those with no Verrichtung rule); an
 * overview Steckbrief for every Leistungsobjekt with three or more Verrichtungen, which V2.1 removed;</li>
 * <li><b>local</b> — "Gemeinde Musterstadt", V1 after two years of a municipality's work: units assigned, case
 * volumes and processing times entered, statuses advanced with history, long names shortened, own notes in
 * descriptions, Bürgerbüro services filed in a folder of its own, own internal processes added, services it does not
 * run deleted, an own org unit, predecessor links.</li>
 * </ul>
 * The same catalogues give the same registers (ids are name-based UUIDs, the "random" choices of the local register
 * come from a fixed seed, dates are fixed).
 */
public final class MusterVersions {

    public static final String V1 = "V1";
    public static final String V2_1 = "V2.1";
    public static final String LOCAL = "local";

    /** The version names {@link #build(String)} accepts. */
    public static final List<String> NAMES = List.of(V1, V2_1, LOCAL);

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;
    /** 2024-01-15 and later: dates of the local register's status changes (no clock). */
    private static final long DAY = 86_400_000L;
    private static final long START = 1_705_276_800_000L;

    private final CatalogueRegistry registry;
    private ProcessRegister v21;

    public MusterVersions(CatalogueRegistry registry) {
        this.registry = registry;
    }

    /** @return the named version built from the application's catalogues, or empty for an unknown name */
    public static Optional<ProcessRegister> build(String name) {
        MusterVersions versions = new MusterVersions(CatalogueRegistry.getDefault());
        return switch (name) {
            case V1 -> Optional.of(versions.v1());
            case V2_1 -> Optional.of(versions.v21());
            case LOCAL -> Optional.of(versions.local());
            default -> Optional.empty();
        };
    }

    /** @return a new copy of V2.1 */
    public ProcessRegister v21() {
        if (v21 == null) {
            v21 = new MusterRegisterGenerator(registry).generate(SizeClass.GK6).register();
            v21.setVersion("2.1");
            v21.setName("Musterprozessregister GK 6, Version 2.1");
        }
        return EcoreUtil.copy(v21);
    }

    /** @return a new V1 */
    public ProcessRegister v1() {
        ProcessRegister r = v21();
        r.setId(uuid("musterregister:V1"));
        r.setVersion("1");
        r.setName("Musterprozessregister GK 6, Version 1");
        r.getUsedCatalogues().removeIf(u -> Norms.CATALOGUE_ID.equals(u.getCatalogueId()));
        Catalogue leika = registry.catalogue(Leika.CATALOGUE_ID).orElseThrow();
        List<ProcessProfile> profiles = Profiles.all(r);
        // overview Steckbriefe of Leistungsobjekte with three or more Verrichtungen (V2.1 folded them)
        Map<String, List<ProcessProfile>> byObject = new LinkedHashMap<>();
        List<ProcessProfile> kept = new ArrayList<>();
        for (ProcessProfile p : profiles) {
            if (p.getTrigger() == null) {
                continue; // a service V2.1 added: V1 had no template for its Verrichtung
            }
            kept.add(p);
            String key = leikaKey(p);
            if (key != null && !Leika.KIND_LEISTUNGSOBJEKT.equals(Leika.kindOf(key))) {
                byObject.computeIfAbsent(Leika.leistungsobjektKey(key), k -> new ArrayList<>()).add(p);
            }
        }
        for (Map.Entry<String, List<ProcessProfile>> e : byObject.entrySet()) {
            Optional<CatalogueEntry> object = leika.entry(e.getKey());
            if (e.getValue().size() >= 3 && object.isPresent()) {
                ProcessProfile first = e.getValue().get(0);
                ProcessProfile overview = F.createProcessProfile();
                overview.setId(uuid("leika:" + e.getKey()));
                overview.setKey(MusterRegisterGenerator.KEY_PREFIX + e.getKey());
                overview.setName(object.get().label());
                overview.setProcessType(ProcessType.CORE);
                overview.setResponsibleUnit(first.getResponsibleUnit());
                CatalogueReference ref = EcoreUtil.copy(first.getCatalogueReferences().get(0));
                ref.setKey(e.getKey());
                ref.setLabel(object.get().label());
                overview.getCatalogueReferences().add(ref);
                overview.setDescription("Leistungsobjekt " + e.getKey() + " des Leistungskatalogs (LeiKa) mit "
                        + e.getValue().size() + " Verrichtungen (Übersicht).");
                kept.add(overview);
            }
        }
        for (ProcessProfile p : kept) {
            p.getLegalBases().clear();
            p.getContexts().removeIf(c -> c.getKind() == ContextKind.OAA);
            p.setStatus(FimStatus.DRAFT);
            if (p.getDescription() != null) {
                int ozgLine = p.getDescription().indexOf("\nOZG-Leistung:");
                if (ozgLine >= 0) {
                    int end = p.getDescription().indexOf('\n', ozgLine + 1);
                    p.setDescription(p.getDescription().substring(0, ozgLine)
                            + (end < 0 ? "" : p.getDescription().substring(end)));
                }
            }
            // with detail: V1 named the service after its Verrichtung (V2.1 took the LeiKa label of the detail)
            String key = leikaKey(p);
            if (key != null && Leika.KIND_DETAIL.equals(Leika.kindOf(key))) {
                leika.entry(Leika.verrichtungKey(key)).ifPresent(v -> p.setName(v.label()));
            }
        }
        kept.sort(Comparator.comparing(ProcessProfile::getKey));
        r.getRootFolders().clear();
        r.getUnfiledProfiles().clear();
        r.getUnfiledProfiles().addAll(kept);
        return r;
    }

    /** @return a new register of the municipality "Musterstadt", derived from V1 with two years of work */
    public ProcessRegister local() {
        ProcessRegister r = v1();
        r.setId(uuid("gemeinde:musterstadt"));
        r.setName("Gemeinde Musterstadt");
        r.setPublisher("Gemeinde Musterstadt, Hauptamt");
        r.setBasedOn("Musterprozessregister GK 6, Version 1");
        r.setBaseVersion(V1);
        SplittableRandom rnd = new SplittableRandom(2023);
        List<ProcessProfile> profiles = new ArrayList<>(r.getUnfiledProfiles());
        Map<String, OrgUnit> units = new HashMap<>();
        r.eAllContents().forEachRemaining(o -> {
            if (o instanceof OrgUnit u) {
                units.put(u.getShortCode(), u);
            }
        });
        // an own unit for digitalisation, under the Hauptamt
        OrgUnit digital = F.createOrgUnit();
        digital.setId(uuid("musterstadt:unit:10.9"));
        digital.setShortCode("10.9");
        digital.setName("Digitalisierung und E-Government");
        digital.setKind(OrgUnitKind.DIVISION);
        digital.getSizeClasses().add(SizeClass.GK6);
        Optional.ofNullable(units.get("10")).orElse(r.getOrganisation().get(0)).getChildren().add(digital);

        // services the municipality does not run (fishing and hunting go to the Kreis here): deleted
        List<ProcessProfile> deleted = new ArrayList<>();
        for (ProcessProfile p : profiles) {
            String n = p.getName().toLowerCase(java.util.Locale.ROOT);
            if (n.contains("fischer") || n.contains("jagd") || n.contains("jäger")) {
                deleted.add(p);
            }
        }
        for (ProcessProfile p : deleted) {
            EcoreUtil.delete(p, true);
            profiles.remove(p);
        }

        // Bürgerbüro: the municipality files its front-office services (Meldewesen, Pässe, Ausweise) in a folder
        Folder buergerbuero = folder("musterstadt:folder:buergerbuero", "Bürgerbüro",
                "Leistungen, die das Bürgerbüro am Schalter erbringt");
        Folder internal = folder("musterstadt:folder:intern", "Interne Prozesse",
                "Prozesse der Verwaltung ohne LeiKa-Leistung");
        r.getRootFolders().add(buergerbuero);
        r.getRootFolders().add(internal);
        for (ProcessProfile p : profiles) {
            OrgUnit u = p.getResponsibleUnit();
            String code = u == null ? "" : u.getShortCode();
            if (code.startsWith("33.1") || code.startsWith("33.2")) {
                buergerbuero.getProfiles().add(p);
            }
        }

        int index = 0;
        for (ProcessProfile p : profiles) {
            index++;
            // case volumes and processing times for about 60 %
            if (rnd.nextInt(10) < 6) {
                p.setCaseVolumePerYear(5 + rnd.nextInt(2000));
                p.setProcessingMinutesPerCase(10 + rnd.nextInt(170));
                p.setLeadTimeDays(1 + rnd.nextInt(40));
                p.setDigitalisationDegree(rnd.nextInt(4));
            }
            // statuses advanced for about a quarter, with their history
            if (rnd.nextInt(4) == 0) {
                advance(p, FimStatus.IN_PROGRESS, index);
                advance(p, FimStatus.METHODICALLY_RELEASED, index + 90);
                if (rnd.nextInt(3) == 0) {
                    advance(p, FimStatus.TECHNICALLY_RELEASED_SILVER, index + 300);
                }
            }
            // responsibility moved to the own digitalisation unit for the online-heavy services
            if (rnd.nextInt(40) == 0) {
                p.setResponsibleUnit(digital);
            }
            // long names shortened
            if (p.getName().length() > 70) {
                p.setName(shorten(p.getName()));
            }
            // own notes in about 5 %
            if (rnd.nextInt(20) == 0) {
                p.setDescription(p.getDescription() + "\nHinweis der Gemeinde Musterstadt: Termin nur nach Vereinbarung.");
            }
        }
        // predecessor links: an Anmeldung precedes the Abmeldung of the same Leistungsobjekt
        Map<String, ProcessProfile> byName = new HashMap<>();
        for (ProcessProfile p : profiles) {
            byName.put(p.getName(), p);
        }
        for (ProcessProfile p : profiles) {
            if (p.getName().contains("Abmeldung")) {
                ProcessProfile before = byName.get(p.getName().replace("Abmeldung", "Anmeldung"));
                if (before != null && before != p) {
                    p.getPredecessors().add(before);
                }
            }
        }
        // internal processes of its own (no LeiKa service)
        String[][] own = { { "Haushaltsplan aufstellen", "20" }, { "Jahresabschluss erstellen", "20" },
                { "Ratssitzung vorbereiten und nachbereiten", "10" }, { "Stellenbesetzung durchführen", "10" },
                { "Rechnungseingang bearbeiten", "20" }, { "Vergabe von Bauleistungen", "60" },
                { "Posteingang digitalisieren", "10.9" }, { "Fortbildung beantragen und genehmigen", "10" },
                { "Fundsache annehmen und verwahren", "32" }, { "Dienstreise genehmigen und abrechnen", "10" } };
        for (int i = 0; i < own.length; i++) {
            ProcessProfile p = F.createProcessProfile();
            p.setId(uuid("musterstadt:intern:" + i));
            p.setKey(String.format("MST-%03d", i + 1));
            p.setName(own[i][0]);
            p.setProcessType(ProcessType.SUPPORT);
            p.setStatus(FimStatus.IN_PROGRESS);
            p.setResponsibleUnit(own[i][1].equals("10.9") ? digital : units.get(own[i][1]));
            internal.getProfiles().add(p);
        }
        // two LeiKa services it described itself before V2.1 had them (V2.1 adds them too: added twice)
        Catalogue leika = registry.catalogue(Leika.CATALOGUE_ID).orElseThrow();
        ProcessRegister v21 = v21();
        int added = 0;
        for (EObject o : (Iterable<EObject>) v21::eAllContents) {
            if (added == 2) {
                break;
            }
            if (o instanceof ProcessProfile q && q.getTrigger() == null && leikaKey(q) != null) {
                ProcessProfile p = F.createProcessProfile();
                p.setId(uuid("musterstadt:leika:" + leikaKey(q)));
                p.setKey(q.getKey());
                p.setName(leika.entry(leikaKey(q)).map(CatalogueEntry::label).orElse(q.getName()));
                p.setProcessType(ProcessType.CORE);
                p.setStatus(FimStatus.IN_PROGRESS);
                p.setTrigger("Antrag (Musterstadt)");
                p.setResponsibleUnit(q.getResponsibleUnit() == null ? null
                        : units.get(q.getResponsibleUnit().getShortCode()));
                p.getCatalogueReferences().add(EcoreUtil.copy(q.getCatalogueReferences().get(0)));
                r.getUnfiledProfiles().add(p);
                added++;
            }
        }
        return r;
    }

    /**
     * @return the figures of a version as label → count, in a fixed order (documented in docs/musterregister.md)
     */
    public static Map<String, Integer> figures(ProcessRegister r) {
        int profiles = 0, folders = 0, withLegal = 0, legal = 0, withOaa = 0, oaa = 0, released = 0, units = 0,
                withUnit = 0, withCases = 0, withHistory = 0;
        for (EObject o : (Iterable<EObject>) r::eAllContents) {
            if (o instanceof ProcessProfile p) {
                profiles++;
                withLegal += p.getLegalBases().isEmpty() ? 0 : 1;
                legal += p.getLegalBases().size();
                long n = p.getContexts().stream().filter(c -> c.getKind() == ContextKind.OAA).count();
                withOaa += n > 0 ? 1 : 0;
                oaa += (int) n;
                released += p.getStatus() != null && p.getStatus().getValue() >= FimStatus.METHODICALLY_RELEASED_VALUE
                        && p.getStatus().getValue() <= FimStatus.TECHNICALLY_RELEASED_GOLD_VALUE ? 1 : 0;
                withUnit += p.getResponsibleUnit() == null ? 0 : 1;
                withCases += p.getCaseVolumePerYear() > 0 ? 1 : 0;
                withHistory += p.getStatusHistory().isEmpty() ? 0 : 1;
            } else if (o instanceof Folder) {
                folders++;
            } else if (o instanceof OrgUnit) {
                units++;
            }
        }
        Map<String, Integer> m = new LinkedHashMap<>();
        m.put("Steckbriefe", profiles);
        m.put("Ordner", folders);
        m.put("Steckbriefe mit Rechtsgrundlage", withLegal);
        m.put("Rechtsgrundlagen", legal);
        m.put("Steckbriefe mit Online-Dienst (OAA)", withOaa);
        m.put("Online-Dienste (OAA)", oaa);
        m.put("freigegeben (methodisch/fachlich)", released);
        m.put("mit zuständiger Einheit", withUnit);
        m.put("mit Fallzahlen", withCases);
        m.put("mit Statushistorie", withHistory);
        m.put("Organisationseinheiten", units);
        return m;
    }

    private static void advance(ProcessProfile p, FimStatus to, int day) {
        StatusChange c = F.createStatusChange();
        c.setFrom(p.getStatus());
        c.setTo(to);
        c.setWho("Prozessmanagement Musterstadt");
        c.setWhen(new Date(START + day * DAY));
        p.getStatusHistory().add(c);
        p.setStatus(to);
    }

    private static String shorten(String name) {
        for (String cut : new String[] { " - ", " – ", ", ", " (" }) {
            int i = name.indexOf(cut);
            if (i > 20) {
                return name.substring(0, i);
            }
        }
        return name.substring(0, name.lastIndexOf(' ', 60)) + " …";
    }

    private static Folder folder(String seed, String name, String description) {
        Folder f = F.createFolder();
        f.setId(uuid(seed));
        f.setName(name);
        f.setDescription(description);
        return f;
    }

    private static String leikaKey(ProcessProfile p) {
        for (CatalogueReference ref : p.getCatalogueReferences()) {
            if (Leika.CATALOGUE_ID.equals(ref.getCatalogueId())) {
                return ref.getKey();
            }
        }
        return null;
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8)).toString();
    }
}
