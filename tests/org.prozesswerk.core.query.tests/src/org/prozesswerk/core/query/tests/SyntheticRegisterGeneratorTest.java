package org.prozesswerk.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.generate.SyntheticRegisterGenerator;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

class SyntheticRegisterGeneratorTest {

    @Test
    void sameSeedSameBytesOtherSeedOtherRegister() {
        byte[] first = RegisterStore.toBytes(SyntheticRegisterGenerator.generate(300, 7), RegisterFormat.XMI);
        byte[] second = RegisterStore.toBytes(SyntheticRegisterGenerator.generate(300, 7), RegisterFormat.XMI);
        byte[] other = RegisterStore.toBytes(SyntheticRegisterGenerator.generate(300, 8), RegisterFormat.XMI);
        assertArrayEquals(first, second);
        assertFalse(Arrays.equals(first, other));
    }

    @Test
    void exactCountAndRealisticFill() {
        int n = 5000;
        ProcessRegister register = SyntheticRegisterGenerator.generate(n, 3);
        List<ProcessProfile> profiles = profiles(register);
        assertEquals(n, profiles.size());
        assertEquals(n, new HashSet<>(profiles.stream().map(ProcessProfile::getId).toList()).size(), "unique ids");

        int legal = 0;
        int oaa = 0;
        int ozg = 0;
        int predecessors = 0;
        Set<FimStatus> statuses = EnumSet.noneOf(FimStatus.class);
        for (ProcessProfile p : profiles) {
            assertNotNull(p.getName());
            assertTrue(p.getKey().matches("PW-\\d{6}"), p.getKey());
            assertNotNull(p.getResponsibleUnit());
            CatalogueReference leika = p.getCatalogueReferences().get(0);
            assertEquals(SyntheticRegisterGenerator.LEIKA, leika.getCatalogueId());
            assertTrue(leika.getKey().matches("99\\d{12}"), leika.getKey());
            for (CatalogueReference r : p.getCatalogueReferences()) {
                if (SyntheticRegisterGenerator.OZG.equals(r.getCatalogueId())) {
                    assertTrue(r.getKey().matches("\\d{5}"), r.getKey());
                    ozg++;
                }
            }
            legal += p.getLegalBases().isEmpty() ? 0 : 1;
            oaa += p.getContexts().stream().anyMatch(c -> c.getKind() == ContextKind.OAA) ? 1 : 0;
            predecessors += p.getPredecessors().isEmpty() ? 0 : 1;
            statuses.add(p.getStatus());
            assertTrue(p.getCaseVolumePerYear() >= 10 && p.getProcessingMinutesPerCase() > 0);
        }
        assertBetween(0.70, 0.90, legal / (double) n, "legal basis");
        assertBetween(0.20, 0.30, oaa / (double) n, "OAA");
        assertBetween(0.30, 0.40, ozg / (double) n, "OZG");
        assertBetween(0.05, 0.15, predecessors / (double) n, "predecessors");
        assertEquals(EnumSet.allOf(FimStatus.class), statuses);
    }

    @Test
    void organisationHasThreeLevelsWithKgstNumbers() {
        ProcessRegister register = SyntheticRegisterGenerator.generate(0, 1);
        assertTrue(profiles(register).isEmpty());
        for (OrgUnit dezernat : register.getOrganisation()) {
            assertEquals(OrgUnitKind.DEPARTMENT, dezernat.getKind());
            for (OrgUnit amt : dezernat.getChildren()) {
                assertEquals(OrgUnitKind.OFFICE, amt.getKind());
                assertTrue(amt.getShortCode().matches("\\d{2}"), amt.getShortCode());
                assertFalse(amt.getChildren().isEmpty());
                for (OrgUnit sachgebiet : amt.getChildren()) {
                    assertEquals(OrgUnitKind.DIVISION, sachgebiet.getKind());
                    assertTrue(sachgebiet.getShortCode().startsWith(amt.getShortCode() + "."));
                    assertTrue(sachgebiet.getChildren().isEmpty());
                }
            }
        }
        assertEquals(8, register.getOrganisation().size());
        assertEquals(14, register.getRootFolders().size(), "one root folder per OZG Themenfeld");
        assertThrows(IllegalArgumentException.class, () -> SyntheticRegisterGenerator.generate(-1, 1));
    }

    @Test
    void survivesXmiAndBinaryRoundTrip(@TempDir Path dir) throws Exception {
        ProcessRegister register = SyntheticRegisterGenerator.generate(400, 11);
        for (RegisterFormat format : RegisterFormat.values()) {
            Path file = dir.resolve("register." + format.extension());
            RegisterStore.save(register, file);
            ProcessRegister loaded = RegisterStore.load(file);
            assertTrue(EcoreUtil.equals(register, loaded), format.name());
        }
    }

    private static List<ProcessProfile> profiles(ProcessRegister register) {
        List<ProcessProfile> profiles = new ArrayList<>();
        register.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile p) {
                profiles.add(p);
            }
        });
        return profiles;
    }

    private static void assertBetween(double low, double high, double actual, String what) {
        assertTrue(actual >= low && actual <= high, what + ": " + actual + " not in [" + low + ", " + high + "]");
    }
}
