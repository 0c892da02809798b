package org.prozesswerk.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.util.URI;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.prozesswerk.bpmn.BpmnIO;
import org.prozesswerk.bpmn.BpmnModel;
import org.prozesswerk.catalog.Catalogue;
import org.prozesswerk.catalog.CatalogueImporter;
import org.prozesswerk.catalog.CsvMapping;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.Importer;
import org.prozesswerk.exchange.office.CsvImporter;
import org.prozesswerk.exchange.office.XlsxImporter;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rules.engine.RuleProblem;
import org.prozesswerk.rules.engine.RuleSetLoad;
import org.prozesswerk.rules.engine.RuleSetLoader;

/**
 * The table of docs/reliability.md: every reader of outside data × every kind of bad input. Each cell must end in
 * one of two ways: the input is read (what could not be kept is reported), or it is refused with the reader's own
 * exception naming the file (and the line where the format has lines). Never a RuntimeException or Error, never a
 * hang (the timeout), never more than the test JVM's 1 GiB; XML never fetches anything (a loopback server counts
 * connections) and never reads a local file into the data (a secret file is referenced and must not appear).
 * target/reliability-table.md gets the outcome of every cell.
 */
class BadInputTest {

    enum Kind {
        EMPTY, TRUNCATED, RANDOM_BYTES, WRONG_FORMAT, XXE, ENTITY_EXPANSION, DOCTYPE, DEEP_NESTING, HUGE_VALUE,
        INVALID_UTF8, ZIP_BOMB, FORMULA_INJECTION
    }

    /** A reader: its name, file extension, seed (a valid input) and how it is called. */
    record Reader(String name, String extension, String seedResource, Read read) {
        @Override
        public String toString() {
            return name;
        }
    }

    @FunctionalInterface
    interface Read {
        /** @return a short description of what was read; a refusal is thrown */
        String read(Path file) throws Exception;
    }

    private static final String SECRET = "GEHEIM-4711-SECRET";
    private static final Map<String, String> TABLE = new ConcurrentHashMap<>();
    private static Path secretFile;
    private static ServerSocket server;

    static final List<Reader> READERS = List.of(
            new Reader("BPMN (BpmnIO.load)", "bpmn", "BpmnFuzzTestInputs/load/signavio-style-empty-references.bpmn",
                    file -> {
                        BpmnModel model = BpmnIO.load(file); // as `bpmn stats` and the editor open a file
                        return "read, " + model.warnings().size() + " warnings";
                    }),
            new Reader("XProzess import", "xml", "XProzessFuzzTestInputs/importMessage/minimal.xml",
                    file -> imported(new XProzessImporter(), file)),
            new Reader("Register XMI (.pwreg)", "pwreg", "RegisterFuzzTestInputs/xmi/rich.pwreg",
                    file -> "read, " + org.prozesswerk.exchange.Steckbriefe.all(RegisterStore.load(file)).size() + " Steckbriefe"),
            new Reader("Register binary (.pwregb)", "pwregb", "RegisterFuzzTestInputs/binary/rich.pwregb",
                    file -> "read, " + org.prozesswerk.exchange.Steckbriefe.all(RegisterStore.load(file)).size() + " Steckbriefe"),
            new Reader("CSV import", "csv", "OfficeImportFuzzTestInputs/csv/rich.csv",
                    file -> imported(new CsvImporter(), file)),
            new Reader("XLSX import", "xlsx", "OfficeImportFuzzTestInputs/xlsx/rich.xlsx",
                    file -> imported(new XlsxImporter(), file)),
            new Reader(".pwrules parsing", "pwrules", "RulesFuzzTestInputs/parse/bedingungen.pwrules", file -> {
                RuleSetLoad load = RuleSetLoader.load(List.of(URI.createFileURI(file.toString())), Map.of(),
                        reference -> false);
                for (RuleProblem problem : load.problems()) {
                    assertTrue(problem.file() != null && problem.message() != null, "problem without file: " + problem);
                }
                return load.problems().isEmpty() ? "read"
                        : "problems: " + load.problems().size() + ", first at line " + load.problems().get(0).line()
                                + ": " + shorten(load.problems().get(0).message());
            }),
            new Reader("Catalogue CSV", "csv", "CatalogueCsvFuzzTestInputs/load/vgp.csv", file -> {
                Catalogue catalogue = CatalogueImporter.preview(file, new CatalogueImporter.ImportSpec("bad", "Bad", "1",
                        "P", new CsvMapping("Kennziffer", "Bezeichnung", "Hauptgruppe", "Ebene", null, List.of()),
                        null, null));
                catalogue.problems().forEach(p -> assertTrue(p.source() != null, "problem without file: " + p));
                catalogue.entries().forEach(e -> catalogue.ancestors(e.key()));
                return "read, " + catalogue.entries().size() + " entries, " + catalogue.problems().size() + " problems";
            }));

    static Stream<Arguments> cells() {
        List<Arguments> cells = new ArrayList<>();
        for (Reader reader : READERS) {
            for (Kind kind : Kind.values()) {
                cells.add(Arguments.of(reader, kind));
            }
        }
        return cells.stream();
    }

    @BeforeAll
    static void setUp() throws IOException {
        secretFile = Files.writeString(Files.createTempFile("secret", ".txt"), SECRET);
        server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        server.setSoTimeout(1);
    }

    @AfterAll
    static void writeTable() throws IOException {
        server.close();
        StringBuilder text = new StringBuilder("| reader | " + String.join(" | ",
                Stream.of(Kind.values()).map(k -> k.name().toLowerCase().replace('_', ' ')).toList()) + " |\n|---");
        text.append("|---".repeat(Kind.values().length)).append("|\n");
        for (Reader reader : READERS) {
            text.append("| ").append(reader.name());
            for (Kind kind : Kind.values()) {
                text.append(" | ").append(TABLE.getOrDefault(reader.name() + "/" + kind, "?"));
            }
            text.append(" |\n");
        }
        Path out = Path.of("target/reliability-table.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
        TreeMap<String, String> sorted = new TreeMap<>(TABLE);
        Files.writeString(Path.of("target/reliability-cells.txt"),
                String.join("\n", sorted.entrySet().stream().map(e -> e.getKey() + " -> " + e.getValue()).toList()));
    }

    @ParameterizedTest(name = "{0} × {1}")
    @MethodSource("cells")
    void badInputIsReadOrRefusedClearly(Reader reader, Kind kind, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        byte[] seed = seed(reader);
        byte[] input = input(reader, kind, seed);
        String fileName = "bad-" + kind.name().toLowerCase() + "." + reader.extension();
        Path file = Files.write(dir.resolve(fileName), input);
        String outcome;
        try {
            // the time limit holds for the read only (making a 32 MiB value or a zip bomb takes time of its own)
            outcome = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(120),
                    () -> reader.read().read(file), () -> reader + " × " + kind + " did not finish: a hang");
            assertFalse(outcome.contains(SECRET), "a local file was read into the data: " + outcome);
        } catch (Exception e) {
            if (!(e instanceof ExchangeException || e instanceof RegisterLoadException || e instanceof IOException)) {
                throw e; // not the reader's own clear error: a defect
            }
            String message = String.valueOf(e.getMessage());
            assertTrue(message.contains(fileName), "the error must name the file: " + message);
            assertFalse(message.contains(SECRET), "the error shows a local file's content: " + message);
            assertFalse(message.contains("\tat ") || message.contains("Exception:"), "internal detail: " + message);
            outcome = "refused: " + shorten(message.substring(message.indexOf(fileName) + fileName.length()));
        }
        try {
            server.accept().close();
            fail("the reader connected to the DTD server");
        } catch (SocketTimeoutException expected) {
            // nothing fetched
        }
        if (kind == Kind.XXE || kind == Kind.ENTITY_EXPANSION || kind == Kind.DOCTYPE) {
            if (isXml(reader)) {
                assertTrue(outcome.startsWith("refused"), "XML with a DTD must be refused: " + outcome);
            }
        }
        if (kind == Kind.EMPTY && isXml(reader)) {
            assertTrue(outcome.startsWith("refused"), "an empty file is refused: " + outcome);
        }
        TABLE.put(reader.name() + "/" + kind, outcome.replace('|', '/'));
    }

    private static String imported(Importer importer, Path file) throws Exception {
        ProcessRegister register = ProzesswerkFactory.eINSTANCE.createProcessRegister();
        ExchangeReport report = importer.importInto(
                new ImportRequest(file, register, file.resolveSibling("register.pwreg"), Map.of()),
                new NullProgressMonitor());
        StringBuilder data = new StringBuilder();
        register.eAllContents().forEachRemaining(o -> data.append(o));
        assertFalse(data.toString().contains(SECRET), "a local file was read into the register");
        return "read, " + report.profiles() + " Steckbriefe, " + report.count(ExchangeReport.Kind.SKIPPED) + " skipped, "
                + report.count(ExchangeReport.Kind.REJECTED) + " rejected";
    }

    private static boolean isXml(Reader reader) {
        return reader.extension().equals("bpmn") || reader.extension().equals("xml")
                || reader.extension().equals("pwreg") || reader.extension().equals("xlsx");
    }

    private static String shorten(String text) {
        String single = text.replaceAll("\\s+", " ").replaceFirst("^[:, ]+", "");
        return single.length() > 90 ? single.substring(0, 90) + "…" : single;
    }

    private static byte[] seed(Reader reader) throws IOException {
        try (InputStream in = BadInputTest.class.getResourceAsStream(reader.seedResource())) {
            if (in == null) {
                return fail("seed missing: " + reader.seedResource());
            }
            return in.readAllBytes();
        }
    }

    private String dtdUrl() {
        return "http://127.0.0.1:" + server.getLocalPort() + "/evil.dtd";
    }

    /** The bad input of this kind in the reader's format (XML kinds in text formats: the same text as data). */
    private byte[] input(Reader reader, Kind kind, byte[] seed) throws IOException {
        String ext = reader.extension();
        return switch (kind) {
            case EMPTY -> new byte[0];
            case TRUNCATED -> java.util.Arrays.copyOf(seed, seed.length / 2);
            case RANDOM_BYTES -> {
                byte[] random = new byte[4096];
                new Random(18).nextBytes(random);
                yield random;
            }
            case WRONG_FORMAT -> ext.equals("xlsx") || ext.equals("pwregb")
                    ? "<?xml version=\"1.0\"?><html><body>Kein Register</body></html>".getBytes(StandardCharsets.UTF_8)
                    : zip("word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            case XXE -> xmlWithDoctype(reader, seed, "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"" + secretFile.toUri() + "\">]>",
                    "&xxe;");
            case ENTITY_EXPANSION -> xmlWithDoctype(reader, seed, "<!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\">"
                    + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">"
                    + "<!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\">"
                    + "<!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">"
                    + "<!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]>", "&h;");
            case DOCTYPE -> xmlWithDoctype(reader, seed, "<!DOCTYPE r SYSTEM \"" + dtdUrl() + "\">", "x");
            case DEEP_NESTING -> deep(reader, seed);
            case HUGE_VALUE -> replaceFirstText(reader, seed, "H".repeat(32 * 1024 * 1024));
            case INVALID_UTF8 -> invalidUtf8(reader, seed);
            case ZIP_BOMB -> zipBomb(reader, seed);
            case FORMULA_INJECTION -> replaceFirstText(reader, seed, "=HYPERLINK(\"http://127.0.0.1/\";\"x\")");
        };
    }

    /** XML kinds: a DOCTYPE before the seed's root (XML formats) or inside the XLSX's sheet; text formats as data. */
    private byte[] xmlWithDoctype(Reader reader, byte[] seed, String doctype, String reference) throws IOException {
        String ext = reader.extension();
        if (ext.equals("xlsx")) {
            return rewriteZipEntry(seed, "xl/worksheets/sheet1.xml", xml -> withDoctype(xml, doctype));
        }
        if (ext.equals("pwregb")) {
            return (doctype + "\n" + reference).getBytes(StandardCharsets.UTF_8);
        }
        if (isXml(reader)) {
            return withDoctype(new String(seed, StandardCharsets.UTF_8), doctype)
                    .replaceFirst(">([^<>]{1,40})</", ">" + reference + "</").getBytes(StandardCharsets.UTF_8);
        }
        return replaceFirstText(reader, seed, doctype + reference);
    }

    private static String withDoctype(String xml, String doctype) {
        int start = xml.startsWith("<?xml") ? xml.indexOf("?>") + 2 : 0;
        return xml.substring(0, start) + doctype + xml.substring(start);
    }

    private byte[] deep(Reader reader, byte[] seed) throws IOException {
        int depth = 100_000;
        String ext = reader.extension();
        if (ext.equals("xlsx")) {
            return rewriteZipEntry(seed, "xl/worksheets/sheet1.xml",
                    xml -> xml.replaceFirst("<sheetData>", "<sheetData>" + "<x>".repeat(depth) + "</x>".repeat(depth)));
        }
        if (isXml(reader) || ext.equals("pwregb")) {
            String xml = new String(seed, StandardCharsets.UTF_8);
            int close = xml.lastIndexOf("</");
            if (ext.equals("pwregb") || close < 0) {
                return ("<a>".repeat(depth) + "</a>".repeat(depth)).getBytes(StandardCharsets.UTF_8);
            }
            return (xml.substring(0, close) + "<a>".repeat(depth) + "</a>".repeat(depth) + xml.substring(close))
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (ext.equals("pwrules")) {
            String text = new String(seed, StandardCharsets.UTF_8);
            return (text + "\n" + "(".repeat(depth) + "name" + ")".repeat(depth) + "\n").getBytes(StandardCharsets.UTF_8);
        }
        return replaceFirstText(reader, seed, "\"".repeat(2 * depth));
    }

    private byte[] invalidUtf8(Reader reader, byte[] seed) throws IOException {
        byte[] bad = { (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
        if (reader.extension().equals("xlsx")) {
            return rewriteZipEntryBytes(seed, "xl/sharedStrings.xml", bytes -> insertAfterFirst(bytes, "<t>", bad));
        }
        int at = Math.min(seed.length, Math.max(0, indexOfText(seed)));
        byte[] result = new byte[seed.length + bad.length];
        System.arraycopy(seed, 0, result, 0, at);
        System.arraycopy(bad, 0, result, at, bad.length);
        System.arraycopy(seed, at, result, at + bad.length, seed.length - at);
        return result;
    }

    private static byte[] bombZip;

    private byte[] zipBomb(Reader reader, byte[] seed) throws IOException {
        if (bombZip == null) {
            bombZip = makeBomb();
        }
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        bomb.write(bombZip);
        return embedBomb(reader, seed, bomb);
    }

    private static byte[] makeBomb() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("modell.bpmn"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 256; i++) { // 256 MiB of zeros, about 250 KB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return bomb.toByteArray();
    }

    private byte[] embedBomb(Reader reader, byte[] seed, ByteArrayOutputStream bomb) throws IOException {
        if (reader.extension().equals("xlsx")) {
            return rewriteZipEntryBytes(seed, "xl/sharedStrings.xml", bytes -> null, bomb.toByteArray());
        }
        if (reader.extension().equals("xml")) {
            String xml = new String(seed, StandardCharsets.UTF_8);
            return xml.replaceFirst("(<xprozess:inhalt>)[^<]*(</xprozess:inhalt>)",
                    "$1" + Base64.getEncoder().encodeToString(bomb.toByteArray()) + "$2").getBytes(StandardCharsets.UTF_8);
        }
        return bomb.toByteArray();
    }

    /** Replaces the first text value of the seed (an XML text node, a CSV field, a rules string) by {@code value}. */
    private byte[] replaceFirstText(Reader reader, byte[] seed, String value) throws IOException {
        String ext = reader.extension();
        if (ext.equals("xlsx")) {
            return rewriteZipEntry(seed, "xl/sharedStrings.xml",
                    xml -> xml.replaceFirst("<t([^>]*)>[^<]*</t>", "<t$1>" + java.util.regex.Matcher.quoteReplacement(
                            value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")) + "</t>"));
        }
        if (ext.equals("pwregb")) {
            byte[] result = java.util.Arrays.copyOf(seed, seed.length + value.length());
            System.arraycopy(value.getBytes(StandardCharsets.ISO_8859_1), 0, result, seed.length, value.length());
            return result;
        }
        String text = new String(seed, StandardCharsets.UTF_8);
        String escaped = isXml(reader) ? value.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;")
                : value;
        if (isXml(reader)) {
            // the first attribute value of the root's first child element with a name, else the first text node
            java.util.regex.Matcher name = java.util.regex.Pattern.compile(" name=\"[^\"]*\"").matcher(text);
            if (name.find()) {
                return (text.substring(0, name.start()) + " name=\"" + escaped + "\"" + text.substring(name.end()))
                        .getBytes(StandardCharsets.UTF_8);
            }
            return text.replaceFirst(">([^<>\\s][^<>]*)</", ">" + java.util.regex.Matcher.quoteReplacement(escaped) + "</")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (ext.equals("pwrules")) {
            return text.replaceFirst("\"[^\"]*\"", java.util.regex.Matcher.quoteReplacement(
                    "\"" + escaped.replace("\"", "\\\"") + "\"")).getBytes(StandardCharsets.UTF_8);
        }
        // CSV: the second field of the first data row
        String[] lines = text.split("\n", 3);
        char separator = lines[0].contains(";") ? ';' : ',';
        String quoted = "\"" + escaped.replace("\"", "\"\"") + "\"";
        String row = lines.length > 1 ? lines[1] : "";
        int first = row.indexOf(separator);
        int second = first < 0 ? -1 : row.indexOf(separator, first + 1);
        String newRow = first < 0 ? quoted
                : row.substring(0, first + 1) + quoted + (second < 0 ? "" : row.substring(second));
        return (lines[0] + "\n" + newRow + "\n" + (lines.length > 2 ? lines[2] : "")).getBytes(StandardCharsets.UTF_8);
    }

    private static int indexOfText(byte[] seed) {
        String text = new String(seed, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(" name=\"");
        if (at >= 0) {
            return at + 7;
        }
        at = text.indexOf('\n');
        return at < 0 ? seed.length / 2 : at + 3;
    }

    private static byte[] insertAfterFirst(byte[] bytes, String marker, byte[] insert) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(marker);
        at = at < 0 ? 0 : at + marker.length();
        byte[] result = new byte[bytes.length + insert.length];
        System.arraycopy(bytes, 0, result, 0, at);
        System.arraycopy(insert, 0, result, at, insert.length);
        System.arraycopy(bytes, at, result, at + insert.length, bytes.length - at);
        return result;
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static byte[] rewriteZipEntry(byte[] zipBytes, String name, java.util.function.UnaryOperator<String> change)
            throws IOException {
        return rewriteZipEntryBytes(zipBytes, name,
                bytes -> change.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] rewriteZipEntryBytes(byte[] zipBytes, String name,
            java.util.function.UnaryOperator<byte[]> change) throws IOException {
        return rewriteZipEntryBytes(zipBytes, name, change, null);
    }

    /** Copies the ZIP with one entry changed; with {@code rawZip}, that entry is replaced by rawZip's only entry. */
    private static byte[] rewriteZipEntryBytes(byte[] zipBytes, String name,
            java.util.function.UnaryOperator<byte[]> change, byte[] rawZip) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Path copy = Files.createTempFile("seed", ".zip");
        Files.write(copy, zipBytes);
        try (java.util.zip.ZipFile in = new java.util.zip.ZipFile(copy.toFile());
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry : java.util.Collections.list(in.entries())) {
                byte[] content;
                try (InputStream entryIn = in.getInputStream(entry)) {
                    content = entryIn.readAllBytes();
                }
                if (entry.getName().equals(name)) {
                    if (rawZip != null) {
                        try (ZipInputStream bomb = new ZipInputStream(new ByteArrayInputStream(rawZip))) {
                            bomb.getNextEntry();
                            zip.putNextEntry(new ZipEntry(name));
                            bomb.transferTo(zip);
                            zip.closeEntry();
                        }
                        continue;
                    }
                    content = change.apply(content);
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(content);
                zip.closeEntry();
            }
        } finally {
            Files.deleteIfExists(copy);
        }
        return out.toByteArray();
    }
}
