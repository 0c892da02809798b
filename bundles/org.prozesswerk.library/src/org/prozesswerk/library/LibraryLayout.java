/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Paths inside a library repository (docs/library.md, "Layout"). */
public final class LibraryLayout {

    /** Folder holding one sub-folder per item. */
    public static final String ITEMS = "items";

    /** The library's own description at the root. */
    public static final String LIBRARY_FILE = "library.json";

    private static final Pattern ITEM_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,127}");

    private LibraryLayout() {
    }

    /** {@code items/<id>}. */
    public static String itemFolder(String id) {
        return ITEMS + '/' + id;
    }

    /** {@code items/<id>/item.json}. */
    public static String itemFile(String id) {
        return itemFolder(id) + '/' + ItemCodec.FILE_NAME;
    }

    /** Whether {@code id} is a valid item folder name. */
    public static boolean isValidItemId(String id) {
        return id != null && ITEM_ID.matcher(id).matches() && !id.contains("..");
    }

    /** Whether {@code path} stays inside a folder: relative, '/'-separated, no '..' or empty segments. */
    public static boolean isSafeRelativePath(String path) {
        if (path == null || path.isEmpty() || path.startsWith("/") || path.contains("\\")) {
            return false;
        }
        for (String segment : path.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /**
     * The item id for a first publication: publisher and key made into a folder name, e.g. "Stadt Musterstadt" and
     * "PW-000001" become {@code stadt-musterstadt.pw-000001}. Umlauts are spelled out (ä → ae) so ids stay readable.
     */
    public static String newItemId(String publisher, String key) {
        String left = slug(publisher == null || publisher.isBlank() ? "unbekannt" : publisher);
        String right = slug(key == null || key.isBlank() ? "steckbrief" : key);
        String id = left + '.' + right;
        return id.length() > 128 ? id.substring(0, 128) : id;
    }

    static String slug(String text) {
        String s = text.toLowerCase(Locale.ROOT).replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
                .replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        s = s.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "x" : s;
    }
}
