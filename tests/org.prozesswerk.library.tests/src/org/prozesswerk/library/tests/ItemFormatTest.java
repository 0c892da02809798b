/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.prozesswerk.library.FieldMerger;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.ItemMerger;
import org.prozesswerk.library.LibraryFormatException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.LibraryLayout;
import org.prozesswerk.library.ModelMapping;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

/** item.json: deterministic, one line per field, strict reading with file and line in every message. */
class ItemFormatTest {

    private static LibraryItem sample() throws Exception {
        ProcessRegister r = Fixtures.register("Stadt Aachen", "AC", 2, null);
        ProcessProfile p = r.getUnfiledProfiles().get(0);
        ModelMapping.setProvenance(r, p, ModelMapping.SOURCE_ITEM, "should-not-travel");
        var a = ProzesswerkFactory.eINSTANCE.createAttributeValue();
        a.setDefinition(ModelMapping.definition(r, "gebuehr", "Gebühr", "Fee", "TEXT", List.of()));
        a.setValue("26 €");
        p.getAttributeValues().add(a);
        p.getPredecessors().add(r.getUnfiledProfiles().get(1));
        return new LibraryItem("stadt-aachen.ac-1", "Stadt Aachen", 3, "CC-BY-4.0",
                ModelMapping.toSteckbrief(p, new LinkedHashMap<>()));
    }

    @Test
    void roundTripIsExactAndDeterministic() throws Exception {
        LibraryItem item = sample();
        String text = ItemCodec.write(item);
        LibraryItem back = ItemCodec.read("items/x/item.json", text);
        assertEquals(item, back);
        assertEquals(text, ItemCodec.write(back), "same item, same bytes");
        assertTrue(text.endsWith("}\n"));
        assertTrue(text.contains("\"description\": \"Zeile eins\\nZeile zwei \\\"zitiert\\\" und ein Umlaut: ä\""),
                text);
    }

    /**
     * The method profile's parts of an attribute travel (required, help text, process-type scope) and a receiving
     * register that lacks the definition gets them; one that has it keeps its own. An item without them is written as
     * before, byte for byte (sample()).
     */
    @Test
    void methodProfileScopeOfAnAttributeTravels() throws Exception {
        ProcessRegister r = Fixtures.register("Stadt Aachen", "AC", 1, null);
        ProcessProfile p = r.getUnfiledProfiles().get(0);
        var d = ModelMapping.definition(r, "frist", "Frist", "Deadline", "TEXT", List.of());
        d.setRequired(true);
        d.setHelpText("Gesetzliche Frist in Tagen.");
        d.getProcessTypes().add(ProcessType.CORE);
        d.getFolders().add(ProzesswerkFactory.eINSTANCE.createFolder()); // register-local: not carried
        var a = ProzesswerkFactory.eINSTANCE.createAttributeValue();
        a.setDefinition(d);
        a.setValue("14");
        p.getAttributeValues().add(a);
        LibraryItem item = new LibraryItem("stadt-aachen.ac-1", "Stadt Aachen", 1, "CC-BY-4.0",
                ModelMapping.toSteckbrief(p, new LinkedHashMap<>()));

        String text = ItemCodec.write(item);
        assertTrue(text.contains("\"required\": true"), text);
        assertTrue(text.contains("\"helpText\": \"Gesetzliche Frist in Tagen.\""), text);
        assertTrue(text.contains("\"processTypes\": ["), text);
        LibraryItem back = ItemCodec.read("items/x/item.json", text);
        assertEquals(item, back);
        assertEquals(new LibraryItem.Attribute("frist", "Frist", "Deadline", "TEXT", List.of(), "14", true,
                "Gesetzliche Frist in Tagen.", List.of("CORE")), back.steckbrief().attributes().get(0));
        assertTrue(!ItemCodec.write(sample()).contains("\"required\""), "unset parts are not written");

        ProcessRegister target = Fixtures.register("Stadt Köln", "K", 1, null);
        ProcessProfile received = target.getUnfiledProfiles().get(0);
        ModelMapping.apply(back.steckbrief(), received, target, path -> path);
        var created = target.getAttributeDefinitions().stream().filter(x -> "frist".equals(x.getId())).findFirst()
                .orElseThrow();
        assertTrue(created.isRequired());
        assertEquals("Gesetzliche Frist in Tagen.", created.getHelpText());
        assertEquals(List.of(ProcessType.CORE), created.getProcessTypes());
        assertTrue(created.getFolders().isEmpty(), "folders are the publishing register's own");

        ProcessRegister own = Fixtures.register("Stadt Bonn", "BN", 1, null);
        var mine = ModelMapping.definition(own, "frist", "Frist", "Deadline", "TEXT", List.of());
        mine.setHelpText("Unsere Erläuterung.");
        ModelMapping.apply(back.steckbrief(), own.getUnfiledProfiles().get(0), own, path -> path);
        assertEquals("Unsere Erläuterung.", mine.getHelpText(), "an existing definition keeps its configuration");
        assertTrue(!mine.isRequired());
        assertTrue(mine.getProcessTypes().isEmpty());
    }

    @Test
    void localMattersAndProvenanceDoNotTravel() throws Exception {
        String text = ItemCodec.write(sample());
        for (String local : List.of("Ordnungsamt", "Frau Lokal", "1201", "should-not-travel", "library.item")) {
            assertTrue(!text.contains(local), local + " travelled:\n" + text);
        }
        assertTrue(text.contains("\"gebuehr\""), text);
        assertTrue(text.contains("\"AC-2\""), "predecessor key travels:\n" + text);
    }

    @Test
    void oneFieldChangeChangesOneLine() throws Exception {
        LibraryItem item = sample();
        var s = item.steckbrief();
        LibraryItem changed = new LibraryItem(item.id(), item.publisher(), item.version(), item.licence(),
                new LibraryItem.Steckbrief(s.key(), s.name(), s.shortDescription(), s.description(), s.processType(),
                        "Neuer Auslöser", s.result(), s.fimStatus(), s.validFrom(), s.validTo(), s.tags(),
                        s.catalogueReferences(), s.legalBases(), s.contexts(), s.models(), s.attributes(),
                        s.predecessors(), s.successors()));
        List<String> a = ItemCodec.write(item).lines().toList();
        List<String> b = ItemCodec.write(changed).lines().toList();
        assertEquals(a.size(), b.size());
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                differing.add(i);
            }
        }
        assertEquals(1, differing.size(), "lines differing: " + differing);
        assertEquals("    \"trigger\": \"Neuer Auslöser\",", b.get(differing.get(0)));
    }

    @Test
    void brokenJsonNamesFileLineAndColumn() throws Exception {
        String text = ItemCodec.write(sample());
        String broken = text.replace("\"trigger\": \"Antrag\",", "\"trigger\": \"Antrag\"");
        LibraryFormatException e = assertThrows(LibraryFormatException.class,
                () -> ItemCodec.read("items/x/item.json", broken));
        int line = text.lines().toList().indexOf("    \"trigger\": \"Antrag\",") + 2; // error at the next field
        assertTrue(e.getMessage().startsWith("items/x/item.json:" + line + ":"), e.getMessage());
        assertEquals(line, e.line());
    }

    @Test
    void unknownFieldWrongEnumAndMissingNameAreErrorsWithLine() throws Exception {
        String text = ItemCodec.write(sample());
        LibraryFormatException unknown = assertThrows(LibraryFormatException.class,
                () -> ItemCodec.read("f", text.replace("\"trigger\":", "\"triger\":")));
        assertTrue(unknown.getMessage().contains("unknown field \"triger\""), unknown.getMessage());
        assertTrue(unknown.line() > 1, unknown.getMessage());
        LibraryFormatException status = assertThrows(LibraryFormatException.class,
                () -> ItemCodec.read("f", text.replace("METHODICALLY_RELEASED", "FERTIG")));
        assertTrue(status.getMessage().contains("\"FERTIG\" is not one of"), status.getMessage());
        LibraryFormatException noName = assertThrows(LibraryFormatException.class,
                () -> ItemCodec.read("f", text.replaceAll("\"name\": \"[^\"]*\",\n", "")));
        assertTrue(noName.getMessage().contains("steckbrief.name"), noName.getMessage());
        LibraryFormatException escape = assertThrows(LibraryFormatException.class,
                () -> ItemCodec.read("f", text.replace("\"tags\": [",
                        "\"models\": [{\"path\": \"../../x.bpmn\"}],\n    \"tags\": [")));
        assertTrue(escape.getMessage().contains("relative path") || escape.getMessage().contains("model path"),
                escape.getMessage());
    }

    @Test
    void itemIdsAreSafeFolderNames() {
        assertEquals("stadt-musterstadt-ost.pw-000001", LibraryLayout.newItemId("Stadt Musterstadt (Ost)", "PW-000001"));
        assertEquals("gemeinde-oeschloss.x", LibraryLayout.newItemId("Gemeinde Öschloß", "x"));
        assertTrue(!LibraryLayout.isValidItemId("../etc"));
        assertTrue(!LibraryLayout.isSafeRelativePath("models/../../x"));
    }

    @Test
    void fieldMergeTakesBothSidesAndNamesRealConflicts() throws Exception {
        LibraryItem base = sample();
        var s = base.steckbrief();
        LibraryItem ours = new LibraryItem(base.id(), base.publisher(), 4, base.licence(), new LibraryItem.Steckbrief(
                s.key(), s.name(), s.shortDescription(), s.description(), s.processType(), "Auslöser A",
                s.result(), s.fimStatus(), s.validFrom(), s.validTo(), s.tags(), s.catalogueReferences(),
                s.legalBases(), s.contexts(), s.models(), s.attributes(), s.predecessors(), s.successors()));
        LibraryItem theirs = new LibraryItem(base.id(), base.publisher(), 4, base.licence(), new LibraryItem.Steckbrief(
                s.key(), s.name(), s.shortDescription(), s.description(), s.processType(), s.trigger(),
                "Ergebnis B", s.fimStatus(), s.validFrom(), s.validTo(), List.of("Gewerbe", "Neu"),
                s.catalogueReferences(), s.legalBases(), s.contexts(), s.models(), s.attributes(), s.predecessors(),
                s.successors()));
        ItemMerger.Result clean = new FieldMerger().merge(base, ours, theirs);
        assertTrue(clean.clean(), clean.conflicts().toString());
        assertEquals("Auslöser A", clean.merged().steckbrief().trigger());
        assertEquals("Ergebnis B", clean.merged().steckbrief().result());
        assertEquals(List.of("Gewerbe", "Neu"), clean.merged().steckbrief().tags());
        assertEquals(5, clean.merged().version());
        LibraryItem theirsConflict = new LibraryItem(base.id(), base.publisher(), 4, base.licence(),
                new LibraryItem.Steckbrief(s.key(), s.name(), s.shortDescription(), s.description(), s.processType(),
                        "Auslöser B", s.result(), s.fimStatus(), s.validFrom(), s.validTo(), s.tags(),
                        s.catalogueReferences(), s.legalBases(), s.contexts(), s.models(), s.attributes(),
                        s.predecessors(), s.successors()));
        ItemMerger.Result conflict = new FieldMerger().merge(base, ours, theirsConflict);
        assertEquals(List.of("trigger"), conflict.conflicts());
        assertEquals("Auslöser A", conflict.merged().steckbrief().trigger(), "ours kept");
    }

    @Test
    void applyingAnItemKeepsLocalMatters() throws Exception {
        ProcessRegister r = Fixtures.register("Stadt Aachen", "AC", 1, null);
        ProcessProfile p = r.getUnfiledProfiles().get(0);
        Map<String, String> models = new LinkedHashMap<>();
        LibraryItem.Steckbrief s = ModelMapping.toSteckbrief(p, models);
        ProcessRegister other = Fixtures.register("Stadt Bonn", "BN", 1, null);
        ProcessProfile target = other.getUnfiledProfiles().get(0);
        var unit = target.getResponsibleUnit();
        List<String> unresolved = ModelMapping.apply(s, target, other, path -> path);
        assertTrue(unresolved.isEmpty());
        assertEquals("AC-1", target.getKey());
        assertEquals(unit, target.getResponsibleUnit());
        assertEquals(1201, target.getCaseVolumePerYear());
        assertEquals(s, ModelMapping.toSteckbrief(target, new LinkedHashMap<>()));
        assertNull(ModelMapping.provenance(target, ModelMapping.SOURCE_ITEM));
        assertNotEquals(p.getId(), target.getId());
    }

    @Test
    void mergeEngineKeepsLegalBasesAddedOnBothSides() throws Exception {
        LibraryItem base = sample();
        var s = base.steckbrief();
        List<LibraryItem.Legal> oursLaws = new ArrayList<>(s.legalBases());
        oursLaws.add(new LibraryItem.Legal("GewO", "§ 15", null, null, null));
        List<LibraryItem.Legal> theirsLaws = new ArrayList<>(s.legalBases());
        theirsLaws.add(new LibraryItem.Legal("BGB", "§ 1", null, null, null));
        LibraryItem ours = new LibraryItem(base.id(), base.publisher(), 4, base.licence(), new LibraryItem.Steckbrief(
                s.key(), s.name(), s.shortDescription(), s.description(), s.processType(), "Auslöser A",
                s.result(), s.fimStatus(), s.validFrom(), s.validTo(), s.tags(), s.catalogueReferences(),
                oursLaws, s.contexts(), s.models(), s.attributes(), s.predecessors(), s.successors()));
        LibraryItem theirs = new LibraryItem(base.id(), base.publisher(), 4, base.licence(), new LibraryItem.Steckbrief(
                s.key(), s.name(), s.shortDescription(), s.description(), s.processType(), s.trigger(),
                "Ergebnis B", s.fimStatus(), s.validFrom(), s.validTo(), s.tags(), s.catalogueReferences(),
                theirsLaws, s.contexts(), s.models(), s.attributes(), s.predecessors(), s.successors()));
        assertEquals(List.of("legalBases"), new FieldMerger().merge(base, ours, theirs).conflicts(),
                "field-wise this is a conflict");
        ItemMerger.Result r = new org.prozesswerk.library.EngineItemMerger().merge(base, ours, theirs);
        assertTrue(r.clean(), r.conflicts().toString());
        LibraryItem.Steckbrief m = r.merged().steckbrief();
        assertEquals("Auslöser A", m.trigger());
        assertEquals("Ergebnis B", m.result());
        assertEquals(3, m.legalBases().size(), m.legalBases().toString());
        assertEquals(s.predecessors(), m.predecessors());
        assertEquals(5, r.merged().version());
    }
}
