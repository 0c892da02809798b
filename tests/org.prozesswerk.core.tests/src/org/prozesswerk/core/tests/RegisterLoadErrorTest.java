package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.tests.support.TestRegisters;

/** Broken, hostile and foreign files fail with a position, and never half-load. */
class RegisterLoadErrorTest {

    private static final String HEADER = """
            <?xml version="1.0" encoding="UTF-8"?>
            """;
    private static final String ROOT = "<pw:ProcessRegister xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\""
            + " xmlns:pw=\"http://prozesswerk.org/register/1.0\" id=\"r\" name=\"Test\">\n";

    @TempDir
    Path dir;

    private Path write(String name, String content) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    private static RegisterLoadException loadFails(Path file) {
        return assertThrows(RegisterLoadException.class, () -> RegisterStore.load(file));
    }

    private static void assertPosition(RegisterLoadException e, Path file, int line) {
        assertEquals(file, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":" + line + ":" + e.column() + ": "), e.getMessage());
        assertFalse(e.reason().isBlank(), e.getMessage());
    }

    /** Loading {@code content} fails at {@code line}, and the message names {@code culprit}. */
    private void assertFailsAtNaming(String name, String content, int line, String culprit) throws IOException {
        Path file = write(name, content);
        RegisterLoadException e = loadFails(file);
        assertPosition(e, file, line);
        assertTrue(e.getMessage().contains(culprit), e.getMessage());
    }

    @Test
    void validFileLoads() throws Exception {
        // The baseline of the negative tests below: the same skeleton without the defect loads.
        Path file = write("ok.pwreg", HEADER + ROOT + """
                  <rootFolders id="f1" name="Ordner">
                    <profiles id="p1" name="Steckbrief"/>
                  </rootFolders>
                </pw:ProcessRegister>
                """);
        assertEquals("Steckbrief", RegisterStore.load(file).getRootFolders().get(0).getProfiles().get(0).getName());
    }

    @Test
    void malformedXmlNamesTheLine() throws Exception {
        Path file = write("malformed.pwreg", HEADER + ROOT + """
                  <rootFolders id="f1" name="Ordner">
                    <profiles id="p1" name="Steckbrief">
                  </rootFolders>
                </pw:ProcessRegister>
                """);
        // line 5: </rootFolders> closes while <profiles> is still open
        assertPosition(loadFails(file), file, 5);
    }

    @Test
    void doctypeWithExternalEntityIsRejectedAndTheFileIsNotRead() throws Exception {
        Path secret = write("secret.txt", "GEHEIM-4711");
        Path file = write("xxe.pwreg", HEADER
                + "<!DOCTYPE pw:ProcessRegister [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + ROOT.replace("name=\"Test\"", "name=\"&xxe;\"")
                + "</pw:ProcessRegister>\n");
        RegisterLoadException e = loadFails(file);
        assertPosition(e, file, 2);
        for (Throwable t = e; t != null; t = t.getCause()) {
            assertFalse(String.valueOf(t.getMessage()).contains("GEHEIM"), t.getMessage());
        }
    }

    @Test
    void internalEntityBombIsRejected() throws Exception {
        Path file = write("bomb.pwreg", HEADER + """
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
                """ + ROOT.replace("name=\"Test\"", "name=\"&lol2;\"") + "</pw:ProcessRegister>\n");
        assertPosition(loadFails(file), file, 2);
    }

    @Test
    void wrongNamespaceNamesTheRootLine() throws Exception {
        assertFailsAtNaming("foreign.pwreg", HEADER + ROOT.replace("http://prozesswerk.org/register/1.0",
                "http://example.org/other/1.0") + """
                  <rootFolders id="f1" name="Ordner"/>
                </pw:ProcessRegister>
                """, 2, "http://example.org/other/1.0");
    }

    @Test
    void unknownElementNamesItsLine() throws Exception {
        assertFailsAtNaming("unknown.pwreg", HEADER + ROOT + """
                  <rootFolders id="f1" name="Ordner">
                    <profiles id="p1" name="Steckbrief">
                      <bewertung note="sehr gut"/>
                    </profiles>
                  </rootFolders>
                </pw:ProcessRegister>
                """, 5, "bewertung");
    }

    @Test
    void unknownAttributeIsNotDroppedSilently() throws Exception {
        assertFailsAtNaming("attribute.pwreg", HEADER + ROOT + """
                  <rootFolders id="f1" name="Ordner">
                    <profiles id="p1" name="Steckbrief" farbe="rot"/>
                  </rootFolders>
                </pw:ProcessRegister>
                """, 4, "farbe");
    }

    @Test
    void danglingReferenceIsAnError() throws Exception {
        Path file = write("dangling.pwreg", HEADER + ROOT + """
                  <rootFolders id="f1" name="Ordner">
                    <profiles id="p1" name="Steckbrief" responsibleUnit="gibt-es-nicht"/>
                  </rootFolders>
                </pw:ProcessRegister>
                """);
        RegisterLoadException e = loadFails(file);
        assertTrue(e.getMessage().contains("gibt-es-nicht"), e.getMessage());
    }

    @Test
    void missingFileHasNoPosition() {
        Path file = dir.resolve("fehlt.pwreg");
        RegisterLoadException e = loadFails(file);
        assertEquals(file, e.file());
        assertEquals(-1, e.line());
        assertEquals(-1, e.column());
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
    }

    @Test
    void fileWithoutRegisterIsAnError() throws Exception {
        Path file = write("empty.pwreg", HEADER + "<xmi:XMI xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\"/>\n");
        RegisterLoadException e = loadFails(file);
        assertEquals(-1, e.line());
    }

    @Test
    void garbageBinaryFileIsAnError() throws Exception {
        Path file = dir.resolve("garbage." + RegisterFormat.BINARY.extension());
        Files.write(file, "this is not an EMF binary resource".getBytes(StandardCharsets.US_ASCII));
        loadFails(file);
    }

    @Test
    void truncatedBinaryFileIsAnError() throws Exception {
        byte[] bytes = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.BINARY);
        Path file = dir.resolve("truncated.pwregb");
        Files.write(file, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        loadFails(file);
    }

    @Test
    void failedLoadLeavesTheResourceSetUnchanged() throws Exception {
        Path file = write("unknown.pwreg", HEADER + ROOT + "  <unbekannt/>\n</pw:ProcessRegister>\n");
        ResourceSet resourceSet = new ResourceSetImpl();
        RegisterLoadException e =
                assertThrows(RegisterLoadException.class, () -> RegisterStore.loadResource(resourceSet, file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(resourceSet.getResources().isEmpty());
    }
}
