package org.prozesswerk.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.prozesswerk.core.query.TextFolding;

class TextFoldingTest {

    @Test
    void foldsCaseUmlautsSharpSAndAccents() {
        assertEquals("strasse", TextFolding.fold("Straße"));
        assertEquals("strasse", TextFolding.fold("STRASSE"));
        assertEquals("strasse", TextFolding.fold("STRAẞE"));
        assertEquals("aenderung der uebergroesse", TextFolding.fold("Änderung der Übergröße"));
        assertEquals("gebuehr", TextFolding.fold("Gebu\u0308hr"), "a decomposed umlaut folds like a composed one");
        assertEquals("cafe", TextFolding.fold("Café"));
        assertEquals("cafe", TextFolding.fold("Cafe\u0301"));
        assertEquals("", TextFolding.fold(null));
        assertEquals("99012001", TextFolding.fold("99012001"));
    }

    @Test
    void wordsAreDistinctFoldedRunsOfLettersAndDigits() {
        assertEquals(List.of("bau", "antrag", "vereinfacht", "32"),
                TextFolding.words("Bau-Antrag (vereinfacht), bau 32"));
        assertEquals(List.of("gebuehren", "fuer", "strassenreinigung"),
                TextFolding.words("Gebühren für   Straßenreinigung"));
        assertEquals(List.of(), TextFolding.words(" – ... "));
    }
}
