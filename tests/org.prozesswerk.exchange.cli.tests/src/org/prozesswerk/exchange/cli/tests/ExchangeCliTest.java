package org.prozesswerk.exchange.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.tests.support.InProcessCli;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeRegistry;
import org.prozesswerk.exchange.ExporterDescriptor;
import org.prozesswerk.exchange.ImporterDescriptor;
import org.prozesswerk.exchange.Scope;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.model.ProcessRegister;

/** {@code prozesswerk export} and {@code import} in-process, with the contributed formats. */
class ExchangeCliTest {

    @TempDir
    Path folder;

    private final InProcessCli cli = new InProcessCli();

    @Test
    void registryListsTheContributions() {
        assertEquals(List.of("csv", "html", "json", "pdf", "xlsx", "xprozess"), ExchangeRegistry.getDefault()
                .exporters().stream().map(ExporterDescriptor::id).sorted().toList());
        assertEquals(List.of("csv", "xlsx", "xprozess"), ExchangeRegistry.getDefault().importers().stream()
                .map(ImporterDescriptor::id).sorted().toList());
        ExporterDescriptor csv = ExchangeRegistry.getDefault().exporter("csv").orElseThrow();
        assertEquals("csv", csv.fileExtension());
        assertTrue(csv.supports(Scope.PROFILE));
        assertEquals(List.of(";", ",", "tab"), csv.option("separator").choices());
        assertEquals("Excel-Arbeitsmappe (XLSX)", ExchangeRegistry.getDefault().exporter("xlsx").orElseThrow().label(),
                "labels are translated");
    }

    @Test
    void exportEveryFormat() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        for (String format : List.of("csv", "xlsx", "json", "html", "pdf", "xprozess")) {
            Path target = folder.resolve("out." + format);
            assertEquals(ExitCodes.OK, cli.run("export", register.toString(), "--format", format, "--out",
                    target.toString()), format + ": " + cli.err());
            assertTrue(Files.size(target) > 500, format);
            assertTrue(cli.out().contains("4 Steckbriefe"), cli.out());
        }
        assertTrue(Files.readString(folder.resolve("out.json"), StandardCharsets.UTF_8)
                .contains("\"format\": \"prozesswerk-register\""));
    }

    @Test
    void exportOptionsAndOneProfile() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        Path target = folder.resolve("one.csv");
        assertEquals(ExitCodes.OK, cli.run("export", register.toString(), "--format", "csv", "--out", target.toString(),
                "--profile", "PW-000002", "--option", "separator=,", "--option", "bom=false"), cli.err());
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).startsWith("ID,Schlüssel,Name"), lines.get(0));
        assertEquals(2, lines.size(), "header and the one Steckbrief");
        assertTrue(lines.get(1).contains("Gewerbeabmeldung bearbeiten"));
    }

    @Test
    void badCallsExitTwo() throws Exception {
        Path register = ExchangeFixtures.richFile(folder);
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("export", register.toString(), "--format", "docx", "--out", "x"));
        assertTrue(cli.err().contains("docx") && cli.err().contains("xlsx"), cli.err());
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("export", register.toString(), "--format", "csv", "--out",
                folder.resolve("x.csv").toString(), "--option", "separator=|"));
        assertTrue(cli.err().contains("separator"), cli.err());
        assertEquals(ExitCodes.INPUT_ERROR,
                cli.run("export", folder.resolve("missing.pwreg").toString(), "--format", "csv", "--out", "x.csv"));
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", folder.resolve("missing.xml").toString(), "--format",
                "xprozess", "--out", folder.resolve("r.pwreg").toString()));
        Path broken = folder.resolve("broken.xml");
        Files.writeString(broken, "<?xml version=\"1.0\"?>\n<!DOCTYPE x SYSTEM \"http://example.org/x.dtd\"><x/>");
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", broken.toString(), "--format", "xprozess", "--out",
                folder.resolve("r.pwreg").toString()));
        assertTrue(cli.err().contains("broken.xml:2"), "FILE:LINE: " + cli.err());
    }

    @Test
    void importXProzessPrintsTheReport() throws Exception {
        Path message = ExchangeFixtures.realXProzessMessage(folder);
        Path register = folder.resolve("fim.pwreg");
        assertEquals(ExitCodes.OK, cli.run("import", message.toString(), "--format", "xprozess", "--out",
                register.toString()), cli.err());
        String report = cli.out();
        assertTrue(report.contains("1 Steckbriefe"), report);
        assertTrue(report.contains("Arbeitgeber"), report);
        assertTrue(report.contains("aktivitaetengruppe"), report);
        ProcessRegister loaded = RegisterStore.load(register);
        assertEquals(ExchangeFixtures.REAL_NAME, Steckbriefe.all(loaded).get(0).getName());
        assertTrue(Files.isRegularFile(folder.resolve("modelle/99006028261000.bpmn")));
    }

    @Test
    void importCsvWithMappingExitsOneOnRejectedRows() throws Exception {
        Path list = folder.resolve("liste.csv");
        Files.writeString(list, "Prozess;Stelle\nFundsache annehmen;Bürgerbüro\n;leer\n", StandardCharsets.UTF_8);
        Path mapping = folder.resolve("mapping.properties");
        Files.writeString(mapping, "Stelle=RESPONSIBLE_UNIT\n", StandardCharsets.UTF_8);
        Path register = folder.resolve("liste.pwreg");
        Path applied = folder.resolve("applied.properties");
        assertEquals(ExitCodes.FINDINGS,
                cli.run("import", list.toString(), "--format", "csv", "--out", register.toString(), "--mapping",
                        mapping.toString(), "--save-mapping", applied.toString()),
                cli.err());
        assertTrue(Files.readString(applied, StandardCharsets.UTF_8).contains("Prozess=NAME"));
        ProcessRegister loaded = RegisterStore.load(register);
        assertEquals("Bürgerbüro", Steckbriefe.all(loaded).get(0).getResponsibleUnit().getName());
        assertEquals(ExitCodes.INPUT_ERROR, cli.run("import", message(), "--format", "xprozess", "--out",
                register.toString(), "--mapping", mapping.toString()), "mapping is for tables only");
    }

    private String message() throws Exception {
        return ExchangeFixtures.realXProzessMessage(folder).toString();
    }
}
