package org.prozesswerk.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.prozesswerk.merge.tests.Three.folder;
import static org.prozesswerk.merge.tests.Three.profile;
import static org.prozesswerk.merge.tests.Three.unit;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MergeDecisions;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.merge.Ownership;
import org.prozesswerk.merge.Side;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * One test per conflict kind: the base register of {@link SmallRegister}, one edit on each side, and the exact
 * conflict list expected (the oracle); then the merge is applied with a decision and the result checked (integrity,
 * exact undo and redo are checked by {@link Three#apply} every time).
 */
class ConflictKindsTest {

    private final Three t = new Three(SmallRegister.create());

    private MergeResult expect(String... conflicts) {
        MergeResult result = t.analyse();
        assertEquals(List.of(conflicts), result.conflicts().stream().map(Conflict::toString).toList());
        return result;
    }

    @Test
    void nothingChangedNothingToDo() {
        MergeResult result = expect();
        assertTrue(result.isEmpty());
        assertTrue(result.autoMerged().isEmpty());
    }

    @Test
    void sameFieldChangedDifferently() {
        profile(t.ours, "p1").setName("Anmeldung einer Wohnung");
        profile(t.theirs, "p1").setName("Anmeldung Hauptwohnsitz");
        MergeResult result = expect("SAME_FIELD PROFILE PW-1 Anmeldung einer Wohnung [name]: "
                + "base=Anmeldung Wohnsitz ours=Anmeldung einer Wohnung theirs=Anmeldung Hauptwohnsitz");
        Conflict c = result.conflicts().get(0);
        assertEquals("SAME_FIELD:p1:name", c.id());
        assertEquals(Ownership.SHARED, c.ownership());
        assertNull(c.suggested());
        assertThrows(IllegalStateException.class, () -> result.createCommand(t.domain, new MergeDecisions()));
        t.apply(result, new MergeDecisions().choose(c.id(), Side.THEIRS));
        assertEquals("Anmeldung Hauptwohnsitz", profile(t.ours, "p1").getName());
    }

    @Test
    void identicalChangesAreNoConflict() {
        profile(t.ours, "p1").setName("Anmeldung Hauptwohnsitz");
        profile(t.theirs, "p1").setName("Anmeldung Hauptwohnsitz");
        profile(t.ours, "p3").getLegalBases().clear();
        profile(t.theirs, "p3").getLegalBases().clear();
        MergeResult result = expect();
        assertTrue(result.autoMerged().isEmpty(), result.autoMerged().toString());
    }

    @Test
    void localFieldsNeverConflictAndKeepTheLocalValue() {
        profile(t.ours, "p1").setCaseVolumePerYear(1200);
        profile(t.theirs, "p1").setCaseVolumePerYear(50);
        profile(t.ours, "p1").setResponsibleUnit(unit(t.ours, "u32"));
        profile(t.theirs, "p1").setResponsibleUnit(unit(t.theirs, "u10"));
        MergeResult result = expect();
        t.apply(result, new MergeDecisions());
        assertEquals(1200, profile(t.ours, "p1").getCaseVolumePerYear());
        assertSame(unit(t.ours, "u32"), profile(t.ours, "p1").getResponsibleUnit());
    }

    @Test
    void oneSidedChangesAreTakenWithoutAsking() {
        profile(t.ours, "p1").setName("lokal umbenannt");
        profile(t.theirs, "p1").setTrigger("Antrag");
        profile(t.theirs, "p3").getLegalBases().get(0).setUrl("https://www.gesetze-im-internet.de/bbaug/__34.html");
        folder(t.theirs, "f2").setName("Bauen und Wohnen");
        MergeResult result = expect();
        assertEquals(3, result.autoMerged().size(), result.autoMerged().toString());
        t.apply(result, new MergeDecisions());
        assertEquals("lokal umbenannt", profile(t.ours, "p1").getName());
        assertEquals("Antrag", profile(t.ours, "p1").getTrigger());
        assertEquals("https://www.gesetze-im-internet.de/bbaug/__34.html",
                profile(t.ours, "p3").getLegalBases().get(0).getUrl());
        assertEquals("Bauen und Wohnen", folder(t.ours, "f2").getName());
    }

    @Test
    void anAttributeDefinitionAddedUpstreamArrivesWithItsValues() {
        AttributeDefinition definition = ProzesswerkFactory.eINSTANCE.createAttributeDefinition();
        definition.setId("fallzahl-bund");
        definition.setLabelDe("Fallzahl Bund");
        definition.setType(AttributeType.NUMBER);
        t.theirs.getAttributeDefinitions().add(definition);
        AttributeValue value = ProzesswerkFactory.eINSTANCE.createAttributeValue();
        value.setDefinition(definition);
        value.setValue("120");
        profile(t.theirs, "p1").getAttributeValues().add(value);
        MergeResult result = expect();
        assertFalse(result.autoMerged().isEmpty());
        t.apply(result, new MergeDecisions());
        AttributeDefinition merged = t.ours.getAttributeDefinitions().stream()
                .filter(d -> "fallzahl-bund".equals(d.getId())).findFirst().orElseThrow();
        assertEquals(List.of("120"), profile(t.ours, "p1").getAttributeValues().stream()
                .filter(v -> v.getDefinition() == merged).map(AttributeValue::getValue).toList());
    }

    @Test
    void changedLocallyDeletedUpstream() {
        folder(t.ours, "f2").setDescription("unsere Bauverwaltung");
        Folder f2 = folder(t.theirs, "f2");
        folder(t.theirs, "f1").getProfiles().add(profile(t.theirs, "p3")); // moved out first
        EcoreUtil.delete(f2);
        MergeResult result = expect("CHANGE_DELETE FOLDER /Bauen: base=(unverändert) ours=(geändert) theirs=(gelöscht)");
        t.apply(result, new MergeDecisions().defaultSide(Side.THEIRS));
        assertNull(folder(t.ours, "f2"));
        assertSame(folder(t.ours, "f1"), profile(t.ours, "p3").eContainer());
    }

    @Test
    void deletedLocallyChangedUpstream() {
        EcoreUtil.delete(profile(t.ours, "p3"));
        profile(t.theirs, "p3").setResult("Baugenehmigung oder Ablehnung");
        MergeResult result = expect(
                "CHANGE_DELETE PROFILE PW-3 Baugenehmigung: base=(unverändert) ours=(gelöscht) theirs=(geändert)");
        t.apply(result, new MergeDecisions().choose(result.conflicts().get(0).id(), Side.THEIRS));
        ProcessProfile p3 = profile(t.ours, "p3");
        assertNotNull(p3);
        assertEquals("Baugenehmigung oder Ablehnung", p3.getResult());
        assertSame(unit(t.ours, "u32"), p3.getResponsibleUnit());
        assertSame(folder(t.ours, "f2"), p3.eContainer());
    }

    @Test
    void deletedUpstreamWhileStillReferencedLocally() {
        ProcessProfile own = SmallRegister.profile("p9", "EIG-1", "Eigener Prozess", "99000000000000",
                unit(t.ours, "u101"));
        folder(t.ours, "f1").getProfiles().add(own);
        EcoreUtil.delete(unit(t.theirs, "u101"));
        MergeResult result = expect(
                "DELETE_REFERENCED ORG_UNIT 10.1 Organisation: base=(vorhanden) ours=(verwendet) theirs=(gelöscht)");
        // deciding for the local side keeps the unit; p1 and p2 lose it upstream but that was a one-sided change
        t.apply(result, new MergeDecisions().defaultSide(Side.OURS));
        assertNotNull(unit(t.ours, "u101"));
        assertSame(unit(t.ours, "u101"), profile(t.ours, "p9").getResponsibleUnit());
        assertNull(profile(t.ours, "p1").getResponsibleUnit());
    }

    @Test
    void deletedLocallyWhileReferencedUpstream() {
        EcoreUtil.delete(unit(t.ours, "u32"));
        profile(t.theirs, "p1").setResponsibleUnit(unit(t.theirs, "u32"));
        MergeResult result = expect(
                "DELETE_REFERENCED ORG_UNIT 32 Ordnungsamt: base=(vorhanden) ours=(gelöscht) theirs=(verwendet)");
        t.apply(result, new MergeDecisions().defaultSide(Side.OURS));
        assertNull(unit(t.ours, "u32"));
        assertNull(profile(t.ours, "p1").getResponsibleUnit(), "the reference to the deleted unit is cleared");
    }

    @Test
    void deletedUpstreamButInLocalUseIsRetiredNotDeleted() {
        profile(t.ours, "p2").setCaseVolumePerYear(800);
        profile(t.ours, "p3").setCaseVolumePerYear(5); // unchanged upstream: stays where it is
        EcoreUtil.delete(profile(t.theirs, "p2"));
        EcoreUtil.delete(profile(t.theirs, "p1")); // unchanged locally but p2 (kept) is its successor
        MergeResult result = expect();
        assertEquals(List.of("PW-2 Abmeldung Wohnsitz", "PW-1 Anmeldung Wohnsitz"),
                result.retired().stream().map(d -> d.label()).toList());
        t.apply(result, new MergeDecisions());
        ProcessProfile p2 = profile(t.ours, "p2");
        assertEquals(MergeResult.RETIRED_FOLDER, ((Folder) p2.eContainer()).getName());
        assertTrue(p2.getTags().contains(MergeResult.RETIRED_TAG));
        assertEquals(800, p2.getCaseVolumePerYear());
        assertSame(profile(t.ours, "p1"), p2.getPredecessors().get(0));
    }

    @Test
    void movedToDifferentPlaces() {
        folder(t.ours, "f1").getProfiles().add(profile(t.ours, "p3"));
        folder(t.theirs, "f11").getProfiles().add(profile(t.theirs, "p3"));
        unit(t.ours, "u10").getChildren().add(unit(t.ours, "u32"));
        unit(t.theirs, "u101").getChildren().add(unit(t.theirs, "u32"));
        MergeResult result = expect(
                "MOVE_MOVE ORG_UNIT 32 Ordnungsamt [container]: base=(organisation) ours=10 Hauptamt theirs=10.1 Organisation",
                "MOVE_MOVE PROFILE PW-3 Baugenehmigung [container]: base=/Bauen ours=/Bürgerdienste theirs=/Bürgerdienste/Meldewesen");
        t.apply(result, new MergeDecisions().addRule(new MergeDecisions.Rule(ConflictKind.MOVE_MOVE,
                ElementType.PROFILE, null, Side.THEIRS)).defaultSide(Side.OURS));
        assertSame(folder(t.ours, "f11"), profile(t.ours, "p3").eContainer());
        assertSame(unit(t.ours, "u10"), unit(t.ours, "u32").eContainer());
    }

    /** Both sides add a Steckbrief PW-9 with the same LeiKa key to Bauen, each with its own id and the given name. */
    private void addPw9OnBothSides(String oursName, String theirsName) {
        folder(t.ours, "f2").getProfiles().add(SmallRegister.profile("ours-9", "PW-9", oursName, "99025002001000",
                unit(t.ours, "u32")));
        folder(t.theirs, "f2").getProfiles().add(SmallRegister.profile("theirs-9", "PW-9", theirsName,
                "99025002001000", unit(t.theirs, "u32")));
    }

    @Test
    void addedTwiceWithTheSameKey() {
        addPw9OnBothSides("Abrissgenehmigung", "Abbruchgenehmigung");
        // the LeiKa reference was added on both sides too, with a different label snapshot
        MergeResult result = expect(
                "ADD_ADD PROFILE PW-9 Abrissgenehmigung: base=null ours=name=Abrissgenehmigung theirs=name=Abbruchgenehmigung",
                "ADD_ADD PROFILE PW-9 Abrissgenehmigung › leika:99025002001000 [catalogueReferences]: base=null ours=label=Abrissgenehmigung theirs=label=Abbruchgenehmigung");
        assertTrue(result.oursChanges().size() > 0);
        t.apply(result, new MergeDecisions().defaultSide(Side.THEIRS));
        ProcessProfile p9 = profile(t.ours, "ours-9");
        assertEquals("Abbruchgenehmigung", p9.getName());
        assertEquals("Abbruchgenehmigung", p9.getCatalogueReferences().get(0).getLabel());
        assertNull(profile(t.ours, "theirs-9"), "matched by key: one Steckbrief, not two");
    }

    @Test
    void addedTwiceIdenticallyIsNoConflict() {
        addPw9OnBothSides("Abbruchgenehmigung", "Abbruchgenehmigung");
        MergeResult result = expect();
        t.apply(result, new MergeDecisions());
        assertEquals(4, Three.profiles(t.ours).size());
    }

    @Test
    void upstreamFeaturesSuggestTheirsAndRulesDecideMany() {
        profile(t.ours, "p1").getLegalBases().get(0).setTitle("Anmeldepflicht");
        profile(t.theirs, "p1").getLegalBases().get(0).setTitle("Meldepflicht bei Einzug");
        profile(t.ours, "p3").getLegalBases().get(0).setTitle("Zulässigkeit im Innenbereich");
        profile(t.theirs, "p3").getLegalBases().get(0).setTitle("Vorhaben im Innenbereich");
        profile(t.ours, "p3").setName("Bauantrag");
        profile(t.theirs, "p3").setName("Baugenehmigungsverfahren");
        MergeResult result = expect(
                "SAME_FIELD PROFILE PW-1 Anmeldung Wohnsitz › BMG § 17 [legalBases.title]: base=Anmeldung ours=Anmeldepflicht theirs=Meldepflicht bei Einzug",
                "SAME_FIELD PROFILE PW-3 Bauantrag [name]: base=Baugenehmigung ours=Bauantrag theirs=Baugenehmigungsverfahren",
                "SAME_FIELD PROFILE PW-3 Bauantrag › BauGB § 34 [legalBases.title]: base=Innenbereich ours=Zulässigkeit im Innenbereich theirs=Vorhaben im Innenbereich");
        assertEquals(Side.THEIRS, result.conflicts().get(0).suggested());
        assertEquals(Ownership.UPSTREAM, result.conflicts().get(0).ownership());
        // "alle Rechtsgrundlagen aus V2.1 übernehmen", the rest stays local; saved and resumed as JSON
        MergeDecisions decisions = new MergeDecisions()
                .addRule(new MergeDecisions.Rule(null, null, "legalBases.title", Side.THEIRS));
        assertEquals(1, result.openConflicts(decisions).size());
        decisions.choose(result.conflicts().get(1).id(), Side.OURS);
        MergeDecisions resumed = MergeDecisions.fromJson(decisions.toJson());
        assertTrue(result.openConflicts(resumed).isEmpty());
        t.apply(result, resumed);
        assertEquals("Meldepflicht bei Einzug", profile(t.ours, "p1").getLegalBases().get(0).getTitle());
        assertEquals("Vorhaben im Innenbereich", profile(t.ours, "p3").getLegalBases().get(0).getTitle());
        assertEquals("Bauantrag", profile(t.ours, "p3").getName());
    }

    @Test
    void badDecisionsJsonIsRejectedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MergeDecisions.fromJson("{\"choices\": {\"x\": \"MAYBE\"}}"));
        assertFalse(e.getMessage().isEmpty());
    }
}
