/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rules.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.prozesswerk.rules.internal.engine.FixedPattern;

/** The fast matcher of {@code passt zu} agrees with java.util.regex wherever it takes over, and declines elsewhere. */
class FixedPatternTest {

    @ParameterizedTest
    @ValueSource(strings = { "99[0-9]{12}", "99\\d{12}", "PW-\\d{6}", "[A-Z]{2}[0-9]{3}", "[a-cx-z_\\-]{3}",
            "[-a]x[b-]", "\\.\\d\\.", "abc", "[0-9]{0}a", "[A-Za-z0-9]{4}" })
    void agreesWithJavaRegex(String regex) {
        FixedPattern fixed = FixedPattern.compile(regex);
        assertNotNull(fixed, regex + " has a fixed shape");
        Pattern pattern = Pattern.compile(regex);
        for (String text : texts(regex)) {
            assertEquals(pattern.matcher(text).matches(), fixed.matches(text), regex + " on \"" + text + "\"");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "99[0-9]+", "a|b", "(ab){2}", "[^0-9]{3}", "\\w{3}", "a{2,3}", "a{2,}", "a?", "a.b",
            "(?i)abc", "ä{2}", "[a-zä]", "\\1", "[a[b]]", "[a&&b]", "^ab$", "a{2}?" })
    void declinesOtherShapes(String regex) {
        assertNull(FixedPattern.compile(regex), regex);
    }

    @Test
    void leikaKeys() {
        FixedPattern leika = FixedPattern.compile("99[0-9]{12}");
        assertEquals(true, leika.matches("99012001000000"));
        assertEquals(false, leika.matches("9901200100000"));
        assertEquals(false, leika.matches("990120010000000"));
        assertEquals(false, leika.matches("98012001000000"));
        assertEquals(false, leika.matches("9901200100000x"));
        assertEquals(false, leika.matches("99０12001000000")); // a full-width digit is no [0-9]
        assertEquals(false, leika.matches(""));
    }

    /** Texts near the pattern (each position varied) plus random ones of nearby lengths. */
    private static List<String> texts(String regex) {
        Random random = new Random(regex.hashCode());
        String alphabet = "0123456789abcxyzABCZ_-. ä９\uD83D\uDE00";
        List<String> result = new ArrayList<>();
        result.add("");
        for (int i = 0; i < 3000; i++) {
            int length = random.nextInt(16);
            StringBuilder text = new StringBuilder();
            for (int k = 0; k < length; k++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            result.add(text.toString());
        }
        // Matching texts built by java.util.regex's own judgement: keep the random texts that match and vary them.
        for (String text : List.copyOf(result)) {
            if (Pattern.matches(regex, text)) {
                for (int k = 0; k < text.length(); k++) {
                    result.add(text.substring(0, k) + "9" + text.substring(k + 1));
                    result.add(text.substring(0, k) + text.substring(k + 1));
                }
            }
        }
        result.add("99012001000000");
        result.add("PW-000123");
        result.add("AB123");
        result.add("-xb");
        result.add(".1.");
        result.add("abc");
        result.add("a");
        return result;
    }
}
