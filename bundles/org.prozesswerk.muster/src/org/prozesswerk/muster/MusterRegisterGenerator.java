package org.prozesswerk.muster;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.CatalogueRegistry;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.norms.LegalBasisFactory;
import org.prozesswerk.catalog.norms.Norms;
import org.prozesswerk.catalog.ozg.Ozg;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.internal.OrgChartTemplate;
import org.prozesswerk.muster.internal.ResponsibilityRules;
import org.prozesswerk.muster.internal.VerrichtungRules;

/**
 * Builds the Musterprozessregister of a municipality of a given KGSt size class from the installed catalogues (LeiKa,
 * OZG, Rechtsnormen, KGSt-Verwaltungsgliederungsplan) and the bundle's tables ({@code data/organisation.csv},
 * {@code data/zustaendigkeit.csv}, {@code data/verrichtungen.csv}). See {@code docs/musterregister.md}.
 *
 * <p>Deterministic: ids are name-based UUIDs of catalogue keys, everything is ordered by catalogue order or key, and
 * no dates are written, so the same catalogues and size class give the same bytes.
 */
public final class MusterRegisterGenerator {

    /** Id of the register attribute holding the LeiKa Typisierung of each Steckbrief. */
    public static final String TYPISIERUNG_ATTRIBUTE = "leika-typisierung";
    /** Prefix of the Steckbrief keys; the LeiKa key follows. */
    public static final String KEY_PREFIX = "MPR-";
    /** Name of the root folder for services the OZG catalogue does not link. */
    public static final String OTHER_SERVICES_FOLDER = "Weitere Verwaltungsleistungen";
    /**
     * Typisierung codes under which a municipality can execute a service: 2/3 and 3 (Bund regelt, Land oder Kommune
     * bzw. Kommune vollzieht), 4 (Land regelt, Land oder Kommune vollzieht), 5 (Kommune regelt und vollzieht). Not 1
     * (Bund vollzieht), 2 (Land vollzieht), 6 (used in this extract for federal and Land services such as
     * Umsatzsteuer-ID and Nutzerkonto).
     */
    public static final Set<String> MUNICIPAL_TYPISIERUNG = Set.of("2/3", "3", "4", "5");

    // The register's content is German whatever the user's language: it is data, like the catalogues' labels.
    private static final String REGISTER_NAME = "Musterprozessregister Gemeinde (KGSt-Größenklasse %d)";
    private static final String PUBLISHER = "Prozesswerk (abgeleitet aus LeiKa, OZG-Umsetzungskatalog, "
            + "Rechtsnormen und KGSt-Verwaltungsgliederungsplan)";

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private final CatalogueRegistry registry;

    public MusterRegisterGenerator(CatalogueRegistry registry) {
        this.registry = registry;
    }

    /** One LeiKa service chosen for the register. */
    private record Chosen(CatalogueEntry service, CatalogueEntry ozgService, ResponsibilityRules.Rule rule,
            OrgChartTemplate.Unit unit) {
    }

    /**
     * Generates the register.
     *
     * @throws IllegalStateException if the LeiKa, OZG or vgp catalogue is not installed, or a data table is broken
     */
    public MusterRegister generate(SizeClass sizeClass) {
        Catalogue leika = require(Leika.CATALOGUE_ID);
        Catalogue ozg = require(Ozg.CATALOGUE_ID);
        Catalogue vgp = require("vgp");
        OrgChartTemplate template = OrgChartTemplate.load(vgp);
        ResponsibilityRules rules = ResponsibilityRules.load(template);
        VerrichtungRules verrichtungen = VerrichtungRules.load();

        Map<String, CatalogueEntry> ozgByLeika = new HashMap<>();
        for (CatalogueEntry service : ozg.entries()) {
            if (Ozg.KIND_LEISTUNG.equals(service.kind())) {
                for (String key : Ozg.leikaKeys(service)) {
                    ozgByLeika.putIfAbsent(key, service);
                }
            }
        }

        // 1. Choose the services by Typisierung, responsibility rule and size class.
        TreeMap<String, Chosen> chosen = new TreeMap<>();
        int examined = 0;
        int excludedByTypisierung = 0;
        int notMunicipal = 0;
        int districtTasks = 0;
        for (CatalogueEntry service : leika.entries()) {
            if (!Leika.isValidKey(service.key())) {
                continue;
            }
            examined++;
            if (!municipalExecution(service.attribute(Leika.TYPISIERUNG))) {
                excludedByTypisierung++;
                continue;
            }
            CatalogueEntry ozgService = ozgByLeika.get(service.key());
            Optional<ResponsibilityRules.Rule> rule = rules.match(service.key(),
                    ozgService == null ? null : ozgService.key(), ozgService == null ? null : ozgService.parentKey(),
                    service.label());
            if (rule.isPresent() && !rule.get().municipal()) {
                notMunicipal++;
                continue;
            }
            OrgChartTemplate.Unit unit = null;
            if (rule.isPresent()) {
                Optional<OrgChartTemplate.Unit> responsible = template.responsibleIn(rule.get().unitCode(), sizeClass);
                if (responsible.isEmpty()) {
                    districtTasks++;
                    continue;
                }
                unit = responsible.get();
            }
            chosen.put(service.key(), new Chosen(service, ozgService, rule.orElse(null), unit));
        }
        // 2. A Leistungsobjekt is only the heading of its Verrichtungen; it is a Steckbrief only if it has none here.
        int folded = 0;
        for (String key : List.copyOf(chosen.keySet())) {
            String next = chosen.higherKey(key);
            if (Leika.KIND_LEISTUNGSOBJEKT.equals(Leika.kindOf(key)) && next != null
                    && next.startsWith(key.substring(0, 8))) {
                chosen.remove(key);
                folded++;
            }
        }

        // 3. Build the register.
        ProcessRegister register = F.createProcessRegister();
        register.setId(uuid("musterregister:" + sizeClass.getName() + ":" + leika.version() + ":" + ozg.version()));
        register.setName(String.format(REGISTER_NAME, sizeClass.getValue()));
        register.setVersion("1.0");
        register.setPublisher(PUBLISHER);
        for (Catalogue catalogue : List.of(leika, ozg, vgp)) {
            register.getUsedCatalogues().add(usage(catalogue));
        }
        registry.catalogue(Norms.CATALOGUE_ID).ifPresent(norms -> register.getUsedCatalogues().add(usage(norms)));
        AttributeDefinition typisierung = F.createAttributeDefinition();
        typisierung.setId(TYPISIERUNG_ATTRIBUTE);
        typisierung.setLabelDe("LeiKa-Typisierung");
        typisierung.setLabelEn("LeiKa type");
        typisierung.setType(AttributeType.TEXT);
        register.getAttributeDefinitions().add(typisierung);

        Map<String, OrgUnit> units = new LinkedHashMap<>();
        for (OrgChartTemplate.Unit unit : template.units()) {
            if (unit.existsIn(sizeClass)) {
                OrgUnit orgUnit = orgUnit(unit);
                units.put(unit.code(), orgUnit);
                if (unit.parentCode() == null) {
                    register.getOrganisation().add(orgUnit);
                } else {
                    units.get(unit.parentCode()).getChildren().add(orgUnit);
                }
            }
        }

        Map<String, List<ProcessProfile>> byLebenslage = new HashMap<>();
        List<ProcessProfile> other = new ArrayList<>();
        List<String> unassigned = new ArrayList<>();
        Map<FimStatus, Integer> perStatus = new EnumMap<>(FimStatus.class);
        int linkedOzg = 0;
        int withLegalBasis = 0;
        int withOaa = 0;
        int withTrigger = 0;
        for (Chosen c : chosen.values()) {
            ProcessProfile profile = profile(c, leika, ozg, verrichtungen, typisierung,
                    c.unit() == null ? null : units.get(c.unit().code()));
            if (c.ozgService() == null) {
                other.add(profile);
            } else {
                linkedOzg++;
                byLebenslage.computeIfAbsent(c.ozgService().parentKey(), k -> new ArrayList<>()).add(profile);
            }
            if (c.unit() == null) {
                unassigned.add(c.service().key() + " " + c.service().label());
            }
            withLegalBasis += profile.getLegalBases().isEmpty() ? 0 : 1;
            withOaa += profile.getContexts().stream().anyMatch(x -> x.getKind() == ContextKind.OAA) ? 1 : 0;
            withTrigger += profile.getTrigger() == null ? 0 : 1;
            perStatus.merge(profile.getStatus(), 1, Integer::sum);
        }

        // Folders: OZG Themenfeld → Lebenslage in catalogue order, only where Steckbriefe are.
        Map<String, Integer> perThemenfeld = new LinkedHashMap<>();
        for (CatalogueEntry themenfeld : ozg.roots()) {
            Folder tf = null;
            for (CatalogueEntry lebenslage : ozg.children(themenfeld.key())) {
                List<ProcessProfile> profiles = byLebenslage.remove(lebenslage.key());
                if (profiles == null) {
                    continue;
                }
                if (tf == null) {
                    tf = folder("ozg:" + themenfeld.key(), themenfeld.label(), "OZG-Themenfeld " + themenfeld.key());
                    register.getRootFolders().add(tf);
                }
                Folder ll = folder("ozg:" + lebenslage.key(), lebenslage.label(),
                        "OZG-Lebens- bzw. Geschäftslage " + lebenslage.key());
                ll.getProfiles().addAll(profiles);
                tf.getFolders().add(ll);
                perThemenfeld.merge(themenfeld.label(), profiles.size(), Integer::sum);
            }
        }
        // Lebenslagen outside the OZG tree (none in the 2019 data) would otherwise vanish.
        byLebenslage.values().forEach(other::addAll);
        other.sort(Comparator.comparing(ProcessProfile::getKey));
        if (!other.isEmpty()) {
            Folder rest = folder("other", OTHER_SERVICES_FOLDER,
                    "Leistungen ohne Verknüpfung im OZG-Umsetzungskatalog");
            rest.getProfiles().addAll(other);
            register.getRootFolders().add(rest);
            perThemenfeld.put(OTHER_SERVICES_FOLDER, other.size());
        }

        MusterFigures figures = new MusterFigures(sizeClass, examined, excludedByTypisierung, notMunicipal,
                districtTasks, folded, chosen.size(), chosen.size(), linkedOzg, withLegalBasis, withOaa, withTrigger,
                units.size(), perStatus, perThemenfeld, unassigned);
        return new MusterRegister(register, figures);
    }

    private ProcessProfile profile(Chosen c, Catalogue leika, Catalogue ozg, VerrichtungRules verrichtungen,
            AttributeDefinition typisierung, OrgUnit unit) {
        CatalogueEntry service = c.service();
        ProcessProfile profile = F.createProcessProfile();
        profile.setId(uuid("leika:" + service.key()));
        profile.setKey(KEY_PREFIX + service.key());
        profile.setName(service.label());
        // LeiKa services are services to citizens and companies: core processes.
        profile.setProcessType(ProcessType.CORE);
        profile.setResponsibleUnit(unit);

        Optional<VerrichtungRules.Verrichtung> verrichtung = verrichtungen.forLeikaKey(service.key());
        verrichtung.ifPresent(v -> {
            profile.setTrigger(v.trigger());
            profile.setResult(v.result());
        });

        profile.getCatalogueReferences().add(reference(leika, service));
        if (c.ozgService() != null) {
            profile.getCatalogueReferences().add(reference(ozg, c.ozgService()));
        }
        profile.getLegalBases().addAll(LegalBasisFactory.forLeikaKey(registry, service.key()));

        String type = service.attribute(Leika.TYPISIERUNG);
        if (type != null && !type.isBlank()) {
            AttributeValue value = F.createAttributeValue();
            value.setDefinition(typisierung);
            value.setValue(type);
            profile.getAttributeValues().add(value);
        }

        // OAA: the OZG obliges an online access to every OZG service; it fits the processes a citizen or company
        // starts. Address and provider are the municipality's to enter: none is in the data, none is invented.
        if (c.ozgService() != null && verrichtung.map(VerrichtungRules.Verrichtung::onApplication).orElse(false)) {
            ProcessContext oaa = F.createProcessContext();
            oaa.setKind(ContextKind.OAA);
            oaa.setName("Online-Dienst „" + c.ozgService().label() + "“");
            oaa.setDescription("Online-Zugang zur OZG-Leistung " + c.ozgService().key()
                    + " (§ 1 Abs. 1 OZG); Adresse und Anbieter sind von der Kommune einzutragen.");
            profile.getContexts().add(oaa);
        }

        // Checked against LeiKa, legal basis and OZG, with trigger and result described: methodically released;
        // anything less is still a draft. (The quality rule set MPQ-05..07 demands exactly this of a release.)
        profile.setStatus(!profile.getLegalBases().isEmpty() && c.ozgService() != null
                && hasText(profile.getTrigger()) && hasText(profile.getResult())
                ? FimStatus.METHODICALLY_RELEASED : FimStatus.DRAFT);

        StringBuilder description = new StringBuilder()
                .append("Leistung ").append(service.key()).append(" des Leistungskatalogs (LeiKa)");
        if (type != null && !type.isBlank()) {
            description.append(", Typisierung ").append(type);
        }
        description.append('.');
        if (c.ozgService() != null) {
            String lebenslage = ozg.entry(c.ozgService().parentKey()).map(CatalogueEntry::label).orElse("?");
            description.append("\nOZG-Leistung: ").append(c.ozgService().label()).append(" (")
                    .append(c.ozgService().key()).append("), Lebenslage ").append(lebenslage).append('.');
        }
        if (c.rule() == null) {
            description.append("\nZuständigkeit: keine Regel, bitte zuordnen.");
            profile.getTags().add(OrgChartDerivation.REASSIGNMENT_TAG);
        } else {
            description.append("\nZuständigkeit nach Musterregel: ").append(c.rule().note()).append('.');
        }
        profile.setDescription(description.toString());
        return profile;
    }

    static boolean municipalExecution(String typisierung) {
        if (typisierung == null) {
            return false;
        }
        for (String code : typisierung.split(",")) {
            if (MUNICIPAL_TYPISIERUNG.contains(code.strip())) {
                return true;
            }
        }
        return false;
    }

    private Catalogue require(String id) {
        return registry.catalogue(id).orElseThrow(
                () -> new IllegalStateException("Katalog '" + id + "' ist nicht installiert"));
    }

    private static OrgUnit orgUnit(OrgChartTemplate.Unit unit) {
        OrgUnit orgUnit = F.createOrgUnit();
        orgUnit.setId(uuid("orgunit:" + unit.code()));
        orgUnit.setShortCode(unit.code());
        orgUnit.setName(unit.name());
        orgUnit.setKind(unit.kind());
        orgUnit.getSizeClasses().addAll(unit.sizeClasses());
        orgUnit.setOptional(unit.optional());
        return orgUnit;
    }

    private static Folder folder(String seed, String name, String description) {
        Folder folder = F.createFolder();
        folder.setId(uuid("folder:" + seed));
        folder.setName(name);
        folder.setDescription(description);
        return folder;
    }

    private static CatalogueReference reference(Catalogue catalogue, CatalogueEntry entry) {
        CatalogueReference reference = F.createCatalogueReference();
        reference.setCatalogueId(catalogue.id());
        reference.setKey(entry.key());
        reference.setLabel(entry.label());
        reference.setCatalogueVersion(catalogue.version());
        return reference;
    }

    private static CatalogueUsage usage(Catalogue catalogue) {
        CatalogueUsage usage = F.createCatalogueUsage();
        usage.setCatalogueId(catalogue.id());
        usage.setVersion(catalogue.version());
        return usage;
    }

    private static String uuid(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
