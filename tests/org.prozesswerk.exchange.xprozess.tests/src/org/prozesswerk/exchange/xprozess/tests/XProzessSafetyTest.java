package org.prozesswerk.exchange.xprozess.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ImportRequest;
import org.prozesswerk.exchange.tests.support.ExchangeFixtures;
import org.prozesswerk.exchange.xprozess.XProzessImporter;
import org.prozesswerk.exchange.xprozess.XProzessLimits;
import org.prozesswerk.model.ProzesswerkFactory;

/** Hostile and broken messages: refused with a message that names the place. */
class XProzessSafetyTest {

    private static final String INHALT = "<xprozess:inhalt>";

    @TempDir
    Path folder;

    private ExchangeException importFails(String xml, XProzessLimits limits) throws Exception {
        Path file = folder.resolve("message.xml");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return assertThrows(ExchangeException.class, () -> new XProzessImporter(limits).importInto(
                new ImportRequest(file, ProzesswerkFactory.eINSTANCE.createProcessRegister(),
                        folder.resolve("register.pwreg"), Map.of()), new NullProgressMonitor()));
    }

    private String real() throws Exception {
        return Files.readString(ExchangeFixtures.realXProzessMessage(folder), StandardCharsets.UTF_8);
    }

    /** The real message with the first inhalt (the BPMN ZIP) replaced. */
    private String withModelContent(String base64) throws Exception {
        String xml = real();
        int start = xml.indexOf(INHALT) + INHALT.length();
        int end = xml.indexOf("</xprozess:inhalt>", start);
        return xml.substring(0, start) + base64 + xml.substring(end);
    }

    private static int lineOf(String xml, String text) {
        return (int) xml.substring(0, xml.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void zipBombIsRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            out.putNextEntry(new ZipEntry("bomb.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 50; i++) {
                out.write(zeros);
            }
            out.closeEntry();
        }
        assertTrue(zip.size() < 100_000, "50 MiB of zeros compress to " + zip.size() + " bytes");
        String xml = withModelContent(Base64.getEncoder().encodeToString(zip.toByteArray()));
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT);
        assertTrue(e.getMessage().contains("ZIP-Bombe") || e.getMessage().contains("zip bomb"), e.getMessage());
        assertEquals("/alleInhalte.export.0303/prozessbibliothek/prozess[1]/prozessmodell/prozessmodelldatei[1]/inhalt",
                e.elementPath());
        assertEquals(lineOf(xml, INHALT), e.line(), "the line of the inhalt element");

        ExchangeException tooBig = importFails(real(), XProzessLimits.DEFAULT.withMaxTotalBytes(100_000));
        assertTrue(tooBig.getMessage().contains("100000"), "the real 346 KB model exceeds a 100 KB limit: "
                + tooBig.getMessage());
    }

    @Test
    void tooManyEntriesAreRefused() throws Exception {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip)) {
            for (int i = 0; i < 5; i++) {
                out.putNextEntry(new ZipEntry("f" + i + ".xml"));
                out.write("<x/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        String xml = withModelContent(Base64.getEncoder().encodeToString(zip.toByteArray()));
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT.withMaxEntries(4));
        assertTrue(e.reason().contains("4"), e.getMessage());
    }

    @Test
    void malformedBase64NamesTheElementPathAndLine() throws Exception {
        String xml = withModelContent("UEsDBBQ!!!kein*base64");
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT);
        assertEquals("/alleInhalte.export.0303/prozessbibliothek/prozess[1]/prozessmodell/prozessmodelldatei[1]/inhalt",
                e.elementPath());
        assertEquals(lineOf(xml, INHALT), e.line());
        assertTrue(e.getMessage().toLowerCase(java.util.Locale.ROOT).contains("base64"), e.getMessage());
        assertTrue(e.getMessage().startsWith(folder.resolve("message.xml") + ":" + e.line() + ":"),
                "FILE:LINE:COL: " + e.getMessage());
    }

    @Test
    void missingRequiredElementNamesItsPath() throws Exception {
        String xml = real();
        Matcher id = Pattern.compile("(<xprozess:prozess>\\s*)<xprozess:id>99006028261000</xprozess:id>").matcher(xml);
        assertTrue(id.find());
        xml = xml.substring(0, id.start()) + id.group(1) + xml.substring(id.end());
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT);
        assertEquals("/alleInhalte.export.0303/prozessbibliothek/prozess[1]/id", e.elementPath());
        assertTrue(e.line() > 90, "line of the prozess element: " + e.line());
    }

    @Test
    void externalEntitiesAreRefused() throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "GEHEIM");
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + "<xprozess:alleInhalte.export.0303 xmlns:xprozess=\"http://www.regierung-mv.de/xprozess/2\">"
                + "<xprozess:prozessbibliothek><xprozess:name>&xxe;</xprozess:name></xprozess:prozessbibliothek>"
                + "</xprozess:alleInhalte.export.0303>";
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT);
        assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
        assertFalse(e.getMessage().contains("GEHEIM"));
        assertEquals(2, e.line());
    }

    @Test
    void otherXmlIsNotXProzess() throws Exception {
        ExchangeException e = importFails("<?xml version=\"1.0\"?><definitions xmlns=\"urn:x\"/>", XProzessLimits.DEFAULT);
        assertEquals("/definitions", e.elementPath());
    }

    /**
     * XML 1.1 can carry control characters as character references; the import refuses them like the CSV import
     * does, naming line and character (before: an ESC sequence went into the Steckbrief's name).
     */
    @Test
    void controlCharactersOfAnXml11MessageAreRefusedWithTheirLine() throws Exception {
        String xml = real().replaceFirst("<\\?xml version=\"1.0\"", "<?xml version=\"1.1\"");
        String tag = "<xprozess:name>";
        int at = xml.indexOf(tag, xml.indexOf("<xprozess:prozessklasse>")) + tag.length();
        xml = xml.substring(0, at) + "&#x1B;[31m" + xml.substring(at);
        assertTrue(xml.startsWith("<?xml version=\"1.1\""), xml.substring(0, 60));
        ExchangeException e = importFails(xml, XProzessLimits.DEFAULT);
        assertTrue(e.getMessage().contains("U+001B"), e.getMessage());
        assertEquals(lineOf(xml, "&#x1B;"), e.line(), e.getMessage());
    }
}
