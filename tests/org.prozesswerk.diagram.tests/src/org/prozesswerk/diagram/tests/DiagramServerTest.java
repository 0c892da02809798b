package org.prozesswerk.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.emf.edit.command.SetCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.orgchart.OrgChartDerivation;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.diagram.DiagramTypes;
import org.prozesswerk.diagram.NotationStore;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.RightsCommandStack;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The GLSP server in OSGi, driven through the JSON-RPC bridge like the browser client: both diagrams of the fixture
 * register, edits as EMF commands with undo, refresh after outside changes, deterministic layout.
 */
class DiagramServerTest {

    @TempDir
    Path directory;

    private final List<TestClient> clients = new ArrayList<>();
    private DiagramSource source;

    @AfterEach
    void close() {
        clients.forEach(TestClient::close);
        if (source != null) {
            DiagramSources.withdraw(source);
        }
    }

    @Test
    void contributesBothDiagramTypes() {
        assertEquals(List.of("orgchart", "landscape"), DiagramTypes.all().stream().map(DiagramTypes.Descriptor::id)
                .toList());
    }

    @Test
    void orgChartShowsUnitsHierarchyAndFigures() throws Exception {
        source = Fixture.open(directory);
        TestClient client = client("orgchart");
        JsonObject root = requestModel(client, "orgchart", Map.of());
        List<JsonObject> units = elements(root, "pw:unit");
        assertEquals(7, units.size(), "one node per org unit");
        assertEquals(5, elements(root, "pw:hierarchy").size(), "one edge per subunit");
        JsonObject bau = byId(root, "u63");
        assertEquals("Bauordnungsamt", bau.getAsJsonObject("args").get("name").getAsString());
        assertEquals(2, bau.getAsJsonObject("args").get("profiles").getAsInt());
        // p1: 400 cases x 240 min = 1600 h, p2: 300 x 60 = 300 h -> 1900 h / 1600 h per FTE
        assertEquals(1.19, bau.getAsJsonObject("args").get("fte").getAsDouble(), 0.001);
        // Layered top down: a unit sits below its parent.
        assertTrue(y(byId(root, "u63")) > y(byId(root, "II")));
        assertTrue(y(byId(root, "u321")) > y(byId(root, "u32")));
    }

    @Test
    void deleteFromTheDiagramIsAnUndoableCommandThatKeepsTheSteckbriefe() throws Exception {
        source = Fixture.open(directory);
        TestClient client = client("orgchart");
        requestModel(client, "orgchart", Map.of());

        client.send(action("deleteElement", "elementIds", array("u32")));
        JsonObject updated = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(5, elements(updated, "pw:unit").size(), "32 and its subunit 321 are gone");
        OrgUnit d2 = unit("II");
        assertEquals(d2, profile("p3").getResponsibleUnit(), "Steckbrief of 32 moves to the unit above");
        assertEquals(d2, profile("p5").getResponsibleUnit(), "and so does the one of its subunit 321");
        assertTrue(source.domain().getCommandStack().canUndo());

        source.domain().getCommandStack().undo();
        JsonObject restored = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(7, elements(restored, "pw:unit").size(), "undo (e.g. from the navigator) reaches the diagram");
        assertEquals(unit("u32"), profile("p3").getResponsibleUnit());
        assertEquals(unit("u321"), profile("p5").getResponsibleUnit());

        client.send(action("deleteElement", "elementIds", array("I")));
        client.awaitAction("updateModel");
        ProcessProfile elterngeld = profile("p4");
        assertNull(elterngeld.getResponsibleUnit(), "no unit above Dezernat I");
        assertTrue(elterngeld.getTags().contains(OrgChartDerivation.REASSIGNMENT_TAG));
        client.send(new JsonObjectBuilder("glspUndo").build());
        client.awaitAction("updateModel");
        assertEquals(unit("u10"), elterngeld.getResponsibleUnit(), "undo from the diagram (GLSP undo action)");
        assertFalse(elterngeld.getTags().contains(OrgChartDerivation.REASSIGNMENT_TAG));
    }

    @Test
    void createRenameAndReparentByDragging() throws Exception {
        source = Fixture.open(directory);
        TestClient client = client("orgchart");
        JsonObject root = requestModel(client, "orgchart", Map.of());

        // Drop a new unit onto Hauptamt: it becomes its subunit.
        JsonObject create = new JsonObjectBuilder("createNode").put("elementTypeId", "pw:unit")
                .put("location", point(x(byId(root, "u10")) + 20, y(byId(root, "u10")) + 20)).build();
        JsonObject args = new JsonObject();
        args.addProperty("id", "u-new");
        create.add("args", args);
        client.send(create);
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(8, elements(root, "pw:unit").size());
        assertEquals(unit("u10"), unit("u-new").eContainer());

        JsonObject rename = new JsonObjectBuilder("applyLabelEdit").put("labelId", "u-new_name")
                .put("text", "Personalamt").build();
        client.send(rename);
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals("Personalamt", unit("u-new").getName());
        assertEquals("Personalamt", byId(root, "u-new").getAsJsonObject("args").get("name").getAsString());

        // Drag Bauordnungsamt onto Kämmerei.
        JsonObject target = byId(root, "u20");
        client.send(changeBounds("u63", x(target) + 10, y(target) + 5));
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(unit("u20"), unit("u63").eContainer(), "re-parented by dropping onto another unit");
        assertTrue(y(byId(root, "u63")) > y(byId(root, "u20")), "and laid out below it");

        source.domain().getCommandStack().undo();
        client.awaitAction("updateModel");
        assertEquals(unit("II"), unit("u63").eContainer());

        // Dragging onto free space keeps the position in the notation, undoably.
        client.send(changeBounds("u10", -400, 900));
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(-400, x(byId(root, "u10")), 0.01);
        assertEquals(900, y(byId(root, "u10")), 0.01);
        assertTrue(NotationStore.shape(source.notation(), "orgchart", "u10").isPresent());
        source.host().save();
        assertTrue(Files.readString(NotationStore.fileFor(source.registerFile())).contains("semanticId=\"u10\""));
        source.domain().getCommandStack().undo();
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertTrue(NotationStore.shape(source.notation(), "orgchart", "u10").isEmpty());
        assertTrue(y(byId(root, "u10")) < 900);
    }

    @Test
    void changesMadeElsewhereReachTheClient() throws Exception {
        source = Fixture.open(directory);
        TestClient client = client("orgchart");
        requestModel(client, "orgchart", Map.of());
        source.domain().getCommandStack().execute(SetCommand.create(source.domain(), unit("u20"),
                ProzesswerkPackage.Literals.ORG_UNIT__NAME, "Finanzverwaltung"));
        JsonObject root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals("Finanzverwaltung", byId(root, "u20").getAsJsonObject("args").get("name").getAsString());
    }

    @Test
    void layoutIsDeterministic() throws Exception {
        source = Fixture.open(directory);
        Map<String, String> first = positions(requestModel(client("orgchart"), "orgchart", Map.of()));
        Map<String, String> second = positions(requestModel(client("orgchart"), "orgchart", Map.of()));
        assertEquals(first, second);
        Map<String, String> landscape1 = positions(requestModel(client("landscape"), "landscape", Map.of()));
        Map<String, String> landscape2 = positions(requestModel(client("landscape"), "landscape", Map.of()));
        assertEquals(landscape1, landscape2);
    }

    @Test
    void landscapeShowsFoldersSteckbriefeAndFlowsWithFilterAndColours() throws Exception {
        source = Fixture.open(directory);
        TestClient client = client("landscape");
        JsonObject root = requestModel(client, "landscape", Map.of());
        assertEquals(4, elements(root, "pw:folder").size(), "3 folders and the unfiled group");
        assertEquals(5, elements(root, "pw:profile").size());
        assertEquals(2, elements(root, "pw:flow").size());
        JsonObject gewerbe = byId(root, "f-gewerbe");
        assertNotNull(gewerbe);
        assertTrue(children(byId(root, "f-bauen")).contains(gewerbe), "sub-themes nest in their themes");
        assertEquals("#ffd54f", byId(root, "p3").getAsJsonObject("args").get("fill").getAsString(), "gold");

        JsonObject options = new JsonObject();
        options.addProperty("colorBy", "degree");
        options.addProperty("unit", "II");
        client.send(new JsonObjectBuilder("pwDiagramOptions").put("options", options).build());
        root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
        assertEquals(4, elements(root, "pw:profile").size(), "only Dezernat II and its subunits");
        assertNull(byId(root, "p4"));
        assertNull(byId(root, "f-familie"), "empty themes are hidden");
        assertEquals(1, elements(root, "pw:flow").size());
        assertEquals("#81c784", byId(root, "p3").getAsJsonObject("args").get("fill").getAsString(), "degree 4");
    }

    @Test
    void diagramEditsPassTheRightsCheckOfTheEditingDomain() throws Exception {
        AtomicReference<String> who = new AtomicReference<>("bea");
        source = Fixture.openWithRights(directory, who::get);
        RightsCommandStack stack = (RightsCommandStack) source.domain().getCommandStack();
        List<Decision> refusals = new CopyOnWriteArrayList<>();
        stack.addRefusalListener(refusals::add);
        TestClient client = client("orgchart");
        requestModel(client, "orgchart", Map.of());

        // A Betrachterin renames a unit in the diagram: refused by the stack, nothing changed, nothing to undo.
        client.send(new JsonObjectBuilder("applyLabelEdit").put("labelId", "u10_name").put("text", "Umbenannt")
                .build());
        awaitRefusals(refusals, 1);
        assertEquals(Decision.Rule.ROLE, refusals.get(0).rule());
        assertEquals("Hauptamt", unit("u10").getName());
        assertFalse(stack.canUndo());

        // A Modellierer who may only read „Gewerbe“ deletes the Ordnungsamt: its Steckbrief p3 (in „Gewerbe“)
        // would move to the unit above, so the whole deletion is refused.
        who.set("mo");
        client.send(action("deleteElement", "elementIds", array("u32")));
        awaitRefusals(refusals, 2);
        assertEquals(Decision.Rule.FOLDER_RIGHT, refusals.get(1).rule());
        assertTrue(refusals.get(1).reason().contains("Gewerbe"), refusals.get(1).reason());
        assertNotNull(unit("u32"), "the unit is still there");
        assertEquals(unit("u32"), profile("p3").getResponsibleUnit());
        assertEquals(unit("u321"), profile("p5").getResponsibleUnit());
        assertFalse(stack.canUndo());

        // What he may write (the organisation) goes through and reaches the diagram.
        client.send(new JsonObjectBuilder("applyLabelEdit").put("labelId", "u10_name").put("text", "Hauptamt neu")
                .build());
        // (a refused command was executed and undone: the diagram may have been updated for it as well)
        String shown = null;
        for (int i = 0; i < 5 && !"Hauptamt neu".equals(shown); i++) {
            JsonObject root = client.awaitAction("updateModel").getAsJsonObject("newRoot");
            shown = byId(root, "u10").getAsJsonObject("args").get("name").getAsString();
        }
        assertEquals("Hauptamt neu", shown);
        assertEquals("Hauptamt neu", unit("u10").getName());
        assertTrue(stack.canUndo());
        assertEquals(2, refusals.size());
    }

    private static void awaitRefusals(List<Decision> refusals, int count) throws InterruptedException {
        long end = System.nanoTime() + 20_000_000_000L;
        while (refusals.size() < count && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        assertEquals(count, refusals.size(), "refusals by the rights stack: " + refusals);
    }

    // --- helpers --------------------------------------------------------------------------------------------

    private TestClient client(String diagramType) throws InterruptedException {
        TestClient client = new TestClient("client-" + clients.size());
        clients.add(client);
        client.start(diagramType);
        return client;
    }

    private JsonObject requestModel(TestClient client, String diagramType, Map<String, String> extra)
            throws InterruptedException {
        JsonObject options = new JsonObject();
        options.addProperty("sourceUri", source.sourceUri());
        options.addProperty("diagramType", diagramType);
        extra.forEach(options::addProperty);
        client.send(new JsonObjectBuilder("requestModel").put("options", options).put("requestId", "r1").build());
        return client.awaitAction("setModel").getAsJsonObject("newRoot");
    }

    private OrgUnit unit(String id) {
        return (OrgUnit) source.register().eResource().getEObject(id);
    }

    private ProcessProfile profile(String id) {
        return (ProcessProfile) source.register().eResource().getEObject(id);
    }

    static List<JsonObject> elements(JsonObject root, String type) {
        List<JsonObject> result = new ArrayList<>();
        collect(root, type, result);
        return result;
    }

    private static void collect(JsonObject element, String type, List<JsonObject> into) {
        if (type.equals(element.get("type").getAsString())) {
            into.add(element);
        }
        for (JsonObject child : children(element)) {
            collect(child, type, into);
        }
    }

    static List<JsonObject> children(JsonObject element) {
        List<JsonObject> result = new ArrayList<>();
        if (element != null && element.has("children")) {
            for (JsonElement child : element.getAsJsonArray("children")) {
                result.add(child.getAsJsonObject());
            }
        }
        return result;
    }

    static JsonObject byId(JsonObject element, String id) {
        if (id.equals(element.get("id").getAsString())) {
            return element;
        }
        for (JsonObject child : children(element)) {
            JsonObject found = byId(child, id);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static double x(JsonObject node) {
        return node.getAsJsonObject("position").get("x").getAsDouble();
    }

    private static double y(JsonObject node) {
        return node.getAsJsonObject("position").get("y").getAsDouble();
    }

    private static Map<String, String> positions(JsonObject root) {
        Map<String, String> result = new HashMap<>();
        for (String type : List.of("pw:unit", "pw:folder", "pw:profile")) {
            for (JsonObject node : elements(root, type)) {
                result.put(node.get("id").getAsString(), node.get("position").toString() + node.get("size"));
            }
        }
        for (String type : List.of("pw:hierarchy")) {
            for (JsonObject edge : elements(root, type)) {
                result.put(edge.get("id").getAsString(), String.valueOf(edge.get("routingPoints")));
            }
        }
        assertFalse(result.isEmpty());
        return result;
    }

    private static JsonObject point(double x, double y) {
        JsonObject point = new JsonObject();
        point.addProperty("x", x);
        point.addProperty("y", y);
        return point;
    }

    private static JsonArray array(String... values) {
        JsonArray array = new JsonArray();
        for (String value : values) {
            array.add(value);
        }
        return array;
    }

    private static JsonObject action(String kind, String key, JsonElement value) {
        return new JsonObjectBuilder(kind).put(key, value).build();
    }

    private static JsonObject changeBounds(String id, double x, double y) {
        JsonObject bounds = new JsonObject();
        bounds.addProperty("elementId", id);
        bounds.add("newPosition", point(x, y));
        JsonObject size = new JsonObject();
        size.addProperty("width", 200);
        size.addProperty("height", 74);
        bounds.add("newSize", size);
        JsonArray all = new JsonArray();
        all.add(bounds);
        return new JsonObjectBuilder("changeBounds").put("newBounds", all).build();
    }

    /** An action: {@code kind} plus properties (operations carry {@code isOperation}). */
    static final class JsonObjectBuilder {
        private final JsonObject object = new JsonObject();

        JsonObjectBuilder(String kind) {
            object.addProperty("kind", kind);
            if (!kind.equals("requestModel") && !kind.startsWith("pw") && !kind.startsWith("glsp")) {
                object.addProperty("isOperation", true);
            }
        }

        JsonObjectBuilder put(String key, JsonElement value) {
            object.add(key, value);
            return this;
        }

        JsonObjectBuilder put(String key, String value) {
            object.addProperty(key, value);
            return this;
        }

        JsonObject build() {
            return object;
        }
    }
}
