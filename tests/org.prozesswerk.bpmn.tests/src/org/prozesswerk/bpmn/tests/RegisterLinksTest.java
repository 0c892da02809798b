package org.prozesswerk.bpmn.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.bpmn.ProzesswerkBpmn;
import org.prozesswerk.bpmn.RegisterLinks;
import org.prozesswerk.bpmn.RegisterLinks.LaneLink;
import org.prozesswerk.bpmn.model.Lane;
import org.prozesswerk.bpmn.model.SequenceFlow;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/** BPMN files attached to profiles, lanes linked to org units, media breaks: written, saved, read back. */
class RegisterLinksTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @Test
    void attachStoresAPathRelativeToTheRegisterAndDoesNotDuplicate(@TempDir Path dir) throws IOException {
        Path register = dir.resolve("register/landkreis.pwreg");
        Path bpmn = dir.resolve("register/modelle/bauantrag.bpmn");
        Files.createDirectories(bpmn.getParent());
        Files.copy(TestData.resource("vendor-extensions.bpmn"), bpmn);
        ProcessProfile profile = F.createProcessProfile();

        ProcessModelReference ref = RegisterLinks.attach(profile, register, bpmn, "Bauantrag", 103);
        assertEquals("modelle/bauantrag.bpmn", ref.getPath());
        assertEquals(103, ref.getDetailLevel());
        assertSame(ref, RegisterLinks.attach(profile, register, bpmn, "Bauantrag (neu)", 104));
        assertEquals(1, profile.getModelReferences().size());
        assertEquals("Bauantrag (neu)", ref.getTitle());
        assertEquals(List.of(ref), RegisterLinks.bpmnReferences(profile));
        assertEquals(bpmn.toAbsolutePath().normalize(), RegisterLinks.resolve(ref, register));
        assertEquals("Definitions_1", RegisterLinks.load(ref, register).definitions().getId());
        assertThrows(IllegalArgumentException.class, () -> RegisterLinks.attach(profile, register, bpmn, "x", 99));
    }

    @Test
    void lanesNameOrgUnitsOfTheRegister() throws IOException {
        ProcessRegister register = F.createProcessRegister();
        OrgUnit office = F.createOrgUnit();
        office.setId("ou-63");
        OrgUnit team = F.createOrgUnit();
        team.setId("ou-63-1");
        office.getChildren().add(team);
        register.getOrganisation().add(office);

        BpmnModel model = BpmnIO.load(TestData.resource("vendor-extensions.bpmn"));
        Lane leitung = model.all(Lane.class).get(1);
        ProzesswerkBpmn.setOrgUnit(leitung, "ou-99");

        List<LaneLink> links = RegisterLinks.laneOrgUnits(model, register);
        assertEquals(2, links.size());
        assertSame(team, links.get(0).unit());
        assertEquals("ou-99", links.get(1).orgUnitId());
        assertNull(links.get(1).unit(), "unknown ids are reported with no unit");
    }

    @Test
    void ownAttributesAreAddedWithTheirNamespaceAndSurviveSaving() throws IOException {
        BpmnModel model = BpmnIO.load(TestData.realData("bpmn-miwg-reference/C.9.0.bpmn"));
        assertFalse(model.namespaces().containsValue(ProzesswerkBpmn.NAMESPACE));
        SequenceFlow flow = model.all(SequenceFlow.class).get(0);
        ProzesswerkBpmn.setMediaBreak(flow, true);

        String xml = BpmnIO.toXml(model);
        assertTrue(xml.contains("xmlns:prozesswerk=\"" + ProzesswerkBpmn.NAMESPACE + "\""), xml);
        assertTrue(xml.contains("prozesswerk:mediaBreak=\"true\""), xml);

        BpmnModel reloaded = BpmnIO.load(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "x");
        SequenceFlow again = (SequenceFlow) reloaded.resolve(flow.getId()).orElseThrow();
        assertTrue(ProzesswerkBpmn.isMediaBreak(again));
        assertEquals(1, reloaded.statistics().mediaBreaks().size());

        ProzesswerkBpmn.setMediaBreak(again, false);
        assertFalse(ProzesswerkBpmn.isMediaBreak(again));
        assertEquals(Optional.empty(), reloaded.resolve("no-such-id"));
    }

    @Test
    void newModelCanBeSavedAndLoaded(@TempDir Path dir) throws IOException {
        BpmnModel model = BpmnModel.create("Definitions_neu", "http://prozesswerk.org/test");
        Path file = dir.resolve("neu.bpmn");
        BpmnIO.save(model, file);
        String xml = Files.readString(file);
        assertTrue(xml.contains("<bpmn:definitions"), xml);
        assertEquals("Definitions_neu", BpmnIO.load(file).definitions().getId());
    }
}
