package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceImpl;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterResourceFactory;
import org.prozesswerk.core.internal.persistence.RegisterOptions;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.tests.support.TestRegisters;

/** Saving and loading registers in both formats: nothing lost, nothing moved, same bytes every time. */
class RegisterStoreTest {

    @TempDir
    Path dir;

    private Path file(String name, RegisterFormat format) {
        return dir.resolve(name + '.' + format.extension());
    }

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void roundTripKeepsEveryFeature(RegisterFormat format) throws Exception {
        ProcessRegister original = TestRegisters.rich();
        Path file = file("rich", format);

        RegisterStore.save(original, file);
        ProcessRegister loaded = RegisterStore.load(file);

        assertNotSame(original, loaded);
        assertTrue(EcoreUtil.equals(original, loaded), "loaded register differs from the saved one");
        ProcessProfile registration = loaded.getRootFolders().get(0).getFolders().get(0).getProfiles().get(0);
        assertEquals(List.of("PW-000002", "PW-000003"),
                registration.getSuccessors().stream().map(ProcessProfile::getKey).toList());
        assertEquals("ou-32-1", registration.getResponsibleUnit().getId());
        assertSame(loaded.getOrganisation().get(0).getChildren().get(0).getChildren().get(0),
                registration.getResponsibleUnit(), "references resolve to the loaded objects, not proxies");
        assertEquals(List.of("Gewerbe", "OZG", "Gewerbe"), registration.getTags(), "non-unique values survive");
        assertSame(registration, loaded.eResource().getEObject(registration.getId()), "ids work as fragments");
    }

    @Test
    void roundTripDetectsAChange() throws Exception {
        // Guards the round-trip test itself: EcoreUtil.equals must notice a difference deep in the tree.
        ProcessRegister original = TestRegisters.rich();
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(original, file);
        ProcessRegister loaded = RegisterStore.load(file);
        loaded.getRootFolders().get(0).getFolders().get(0).getProfiles().get(0).getTags().add("neu");
        assertFalse(EcoreUtil.equals(original, loaded));
    }

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void savingTwiceGivesIdenticalBytes(RegisterFormat format) throws Exception {
        ProcessRegister register = TestRegisters.rich();
        Path first = file("first", format);
        Path second = file("second", format);
        RegisterStore.save(register, first);
        RegisterStore.save(register, second);
        assertEquals(-1L, Files.mismatch(first, second));
        assertArrayEquals(Files.readAllBytes(first), RegisterStore.toBytes(register, format));
        assertArrayEquals(Files.readAllBytes(first), RegisterStore.toBytes(TestRegisters.rich(), format),
                "an independently built equal register gives the same bytes");
    }

    @ParameterizedTest
    @EnumSource(RegisterFormat.class)
    void loadThenSaveGivesIdenticalBytes(RegisterFormat format) throws Exception {
        Path original = file("original", format);
        Path resaved = file("resaved", format);
        RegisterStore.save(TestRegisters.rich(), original);
        RegisterStore.save(RegisterStore.load(original), resaved);
        assertEquals(-1L, Files.mismatch(original, resaved));
    }

    @Test
    void xmiIsUtf8WithIdReferencesWrappedLinesAndUtcDates() throws Exception {
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), file);
        byte[] bytes = Files.readAllBytes(file);
        String xml = new String(bytes, StandardCharsets.UTF_8);

        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"), xml.substring(0, 60));
        assertTrue(xml.contains("Musterregister Kreisstadt Süd"), "umlauts are written as UTF-8, not as escapes");
        assertFalse(xml.contains("\r"), "line ends are \\n on every platform");
        assertFalse(xml.contains("xmi:id"), "the model's id attributes are the ids");
        assertTrue(xml.contains("responsibleUnit=\"ou-32-1\""), "references use the id attribute");
        assertTrue(xml.contains("predecessors=\"0b7c6f1e-0000-4000-8000-000000000001 "
                + "0b7c6f1e-0000-4000-8000-000000000002\""), xml);
        assertTrue(xml.contains("created=\"2024-01-15T08:30:00.123+0000\""), "dates in UTC: " + xml);
        // The first profile has many attributes; line wrapping puts them on several lines for small diffs.
        long longLines = xml.lines().filter(line -> line.length() > 140 && !line.contains("description=")).count();
        assertEquals(0, longLines, xml);
        assertTrue(xml.lines().anyMatch(line -> line.strip().startsWith("shortDescription=")), xml);
    }

    /** Dates in another form than the one written (older files, hand edits) still load, parsed as EMF does. */
    @Test
    void xmiDatesInOtherFormsAreParsedByEmf() throws Exception {
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), file);
        String xml = Files.readString(file);
        String written = "created=\"2024-01-15T08:30:00.123+0000\"";
        assertTrue(xml.contains(written), xml);
        Files.writeString(file, xml.replace(written, "created=\"2024-01-15T08:30:00.123\""));

        ProcessRegister loaded = RegisterStore.load(file);

        assertEquals(EcoreUtil.createFromString(EcorePackage.Literals.EDATE, "2024-01-15T08:30:00.123"),
                loaded.getCreated());
    }

    /** The XMI loader records ids while it reads; the map must hold every id without a lookup having filled it. */
    @Test
    void xmiLoadFillsTheIdMap() throws Exception {
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), file);

        ProcessRegister loaded = RegisterStore.load(file);

        Map<String, EObject> ids = ((ResourceImpl) loaded.eResource()).getIntrinsicIDToEObjectMap();
        Map<String, EObject> expected = new HashMap<>();
        loaded.eAllContents().forEachRemaining(object -> {
            String id = EcoreUtil.getID(object);
            if (id != null) {
                expected.put(id, object);
            }
        });
        if (EcoreUtil.getID(loaded) != null) {
            expected.put(EcoreUtil.getID(loaded), loaded);
        }
        assertTrue(expected.size() > 10, "the test register has objects with ids");
        assertEquals(expected, ids);
    }

    /**
     * EMF's parser pool handed handlers of earlier loads to later ones (with its handler cache, which the register
     * loads no longer use); a handler that kept its last resource kept a whole register alive per pooled handler (once
     * ran a 4 GB heap out of memory).
     */
    @Test
    void xmiLoadKeepsNoEarlierRegisterAlive() throws Exception {
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), file);
        List<WeakReference<ProcessRegister>> earlier = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            earlier.add(new WeakReference<>(RegisterStore.load(file)));
        }

        ProcessRegister last = RegisterStore.load(file);

        for (int i = 0; i < 20 && earlier.stream().anyMatch(reference -> reference.get() != null); i++) {
            System.gc();
            Thread.sleep(10);
        }
        assertEquals(0, earlier.stream().filter(reference -> reference.get() != null).count(),
                "earlier loaded registers are still reachable");
        Map<String, EObject> ids = ((ResourceImpl) last.eResource()).getIntrinsicIDToEObjectMap();
        assertFalse(ids.isEmpty(), "a reused handler fills the map of the resource it loads");
        assertTrue(ids.values().stream().allMatch(object -> object.eResource() == last.eResource()),
                "every id maps to an object of the last load");
    }

    /**
     * A pooled SAX parser references the handler of its last parse until its next one; that handler must not keep the
     * loaded register (a closed register would stay in memory until the next load).
     */
    @Test
    void theLastLoadedRegisterIsNotKeptByThePooledParser() throws Exception {
        Path file = file("rich", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), file);
        for (int round = 0; round < 3; round++) {
            WeakReference<ProcessRegister> loaded = new WeakReference<>(RegisterStore.load(file));
            for (int i = 0; i < 20 && loaded.get() != null; i++) {
                System.gc();
                Thread.sleep(10);
            }
            assertNull(loaded.get(), "the dropped register of load " + (round + 1) + " is still reachable");
        }
    }

    /**
     * EMF returns a parser to the pool only after a successful parse; a refused file must give its parser back too, or
     * every damaged register (and every refused fuzz input) builds a new one.
     */
    @Test
    void aRefusedRegisterGivesItsParserBackToThePool() throws Exception {
        Path good = file("good", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), good);
        RegisterStore.load(good); // the pool has a parser now
        byte[] bytes = Files.readAllBytes(good);
        Path cut = file("cut", RegisterFormat.XMI);
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        long before = RegisterOptions.parserPool().parsersCreated();
        for (int round = 0; round < 5; round++) {
            assertThrows(RegisterLoadException.class, () -> RegisterStore.load(cut));
        }
        RegisterStore.load(good);
        assertEquals(before, RegisterOptions.parserPool().parsersCreated(),
                "five refused loads and a good one reuse the pooled parser");
        // The parser given back keeps the hardening: a DOCTYPE is still refused (reset() alone would drop it).
        assertThrows(RegisterLoadException.class, () -> RegisterStore.load(cut));
        Path doctype = file("doctype", RegisterFormat.XMI);
        Files.writeString(doctype, "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaa\">]>\n"
                + new String(bytes, StandardCharsets.UTF_8).substring(new String(bytes, StandardCharsets.UTF_8)
                        .indexOf('\n') + 1));
        RegisterLoadException refused = assertThrows(RegisterLoadException.class, () -> RegisterStore.load(doctype));
        assertTrue(refused.getMessage().contains("DOCTYPE"), refused.getMessage());
    }

    @Test
    void xmiBytesDoNotDependOnTheTimeZone() {
        TimeZone saved = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Europe/Berlin"));
            byte[] berlin = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.XMI);
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            byte[] losAngeles = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.XMI);
            assertArrayEquals(berlin, losAngeles);
        } finally {
            TimeZone.setDefault(saved);
        }
    }

    @Test
    void savingLeavesTheRegisterWhereItWas() throws Exception {
        ProcessRegister loose = TestRegisters.rich();
        RegisterStore.save(loose, file("loose", RegisterFormat.XMI));
        RegisterStore.toBytes(loose, RegisterFormat.BINARY);
        assertNull(loose.eResource(), "a register without resource is not left in a temporary one");

        ResourceSet resourceSet = new ResourceSetImpl();
        Resource resource = RegisterStore.loadResource(resourceSet, file("loose", RegisterFormat.XMI));
        ProcessRegister loaded = (ProcessRegister) resource.getContents().get(0);
        RegisterStore.save(loaded, file("as-binary", RegisterFormat.BINARY));
        assertSame(resource, loaded.eResource(), "saving in the other format copies, it does not move");
        assertTrue(EcoreUtil.equals(loose, RegisterStore.load(file("as-binary", RegisterFormat.BINARY))));
    }

    @Test
    void resourceFromTheFactorySavesLikeTheStore() throws Exception {
        // A plain resource.save(null), e.g. from an editor, must write the same deterministic bytes.
        ResourceSet resourceSet = new ResourceSetImpl();
        RegisterResourceFactory.register(resourceSet);
        Path file = file("editor", RegisterFormat.XMI);
        Resource resource = resourceSet.createResource(RegisterStore.uriOf(file));
        resource.getContents().add(TestRegisters.rich());
        resource.save(null);
        assertArrayEquals(RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.XMI), Files.readAllBytes(file));
    }

    @Test
    void saveResourceWritesTheResourceContents() throws Exception {
        ResourceSet resourceSet = new ResourceSetImpl();
        Path source = file("source", RegisterFormat.XMI);
        RegisterStore.save(TestRegisters.rich(), source);
        Resource resource = RegisterStore.loadResource(resourceSet, source);
        Path target = file("target", RegisterFormat.XMI);
        RegisterStore.save(resource, target);
        assertEquals(-1L, Files.mismatch(source, target));
        assertEquals(RegisterStore.uriOf(source), resource.getURI(), "the store does not re-point the resource");
        assertSame(resource, RegisterStore.loadResource(resourceSet, source), "a loaded resource is reused");
    }

    @Test
    void formatFollowsTheExtension() {
        assertEquals(RegisterFormat.XMI, RegisterFormat.forPath(Path.of("a/b/register.pwreg")));
        assertEquals(RegisterFormat.BINARY, RegisterFormat.forPath(Path.of("register.PWREGB")));
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.forPath(Path.of("register.xml")));
        assertThrows(IllegalArgumentException.class, () -> RegisterFormat.forPath(Path.of("pwreg")));
        assertThrows(RegisterLoadException.class, () -> RegisterStore.load(dir.resolve("register.xml")));
        assertThrows(IllegalArgumentException.class,
                () -> RegisterStore.save(TestRegisters.small("x"), dir.resolve("register.txt")));
    }

    @Test
    void binaryIsSmallerThanXmi() throws IOException {
        ProcessRegister register = TestRegisters.rich();
        int xmi = RegisterStore.toBytes(register, RegisterFormat.XMI).length;
        int binary = RegisterStore.toBytes(register, RegisterFormat.BINARY).length;
        assertTrue(binary < xmi, binary + " >= " + xmi);
    }
}
