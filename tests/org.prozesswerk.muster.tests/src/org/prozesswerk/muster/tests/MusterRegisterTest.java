package org.prozesswerk.muster.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueEntry;
import org.prozesswerk.catalog.Resolution;
import org.prozesswerk.catalog.leika.Leika;
import org.prozesswerk.catalog.norms.LegalBasisFactory;
import org.prozesswerk.catalog.norms.Norms;
import org.prozesswerk.catalog.ozg.Ozg;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.core.stats.RegisterStatistics;
import org.prozesswerk.core.stats.RegisterStatisticsReport;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.muster.MusterFigures;
import org.prozesswerk.muster.MusterRegister;
import org.prozesswerk.muster.MusterRegisterGenerator;
import org.prozesswerk.muster.internal.OrgChartTemplate;
import org.prozesswerk.muster.internal.ResponsibilityRules;

class MusterRegisterTest {

    private final ProcessRegister register = Fixture.GK6.register();
    private final MusterFigures figures = Fixture.GK6.figures();
    private final List<ProcessProfile> profiles = Fixture.profiles(register);
    private final Catalogue leika = Fixture.REGISTRY.catalogue(Leika.CATALOGUE_ID).orElseThrow();
    private final Catalogue ozg = Fixture.REGISTRY.catalogue(Ozg.CATALOGUE_ID).orElseThrow();

    @Test
    void sameInputsGiveTheSameBytes() {
        byte[] first = RegisterStore.toBytes(register, RegisterFormat.XMI);
        byte[] second = RegisterStore.toBytes(
                new MusterRegisterGenerator(Fixture.REGISTRY).generate(SizeClass.GK6).register(), RegisterFormat.XMI);
        assertArrayEquals(first, second);
        assertArrayEquals(RegisterStore.toBytes(register, RegisterFormat.BINARY), RegisterStore.toBytes(
                new MusterRegisterGenerator(Fixture.REGISTRY).generate(SizeClass.GK6).register(), RegisterFormat.BINARY));
    }

    @Test
    void figuresForTheReport() {
        // Printed for docs/musterregister.md; asserted below and in the other tests.
        for (MusterRegister muster : List.of(Fixture.GK6, Fixture.GK7)) {
            System.out.println("Musterregister " + muster.figures());
        }
        long start = System.nanoTime();
        new MusterRegisterGenerator(Fixture.REGISTRY).generate(SizeClass.GK6);
        System.out.println("Musterregister generated in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        for (RegisterStatisticsReport.UnitFigures unit : RegisterStatistics.compute(register).units()) {
            System.out.println("Musterregister unit " + unit.shortCode() + " " + unit.name() + ": "
                    + unit.profiles() + " (" + unit.profilesWithSubunits() + ")");
        }
        assertEquals(profiles.size(), figures.steckbriefe());
        assertEquals(leika.entries().size(), figures.leikaServices());
        assertEquals(figures.leikaServices(), figures.excludedByTypisierung() + figures.notMunicipal()
                + figures.districtTasks() + figures.foldedLeistungsobjekte() + figures.steckbriefe(),
                "every LeiKa service is accounted for");
        assertTrue(figures.steckbriefe() > 400 && figures.steckbriefe() < 1200, "" + figures.steckbriefe());
    }

    @Test
    void everyCatalogueReferenceResolves() {
        for (ProcessProfile profile : profiles) {
            CatalogueReference leikaRef = Fixture.reference(profile, Leika.CATALOGUE_ID);
            assertNotNull(leikaRef, profile.getName());
            Resolution resolution = Fixture.REGISTRY.resolve(leikaRef);
            assertEquals(Resolution.Status.RESOLVED, resolution.status(), profile.getName());
            assertFalse(resolution.versionDiffers());
            assertEquals(resolution.entry().orElseThrow().label(), leikaRef.getLabel());
            assertEquals(MusterRegisterGenerator.KEY_PREFIX + leikaRef.getKey(), profile.getKey());
            assertEquals(leikaRef.getLabel(), profile.getName());
            CatalogueReference ozgRef = Fixture.reference(profile, Ozg.CATALOGUE_ID);
            if (ozgRef != null) {
                CatalogueEntry service = Fixture.REGISTRY.resolve(ozgRef).entry().orElseThrow();
                assertTrue(Ozg.leikaKeys(service).contains(leikaRef.getKey()), "OZG links " + leikaRef.getKey());
            }
        }
    }

    @Test
    void onlyServicesAMunicipalityExecutes() {
        for (ProcessProfile profile : profiles) {
            CatalogueEntry service = leika.entry(Fixture.reference(profile, Leika.CATALOGUE_ID).getKey()).orElseThrow();
            String typisierung = service.attribute(Leika.TYPISIERUNG);
            assertTrue(List.of(typisierung.split(",")).stream().map(String::strip)
                    .anyMatch(MusterRegisterGenerator.MUNICIPAL_TYPISIERUNG::contains), service.key());
            assertEquals(typisierung, profile.getAttributeValues().get(0).getValue());
        }
    }

    @Test
    void everySteckbriefHasAResponsibleUnitOrIsReported() {
        List<String> without = new ArrayList<>();
        for (ProcessProfile profile : profiles) {
            if (profile.getResponsibleUnit() == null) {
                without.add(profile.getKey().substring(MusterRegisterGenerator.KEY_PREFIX.length()) + " "
                        + profile.getName());
                assertTrue(profile.getTags().contains(OrgChartDerivation.REASSIGNMENT_TAG));
            } else {
                assertTrue(EcoreUtilSupport.isInside(profile.getResponsibleUnit(), register),
                        "unit belongs to this register");
                assertTrue(profile.getResponsibleUnit().getSizeClasses().contains(SizeClass.GK6));
            }
        }
        assertEquals(without, figures.unassigned());
        assertTrue(without.size() * 50 < profiles.size(), "at most 2 % unassigned: " + without);
    }

    @Test
    void orgChartFollowsTheKgstPlan() {
        Catalogue vgp = Fixture.REGISTRY.catalogue("vgp").orElseThrow();
        List<OrgUnit> roots = register.getOrganisation();
        assertEquals(8, roots.size(), "the 8 Aufgabenhauptgruppen");
        for (OrgUnit root : roots) {
            assertEquals(vgp.entry(root.getShortCode()).orElseThrow().label(), root.getName());
            for (OrgUnit amt : root.getChildren()) {
                assertEquals(root.getShortCode(), amt.getShortCode().substring(0, 1));
                assertEquals(vgp.entry(amt.getShortCode()).orElseThrow().label(), amt.getName());
                for (OrgUnit sachgebiet : amt.getChildren()) {
                    assertTrue(sachgebiet.getShortCode().startsWith(amt.getShortCode() + "."));
                    assertTrue(amt.getSizeClasses().containsAll(sachgebiet.getSizeClasses()));
                }
            }
        }
        List<OrgUnit> all = OrgChartDerivation.allUnits(roots);
        assertEquals(figures.units(), all.size());
        assertTrue(all.stream().anyMatch(u -> u.isOptional()), "optional units to drop");
        assertTrue(all.stream().anyMatch(u -> !u.getSizeClasses().contains(SizeClass.GK7)),
                "units a GK7 municipality does not have");
        assertTrue(all.stream().allMatch(u -> u.getSizeClasses().contains(SizeClass.GK6)));
    }

    @Test
    void foldersAreTheOzgThemenfelderUsed() {
        Map<String, String> lebenslageOfService = new HashMap<>();
        Set<String> themenfelderUsed = new HashSet<>();
        boolean unlinked = false;
        for (ProcessProfile profile : profiles) {
            CatalogueReference ozgRef = Fixture.reference(profile, Ozg.CATALOGUE_ID);
            Folder folder = (Folder) profile.eContainer();
            if (ozgRef == null) {
                unlinked = true;
                assertEquals(MusterRegisterGenerator.OTHER_SERVICES_FOLDER, folder.getName());
                continue;
            }
            CatalogueEntry lebenslage = ozg.entry(ozg.entry(ozgRef.getKey()).orElseThrow().parentKey()).orElseThrow();
            CatalogueEntry themenfeld = ozg.entry(lebenslage.parentKey()).orElseThrow();
            assertEquals(lebenslage.label(), folder.getName(), profile.getName());
            assertEquals(themenfeld.label(), ((Folder) folder.eContainer()).getName(), profile.getName());
            themenfelderUsed.add(themenfeld.label());
            lebenslageOfService.put(ozgRef.getKey(), lebenslage.key());
        }
        Set<String> roots = new HashSet<>();
        register.getRootFolders().forEach(f -> roots.add(f.getName()));
        Set<String> expected = new HashSet<>(themenfelderUsed);
        if (unlinked) {
            expected.add(MusterRegisterGenerator.OTHER_SERVICES_FOLDER);
        }
        assertEquals(expected, roots);
        assertTrue(register.getRootFolders().stream().allMatch(f -> !f.getFolders().isEmpty()
                || f.getName().equals(MusterRegisterGenerator.OTHER_SERVICES_FOLDER)), "no empty Themenfeld");
        Map<String, Integer> perRoot = new LinkedHashMap<>();
        for (ProcessProfile profile : profiles) {
            EObject root = profile.eContainer();
            while (root.eContainer() instanceof Folder) {
                root = root.eContainer();
            }
            perRoot.merge(((Folder) root).getName(), 1, Integer::sum);
        }
        assertEquals(perRoot, figures.perThemenfeld());
    }

    /** Counts from the catalogues and the register, not from the generator's own figures. */
    @Test
    void coverageFiguresMatchAnIndependentCount() {
        Set<String> linkedByOzg = new HashSet<>();
        for (CatalogueEntry service : ozg.entries()) {
            linkedByOzg.addAll(Ozg.leikaKeys(service));
        }
        Set<String> citedInNorms = new HashSet<>();
        for (CatalogueEntry norm : Fixture.REGISTRY.catalogue(Norms.CATALOGUE_ID).orElseThrow().entries()) {
            String keys = norm.attribute(Norms.LEIKA_KEYS);
            if (keys != null) {
                citedInNorms.addAll(List.of(keys.split(" ")));
            }
        }
        int withLeika = 0;
        int withOzg = 0;
        int withLegal = 0;
        int withOaa = 0;
        int released = 0;
        for (ProcessProfile profile : profiles) {
            String key = profile.getKey().substring(MusterRegisterGenerator.KEY_PREFIX.length());
            withLeika += leika.entry(key).isPresent() ? 1 : 0;
            boolean ozgLinked = linkedByOzg.contains(key);
            assertEquals(ozgLinked, Fixture.reference(profile, Ozg.CATALOGUE_ID) != null, key);
            withOzg += ozgLinked ? 1 : 0;
            boolean legal = citedInNorms.contains(key);
            assertEquals(legal, !profile.getLegalBases().isEmpty(), key);
            withLegal += legal ? 1 : 0;
            boolean oaa = profile.getContexts().stream().anyMatch(c -> c.getKind() == ContextKind.OAA);
            assertTrue(!oaa || ozgLinked, "OAA only for OZG services");
            withOaa += oaa ? 1 : 0;
            boolean described = profile.getTrigger() != null && !profile.getTrigger().isBlank()
                    && profile.getResult() != null && !profile.getResult().isBlank();
            boolean shouldBeReleased = legal && ozgLinked && described;
            assertEquals(shouldBeReleased ? FimStatus.METHODICALLY_RELEASED : FimStatus.DRAFT, profile.getStatus());
            released += shouldBeReleased ? 1 : 0;
            assertEquals(0, profile.getCaseVolumePerYear(), "unknown, not invented");
            profile.getContexts().forEach(c -> assertNull(c.getUrl(), "no invented URLs"));
        }
        assertEquals(withLeika, figures.linkedLeika());
        assertEquals(withOzg, figures.linkedOzg());
        assertEquals(withLegal, figures.withLegalBasis());
        assertEquals(withOaa, figures.withOaa());
        assertEquals(released, figures.perStatus().get(FimStatus.METHODICALLY_RELEASED));
        assertEquals(profiles.size() - released, figures.perStatus().get(FimStatus.DRAFT));

        RegisterStatisticsReport stats = RegisterStatistics.compute(register);
        assertEquals(profiles.size(), stats.profiles());
        assertEquals(withLeika, stats.linkedTo(Leika.CATALOGUE_ID));
        assertEquals(withOzg, stats.linkedTo(Ozg.CATALOGUE_ID));
        assertEquals(withLegal, stats.withLegalBasis());
        assertEquals(withOaa, stats.withOaa());
        assertEquals(figures.unassigned().size(), stats.withoutUnit().profiles());
    }

    @Test
    void legalBasesAreThoseTheNormsCatalogueGives() {
        for (ProcessProfile profile : profiles.subList(0, Math.min(60, profiles.size()))) {
            String key = profile.getKey().substring(MusterRegisterGenerator.KEY_PREFIX.length());
            List<LegalBasis> expected = LegalBasisFactory.forLeikaKey(Fixture.REGISTRY, key);
            assertEquals(expected.size(), profile.getLegalBases().size(), key);
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).getAbbreviation(), profile.getLegalBases().get(i).getAbbreviation());
                assertEquals(expected.get(i).getParagraph(), profile.getLegalBases().get(i).getParagraph());
            }
        }
    }

    @Test
    void gk6AndGk7HaveTheSameSteckbriefeButGk7FewerUnits() {
        List<String> ids6 = Fixture.profiles(register).stream().map(ProcessProfile::getId).sorted().toList();
        List<String> ids7 = Fixture.profiles(Fixture.GK7.register()).stream().map(ProcessProfile::getId).sorted()
                .toList();
        assertEquals(ids6, ids7, "below GK5 the Kreis takes no further tasks");
        assertTrue(Fixture.GK7.figures().units() < figures.units());
        assertTrue(new HashSet<>(ids6).size() == ids6.size(), "ids are unique");
    }

    @Test
    void dataTablesNameRealCatalogueEntries() {
        OrgChartTemplate template = OrgChartTemplate.load(Fixture.REGISTRY.catalogue("vgp").orElseThrow());
        for (ResponsibilityRules.Rule rule : ResponsibilityRules.load(template).rules()) {
            String where = ResponsibilityRules.FILE + ":" + rule.line();
            if (!rule.ozgId().isEmpty()) {
                assertEquals(Ozg.KIND_LEISTUNG, ozg.entry(rule.ozgId()).orElseThrow(() -> new AssertionError(where))
                        .kind(), where);
            }
            if (!rule.lebenslage().isEmpty()) {
                assertEquals(Ozg.KIND_LEBENSLAGE, ozg.entry(rule.lebenslage()).orElseThrow(
                        () -> new AssertionError(where)).kind(), where);
            }
            if (!rule.leikaPrefix().isEmpty()) {
                assertFalse(leika.searchKeyPrefix(rule.leikaPrefix(), 1).isEmpty(), where);
            }
        }
    }

    @Test
    void ensureDemoRegisterWritesOnceAndNeverOverwrites(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("workspace");
        Path file = MusterRegister.ensureDemoRegister(folder);
        assertEquals(folder.resolve(MusterRegister.FILE_NAME), file);
        ProcessRegister loaded = RegisterStore.load(file);
        assertEquals(profiles.size(), Fixture.profiles(loaded).size());
        Files.writeString(file, "edited by the user");
        assertEquals(file, MusterRegister.ensureDemoRegister(folder));
        assertEquals("edited by the user", Files.readString(file));
    }
}
