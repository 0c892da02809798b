package org.prozesswerk.diagram.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;

import java.util.List;
import java.util.Map;

import org.eclipse.glsp.graph.GGraph;
import org.eclipse.glsp.graph.GPoint;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.diagram.DiagramLayout;
import org.prozesswerk.diagram.DiagramSource;
import org.prozesswerk.diagram.DiagramSources;
import org.prozesswerk.diagram.orgchart.OrgChartGModelFactory;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;

import com.google.gson.JsonObject;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Scale: a 2,000-unit org chart (8 departments, 25 offices each, 9 divisions per office) with one Steckbrief per
 * unit. Measures model → GModel → ELK layered layout, and the whole server round trip (requestModel → setModel
 * JSON). Prints the figures (docs/diagrams.md) and leaves the setModel JSON in target/bench for the browser
 * rendering benchmark. The assertion is a generous regression guard, the target is 1 s.
 */
class OrgChartScaleTest {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    @TempDir
    Path directory;

    private DiagramSource source;

    @AfterEach
    void close() {
        if (source != null) {
            DiagramSources.withdraw(source);
        }
    }

    static ProcessRegister large(int departments, int offices, int divisions) {
        ProcessRegister register = F.createProcessRegister();
        register.setId("scale");
        register.setName("Skalierung");
        Folder folder = TestRegisters.folder("f", "Alle");
        register.getRootFolders().add(folder);
        for (int d = 1; d <= departments; d++) {
            OrgUnit department = unit("d" + d, String.valueOf(d), "Dezernat " + d, OrgUnitKind.DEPARTMENT);
            register.getOrganisation().add(department);
            for (int o = 1; o <= offices; o++) {
                OrgUnit office = unit("d" + d + "o" + o, d + "." + o, "Amt " + d + "." + o, OrgUnitKind.OFFICE);
                department.getChildren().add(office);
                for (int v = 1; v <= divisions; v++) {
                    OrgUnit division = unit(office.getId() + "v" + v, d + "." + o + "." + v,
                            "Sachgebiet " + d + "." + o + "." + v, OrgUnitKind.DIVISION);
                    office.getChildren().add(division);
                    var profile = TestRegisters.profile("p-" + division.getId(), null,
                            "Leistung " + division.getShortCode(), null, division);
                    profile.setCaseVolumePerYear(100 * v);
                    profile.setProcessingMinutesPerCase(30);
                    folder.getProfiles().add(profile);
                }
            }
        }
        return register;
    }

    private static OrgUnit unit(String id, String code, String name, OrgUnitKind kind) {
        return TestRegisters.unit(id, name, code, kind);
    }

    @Test
    void twoThousandUnitsAreBuiltAndLaidOutQuickly() throws Exception {
        ProcessRegister register = large(8, 25, 9);
        assertEquals(2008, org.prozesswerk.core.orgchart.OrgChartDerivation.allUnits(register.getOrganisation())
                .size());
        Map<String, GPoint> none = Map.of();
        // Warm-up (JIT, ELK's metadata), then measured runs.
        for (int i = 0; i < 3; i++) {
            GGraph graph = OrgChartGModelFactory.build(register);
            DiagramLayout.layout(graph, OrgChartGModelFactory.LAYOUT, none);
        }
        int runs = 7;
        long[] build = new long[runs];
        long[] layout = new long[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            GGraph graph = OrgChartGModelFactory.build(register);
            long t1 = System.nanoTime();
            DiagramLayout.layout(graph, OrgChartGModelFactory.LAYOUT, none);
            long t2 = System.nanoTime();
            build[i] = t1 - t0;
            layout[i] = t2 - t1;
        }
        double buildMs = median(build) / 1e6;
        double layoutMs = median(layout) / 1e6;

        // The same through the server, as the client gets it: requestModel → setModel JSON.
        Path file = directory.resolve("Skalierung.pwreg");
        RegisterStore.save(register, file);
        var domain = RegisterEditingDomain.create();
        source = DiagramSource.headless(file, domain, RegisterEditingDomain.open(domain, file));
        DiagramSources.publish(source);
        List<Long> roundTrips = new ArrayList<>();
        String setModel = null;
        for (int i = 0; i < 4; i++) {
            try (TestClient client = new TestClient("bench-" + i)) {
                client.start("orgchart");
                JsonObject options = new JsonObject();
                options.addProperty("sourceUri", source.sourceUri());
                options.addProperty("diagramType", "orgchart");
                JsonObject request = new JsonObject();
                request.addProperty("kind", "requestModel");
                request.add("options", options);
                request.addProperty("requestId", "r");
                long t0 = System.nanoTime();
                client.send(request);
                JsonObject action = client.awaitAction("setModel");
                roundTrips.add(System.nanoTime() - t0);
                setModel = action.toString();
            }
        }
        double roundTripMs = median(roundTrips.subList(1, roundTrips.size()).stream().mapToLong(Long::longValue)
                .toArray()) / 1e6;
        Path bench = Path.of("target", "bench");
        Files.createDirectories(bench);
        Files.writeString(bench.resolve("orgchart-2000-setModel.json"), setModel);
        String report = String.format(java.util.Locale.ROOT,
                "orgchart 2008 units: model->GModel %.1f ms, ELK layered %.1f ms, total %.1f ms (median of %d);"
                        + " server round trip requestModel->setModel JSON %.1f ms (%d chars)%n",
                buildMs, layoutMs, buildMs + layoutMs, runs, roundTripMs, setModel.length());
        System.out.print(report);
        Files.writeString(bench.resolve("orgchart-2000.txt"), report);
        assertTrue(buildMs + layoutMs < 5_000, report);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

}
