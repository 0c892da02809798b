package org.prozesswerk.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * Issue 18: damaged bytes in a binary register are refused with a message naming file and byte position, before
 * anything large is allocated; invalid UTF-8 in an XMI register names its line.
 */
class CorruptRegisterTest {

    /** Raw texts of JVM and EMF internals that a user must never see. */
    private static final List<String> RAW = List.of("Cannot invoke", "out of bounds", "NullPointer", "Exception",
            "Unexpected end of stream", "null");

    @TempDir
    Path dir;

    @Test
    void fourDamagedBytesAnywhereAreRefusedWithAPositionAndNoRawMessage() throws Exception {
        byte[] original = RegisterStore.toBytes(TestRegisters.rich(), RegisterFormat.BINARY);
        Path file = dir.resolve("kaputt.pwregb");
        int refused = 0;
        int step = Math.max(1, original.length / 1500);
        for (int at = 0; at + 4 <= original.length; at += step) {
            byte[] damaged = original.clone();
            // 0xFF.. is the largest 4-byte compressed int EMF can read: a length of about a billion
            damaged[at] = (byte) 0xFF;
            damaged[at + 1] = (byte) 0xFF;
            damaged[at + 2] = (byte) 0xFF;
            damaged[at + 3] = (byte) 0xFF;
            Files.write(file, damaged);
            try {
                RegisterStore.load(file);
            } catch (RegisterLoadException e) {
                refused++;
                String message = e.getMessage();
                assertTrue(message.startsWith(file.toString() + ": "), message);
                for (String raw : RAW) {
                    assertFalse(message.contains(raw), "raw internal message at byte " + at + ": " + message);
                }
            } catch (OutOfMemoryError e) {
                fail("damaged bytes at " + at + " made the load run out of memory");
            }
        }
        assertTrue(refused > 100, "most damaged files are refused: " + refused);
    }

    @Test
    void aHugeLengthIsRefusedNamingTheByte() throws Exception {
        byte[] original = RegisterStore.toBytes(TestRegisters.small("Länge"), RegisterFormat.BINARY);
        // the register's name: find its length byte (EMF writes length + 1 in one byte for short strings)
        byte[] name = "Länge".getBytes(StandardCharsets.ISO_8859_1);
        int at = indexOf(original, name) - 1;
        assertEquals(name.length + 1, original[at], "the length byte in front of the name");
        byte[] damaged = new byte[original.length + 3];
        System.arraycopy(original, 0, damaged, 0, at);
        for (int i = 0; i < 4; i++) {
            damaged[at + i] = (byte) 0xFF; // a 4-byte compressed int: 0x3FFFFFFF - 1, about a billion characters
        }
        System.arraycopy(original, at + 1, damaged, at + 4, original.length - at - 1);
        Path file = dir.resolve("laenge.pwregb");
        Files.write(file, damaged);
        RegisterLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RegisterLoadException.class,
                () -> RegisterStore.load(file));
        assertTrue(e.getMessage().contains("Byte " + (at + 4)) || e.getMessage().contains("byte " + (at + 4)),
                e.getMessage());
        assertTrue(e.getMessage().contains(Integer.toString(damaged.length)), "names the file size: " + e.getMessage());
        assertTrue(e.getMessage().contains("1073741822"), "names the length read: " + e.getMessage());
    }

    @Test
    void invalidUtf8InXmiNamesTheLine() throws Exception {
        byte[] head = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pw:ProcessRegister xmi:version=\"2.0\" "
                + "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:pw=\"http://prozesswerk.org/register/1.0\" id=\"r\""
                + " name=\"Test\">\n  <rootFolders id=\"f1\" name=\"Ordner ").getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\"/>\n</pw:ProcessRegister>\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFC; // never valid in UTF-8
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path file = dir.resolve("utf8.pwreg");
        Files.write(file, bytes);
        RegisterLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RegisterLoadException.class,
                () -> RegisterStore.load(file));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file + ":3:37: "), e.getMessage());
        assertTrue(e.getMessage().contains("0xFC"), e.getMessage());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer: for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int k = 0; k < needle.length; k++) {
                if (haystack[i + k] != needle[k]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("not found");
    }
}
