package org.prozesswerk.exchange.json.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.json.JsonExporter;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The documented JSON shape (docs/exchange.md): keys, order, values, determinism. */
class JsonExporterTest {

    private static String export(Map<String, String> options) throws Exception {
        return export(ExchangeFixtures.rich(), options);
    }

    private static String export(ProcessRegister register, Map<String, String> options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExporter().export(ExportRequest.of(register, null, options), out, new NullProgressMonitor());
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The method profile's parts of a definition (help text, folder and process-type scope) are not dropped. */
    @Test
    void attributeDefinitionsKeepTheMethodProfilesScope() throws Exception {
        ProcessRegister register = ExchangeFixtures.rich();
        AttributeDefinition scoped = register.getAttributeDefinitions().get(0);
        Folder folder = register.getRootFolders().get(0);
        scoped.setHelpText("Wie dringend der Fall ist; „hoch“ nur mit Frist.");
        scoped.getFolders().add(folder);
        scoped.getProcessTypes().add(ProcessType.SUPPORT);
        scoped.getProcessTypes().add(ProcessType.MANAGEMENT);

        JsonArray definitions = JsonParser.parseString(export(register, Map.of())).getAsJsonObject()
                .getAsJsonObject("register").getAsJsonArray("attributeDefinitions");
        JsonObject first = definitions.get(0).getAsJsonObject();
        assertEquals(List.of("id", "labelDe", "labelEn", "type", "allowedValues", "required", "helpText", "folders",
                "processTypes"), List.copyOf(first.keySet()));
        assertEquals("Wie dringend der Fall ist; „hoch“ nur mit Frist.", first.get("helpText").getAsString());
        assertEquals(List.of(folder.getId()), first.getAsJsonArray("folders").asList().stream()
                .map(e -> e.getAsString()).toList());
        assertEquals(List.of("SUPPORT", "MANAGEMENT"), first.getAsJsonArray("processTypes").asList().stream()
                .map(e -> e.getAsString()).toList());
        for (int i = 1; i < definitions.size(); i++) {
            JsonObject unscoped = definitions.get(i).getAsJsonObject();
            assertEquals(0, unscoped.getAsJsonArray("folders").size(), "no scope: every folder");
            assertEquals(0, unscoped.getAsJsonArray("processTypes").size(), "no scope: every process type");
        }
    }

    @Test
    void documentedShapeInFixedKeyOrder() throws Exception {
        String json = export(Map.of());
        JsonObject root = JsonParser.parseString(json).getAsJsonObject();
        assertEquals(List.of("format", "formatVersion", "scope", "register", "steckbriefe"), List.copyOf(root.keySet()));
        assertEquals("prozesswerk-register", root.get("format").getAsString());
        assertEquals(1, root.get("formatVersion").getAsInt());
        JsonObject register = root.getAsJsonObject("register");
        assertEquals(List.of("id", "name", "version", "publisher", "basedOn", "created", "modified", "usedCatalogues",
                "attributeDefinitions", "organisation", "folders"), List.copyOf(register.keySet()));
        assertEquals("Stadt Süd <Hauptamt> & \"IT\"", register.get("publisher").getAsString());
        assertEquals("2024-01-15T08:30:00.123Z", register.get("created").getAsString());
        JsonObject office = register.getAsJsonArray("organisation").get(0).getAsJsonObject()
                .getAsJsonArray("children").get(0).getAsJsonObject();
        assertEquals("Ordnungsamt", office.get("name").getAsString());
        assertEquals("OFFICE", office.get("kind").getAsString());

        JsonArray steckbriefe = root.getAsJsonArray("steckbriefe");
        assertEquals(4, steckbriefe.size());
        JsonObject first = steckbriefe.get(1).getAsJsonObject();
        assertEquals(List.of("id", "key", "name", "shortDescription", "description", "processType", "trigger",
                "result", "folderId", "folderPath", "responsibleUnitId", "participations", "processOwner",
                "caseVolumePerYear", "processingMinutesPerCase", "leadTimeDays", "digitalisationDegree", "status",
                "statusCode", "statusHistory", "validFrom", "validTo", "tags", "catalogueReferences", "legalBases",
                "contexts", "modelReferences", "predecessors", "successors", "attributeValues"),
                List.copyOf(first.keySet()));
        assertEquals("Zeile 1\nZeile 2 mit <Tag> & \"Zitat\" | Strich \\ Backslash\tTab",
                first.get("description").getAsString());
        assertEquals("ou-32-1", first.get("responsibleUnitId").getAsString());
        assertEquals("METHODICALLY_RELEASED", first.get("status").getAsString());
        assertEquals(4, first.get("statusCode").getAsInt());
        assertEquals(17.5, first.get("processingMinutesPerCase").getAsDouble());
        assertEquals(1200, first.get("caseVolumePerYear").getAsInt());
        assertEquals("Öffentliche Ordnung / Gewerbe", first.get("folderPath").getAsString());
        assertEquals(3, first.getAsJsonArray("tags").size(), "tags keep duplicates and order");
        assertEquals("§ 14", first.getAsJsonArray("legalBases").get(0).getAsJsonObject().get("paragraph").getAsString());
        assertEquals(2, first.getAsJsonArray("successors").size());
        assertTrue(steckbriefe.get(3).getAsJsonObject().get("description").isJsonNull(),
                "unset strings are null, the key is still there");
        assertEquals(List.of("0b7c6f1e-0000-4000-8000-000000000001", "0b7c6f1e-0000-4000-8000-000000000002"),
                steckbriefe.get(0).getAsJsonObject().getAsJsonArray("predecessors").asList().stream()
                        .map(e -> e.getAsString()).toList());
    }

    @Test
    void deterministicAndCompactOnRequest() throws Exception {
        assertArrayEquals(export(Map.of()).getBytes(StandardCharsets.UTF_8),
                export(Map.of()).getBytes(StandardCharsets.UTF_8));
        String compact = export(Map.of("indent", "false"));
        assertEquals(1, compact.strip().lines().count(), "one line");
        assertEquals(JsonParser.parseString(export(Map.of())), JsonParser.parseString(compact));
    }
}
