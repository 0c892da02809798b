package org.prozesswerk.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.prozesswerk.merge.tests.Three.folder;
import static org.prozesswerk.merge.tests.Three.profile;
import static org.prozesswerk.merge.tests.Three.unit;

import java.util.List;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.MatchKind;
import org.prozesswerk.merge.RegisterCompare;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * The two-way compare with the exact expected difference list (the oracle): the differences a process manager
 * thinks in, and the fall-back to business keys where ids differ, each difference saying which match was used.
 * Labels and paths are those of the newer register.
 */
class RegisterCompareTest {

    private final ProcessRegister older = SmallRegister.create();

    RegisterCompareTest() {
        profile(older, "p3").getTags().addAll(List.of("bau", "genehmigung"));
    }

    private static List<String> compare(ProcessRegister a, ProcessRegister b) {
        return RegisterCompare.compare(a, b).stream().map(Difference::toString).toList();
    }

    @Test
    void equalRegistersHaveNoDifference() {
        assertEquals(List.of(), compare(older, EcoreUtil.copy(older)));
    }

    @Test
    void everyKindOfDifferenceAtTheLevelOfAProcessManager() {
        ProcessRegister newer = EcoreUtil.copy(older);
        profile(newer, "p3").setName("Baugenehmigung beantragen"); // field changed
        folder(newer, "f2").getProfiles().add(profile(newer, "p1")); // moved to another folder
        ProcessProfile p2 = profile(newer, "p2");
        p2.getPredecessors().clear();
        EcoreUtil.remove(p2); // deleted
        folder(newer, "f2").getProfiles()
                .add(SmallRegister.profile("p4", "PW-4", "Abriss", "99025002001000", unit(newer, "u32"))); // added
        profile(newer, "p3").getLegalBases().remove(0); // reference removed
        profile(newer, "p3").getLegalBases().add(SmallRegister.legal("BauO NRW", "§ 60", "Genehmigungspflicht"));
        profile(newer, "p1").getLegalBases().get(0).setTitle("Anmeldepflicht"); // value object matched by content
        unit(newer, "u32").getChildren().add(unit(newer, "u101")); // org unit re-parented
        folder(newer, "f11").setName("Melde- und Passwesen"); // folder renamed
        folder(newer, "f1").getFolders().add(folder(newer, "f2")); // folder moved
        profile(newer, "p3").getTags().move(0, 1); // order of a list whose order means something
        profile(newer, "p3").getPredecessors().add(profile(newer, "p1")); // reference added
        assertEquals(List.of(
                "MOVED ORG_UNIT 10.1 Organisation [container]: 10 Hauptamt → 32 Ordnungsamt",
                "CHANGED FOLDER /Bürgerdienste/Melde- und Passwesen [name]: Meldewesen → Melde- und Passwesen",
                "MOVED PROFILE PW-1 Anmeldung Wohnsitz [container]: /Bürgerdienste/Melde- und Passwesen → /Bürgerdienste/Bauen",
                "CHANGED PROFILE PW-1 Anmeldung Wohnsitz [legalBases[BMG § 17].title]: Anmeldung → Anmeldepflicht",
                "DELETED PROFILE PW-2 Abmeldung Wohnsitz",
                "MOVED FOLDER /Bürgerdienste/Bauen [container]: (rootFolders) → /Bürgerdienste",
                "CHANGED PROFILE PW-3 Baugenehmigung beantragen [name]: Baugenehmigung → Baugenehmigung beantragen",
                "ORDER_CHANGED PROFILE PW-3 Baugenehmigung beantragen [tags]: [bau, genehmigung] → [genehmigung, bau]",
                "REFERENCE_ADDED PROFILE PW-3 Baugenehmigung beantragen [predecessors]: null → PW-1 Anmeldung Wohnsitz",
                "REFERENCE_REMOVED PROFILE PW-3 Baugenehmigung beantragen [legalBases]: BauGB § 34 → null",
                "REFERENCE_ADDED PROFILE PW-3 Baugenehmigung beantragen [legalBases]: null → BauO NRW § 60",
                "ADDED PROFILE PW-4 Abriss"), compare(older, newer));
    }

    @Test
    void theOrderOfSteckbriefeInAFolderIsNoDifference() {
        ProcessRegister newer = EcoreUtil.copy(older);
        folder(newer, "f11").getProfiles().move(0, 1);
        assertEquals(List.of(), compare(older, newer));
    }

    @Test
    void aRegisterDerivedAnewIsMatchedByBusinessKeys() {
        ProcessRegister anew = EcoreUtil.copy(older);
        profile(anew, "p1").setId("x1"); // Steckbrief key
        ProcessProfile p2 = profile(anew, "p2");
        p2.setId("x2");
        p2.setKey(null); // no key: the LeiKa key of the first LeiKa reference
        profile(anew, "p3").setId("x3");
        profile(anew, "x3").setName("Baugenehmigung (neu)");
        unit(anew, "u32").setId("y32"); // org unit code
        folder(anew, "f11").setId("z11"); // folder path
        List<Difference> differences = RegisterCompare.compare(older, anew);
        assertEquals(List.of(
                "CHANGED ORG_UNIT 32 Ordnungsamt [id]: u32 → y32 (matched by ORG_UNIT_CODE)",
                "CHANGED FOLDER /Bürgerdienste/Meldewesen [id]: f11 → z11 (matched by FOLDER_PATH)",
                "CHANGED PROFILE PW-1 Anmeldung Wohnsitz [id]: p1 → x1 (matched by STECKBRIEF_KEY)",
                "CHANGED PROFILE  Abmeldung Wohnsitz [key]: PW-2 → null (matched by LEIKA_KEY)",
                "CHANGED PROFILE  Abmeldung Wohnsitz [id]: p2 → x2 (matched by LEIKA_KEY)",
                "CHANGED PROFILE PW-3 Baugenehmigung (neu) [name]: Baugenehmigung → Baugenehmigung (neu) (matched by STECKBRIEF_KEY)",
                "CHANGED PROFILE PW-3 Baugenehmigung (neu) [id]: p3 → x3 (matched by STECKBRIEF_KEY)"),
                differences.stream().map(Difference::toString).toList());
        // the identity of a difference is the element's id in the older register
        assertEquals(List.of("u32", "f11", "p1", "p2", "p2", "p3", "p3"),
                differences.stream().map(Difference::elementId).toList());
        assertEquals(MatchKind.LEIKA_KEY, differences.get(3).match());
    }

    @Test
    void anAmbiguousBusinessKeyIsNotUsedTheNextKeyIs() {
        ProcessRegister anew = EcoreUtil.copy(older);
        profile(anew, "p1").setId("x1");
        profile(anew, "p2").setId("x2");
        profile(anew, "x2").setKey("PW-1"); // PW-1 twice in the newer register: not a key to match by
        assertEquals(List.of(
                "CHANGED PROFILE PW-1 Anmeldung Wohnsitz [id]: p1 → x1 (matched by LEIKA_KEY)",
                "CHANGED PROFILE PW-1 Abmeldung Wohnsitz [key]: PW-2 → PW-1 (matched by LEIKA_KEY)",
                "CHANGED PROFILE PW-1 Abmeldung Wohnsitz [id]: p2 → x2 (matched by LEIKA_KEY)"), compare(older, anew));
        // without LeiKa references no key is left: deleted and added, never a guess
        profile(anew, "x1").getCatalogueReferences().clear();
        profile(anew, "x2").getCatalogueReferences().clear();
        assertEquals(List.of(
                "DELETED PROFILE PW-1 Anmeldung Wohnsitz",
                "DELETED PROFILE PW-2 Abmeldung Wohnsitz",
                "ADDED PROFILE PW-1 Anmeldung Wohnsitz",
                "ADDED PROFILE PW-1 Abmeldung Wohnsitz"), compare(older, anew));
    }
}
