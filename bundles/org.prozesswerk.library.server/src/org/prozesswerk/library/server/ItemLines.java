/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.prozesswerk.model.FimStatus;

/**
 * What the rights check needs from an item file, read from its bytes without parsing the JSON: the status, and
 * whether two versions differ in more than the status and the publication counter. Item files are written
 * deterministically by {@link org.prozesswerk.library.ItemCodec}, one field per line; a reformatted file counts as
 * changed content (stricter, never looser).
 */
final class ItemLines {

    private static final byte[] STATUS = "fimStatus".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] VERSION = "version".getBytes(StandardCharsets.US_ASCII);

    private ItemLines() {
    }

    /**
     * The status named in an item file, when the bytes say it unambiguously.
     *
     * @param certain whether {@code value} is what a JSON reader would see: exactly one {@code "fimStatus"} key and
     *                no {@code \\u} escape anywhere (which could spell the key); otherwise parse the file
     * @param value   the status; {@code null} without field or for an unknown literal
     */
    record Status(boolean certain, FimStatus value) {
    }

    private static final Status UNCERTAIN = new Status(false, null);

    /** The status of an item file ({@code null} file: certainly none). */
    static Status status(byte[] file) {
        if (file == null) {
            return new Status(true, null);
        }
        for (int k = 0; k + 1 < file.length; k++) {
            if (file[k] == '\\' && file[k + 1] == 'u') {
                return UNCERTAIN;
            }
        }
        FimStatus found = null;
        int keys = 0;
        for (int i = indexOf(file, 0); i >= 0; i = indexOf(file, i + 1)) {
            int p = skipSpace(file, i + STATUS.length + 2);
            if (p >= file.length || file[p] != ':') {
                continue; // a value, not a key
            }
            keys++;
            p = skipSpace(file, p + 1);
            int start = p + 1;
            int q = start;
            while (q < file.length && (file[q] >= 'A' && file[q] <= 'Z' || file[q] == '_')) {
                q++;
            }
            if (p < file.length && file[p] == '"' && q > start && q < file.length && file[q] == '"') {
                found = FimStatus.getByName(new String(file, start, q - start, StandardCharsets.US_ASCII));
            } else {
                return UNCERTAIN;
            }
        }
        return keys <= 1 ? new Status(true, found) : UNCERTAIN;
    }

    /** Whether the two files are equal line by line once the status and publication counter lines are blanked. */
    static boolean sameWithoutStatus(byte[] a, byte[] b) {
        int i = 0;
        int j = 0;
        while (i <= a.length && j <= b.length) {
            int ei = lineEnd(a, i);
            int ej = lineEnd(b, j);
            boolean blankA = isStatusLine(a, i, ei);
            boolean blankB = isStatusLine(b, j, ej);
            if (blankA != blankB || !blankA && !Arrays.equals(a, i, ei, b, j, ej)) {
                return false;
            }
            if (ei == a.length || ej == b.length) {
                return ei == a.length && ej == b.length;
            }
            i = ei + 1;
            j = ej + 1;
        }
        return true;
    }

    private static int lineEnd(byte[] s, int from) {
        for (int k = from; k < s.length; k++) {
            if (s[k] == '\n') {
                return k;
            }
        }
        return s.length;
    }

    /** {@code ^\s*"(fimStatus|version)"\s*:} on one line. */
    private static boolean isStatusLine(byte[] s, int from, int end) {
        int p = skipSpace(s, from);
        if (p >= end || s[p] != '"') {
            return false;
        }
        p++;
        byte[] name = startsWith(s, p, end, STATUS) ? STATUS : startsWith(s, p, end, VERSION) ? VERSION : null;
        if (name == null || p + name.length >= end || s[p + name.length] != '"') {
            return false;
        }
        p = skipSpace(s, p + name.length + 1);
        return p < end && s[p] == ':';
    }

    private static boolean startsWith(byte[] s, int at, int end, byte[] word) {
        return at + word.length <= end && Arrays.equals(s, at, at + word.length, word, 0, word.length);
    }

    /** The index of the next {@code "fimStatus"} (with quotes) at or after {@code from}, or -1. */
    private static int indexOf(byte[] s, int from) {
        for (int k = Math.max(from, 0); k + STATUS.length + 1 < s.length; k++) {
            if (s[k] == '"' && s[k + STATUS.length + 1] == '"' && startsWith(s, k + 1, s.length, STATUS)) {
                return k;
            }
        }
        return -1;
    }

    private static int skipSpace(byte[] s, int from) {
        int p = from;
        while (p < s.length && (s[p] == ' ' || s[p] == '\t' || s[p] == '\r' || s[p] == '\n' || s[p] == '\f'
                || s[p] == 0x0B)) {
            p++;
        }
        return p;
    }
}
