/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.Role;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * The roles and rights of a library: the file {@value #FILE} at the library's root (docs/roles.md). The library's
 * folders are the publishers' folders: the part of an item id before its first dot ({@code stadt-aachen} for
 * {@code stadt-aachen.ac-1}). Principals are persons' accounts (the server's user names) or group ids.
 *
 * <pre>
 * {"format": "prozesswerk-library-rights/1",
 *  "persons": [{"account": "alice", "name": "Alice Adler", "body": "Stadt Aachen"}],
 *  "groups": [{"id": "redaktion", "name": "Redaktion", "members": ["alice"]}],
 *  "roles": [{"principal": "alice", "role": "MODELLER", "folder": "stadt-aachen"}],
 *  "rights": [{"principal": "bob", "right": "READ", "folder": "stadt-aachen"}],
 *  "editorialTeam": "redaktion"}
 * </pre>
 */
public final class LibraryRights {

    /** The file name at the library's root. */
    public static final String FILE = "rights.json";
    /** The format tag. */
    public static final String FORMAT = "prozesswerk-library-rights/1";

    private LibraryRights() {
    }

    /** The folder of a library item: its id up to the first dot. */
    public static String folderOf(String itemId) {
        int dot = itemId.indexOf('.');
        return dot < 0 ? itemId : itemId.substring(0, dot);
    }

    /**
     * Reads a rights file.
     *
     * @param file for messages (e.g. {@code rights.json@4d7b3865db})
     * @throws IllegalArgumentException naming file, position or JSON path and cause
     */
    public static RightsPolicy read(String file, String text) {
        JsonObject root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement e = JsonParser.parseReader(reader);
            if (!e.isJsonObject()) {
                throw new IllegalArgumentException(file + ": not a JSON object");
            }
            root = e.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
        allowOnly(file, "$", root, "format", "persons", "groups", "roles", "rights", "editorialTeam");
        if (!FORMAT.equals(string(file, "$.format", root.get("format")))) {
            throw new IllegalArgumentException(file + ": $.format must be \"" + FORMAT + '"');
        }
        RightsPolicy.Builder b = RightsPolicy.builder();
        Map<String, Object> principals = new HashMap<>();
        Set<String> folders = new HashSet<>();
        JsonArray persons = array(file, "$.persons", root.get("persons"));
        for (int i = 0; i < persons.size(); i++) {
            String path = "$.persons[" + i + "]";
            JsonObject p = object(file, path, persons.get(i));
            allowOnly(file, path, p, "account", "name", "body");
            String account = string(file, path + ".account", p.get("account"));
            String key = "person:" + account;
            if (principals.put(account, key) != null) {
                throw new IllegalArgumentException(file + ": " + path + ".account: \"" + account + "\" twice");
            }
            b.person(key, account);
        }
        JsonArray groups = array(file, "$.groups", root.get("groups"));
        for (int i = 0; i < groups.size(); i++) {
            String path = "$.groups[" + i + "]";
            JsonObject g = object(file, path, groups.get(i));
            allowOnly(file, path, g, "id", "name", "members");
            String id = string(file, path + ".id", g.get("id"));
            String key = "group:" + id;
            if (principals.put(id, key) != null) {
                throw new IllegalArgumentException(file + ": " + path + ".id: \"" + id + "\" is already a principal");
            }
            b.group(key, g.has("name") ? string(file, path + ".name", g.get("name")) : id);
            JsonArray members = array(file, path + ".members", g.get("members"));
            for (int m = 0; m < members.size(); m++) {
                String account = string(file, path + ".members[" + m + "]", members.get(m));
                Object person = principals.get(account);
                if (person == null || !person.toString().startsWith("person:")) {
                    throw new IllegalArgumentException(file + ": " + path + ".members[" + m + "]: unknown person \""
                            + account + '"');
                }
                b.member(key, person);
            }
        }
        JsonArray roles = array(file, "$.roles", root.get("roles"));
        for (int i = 0; i < roles.size(); i++) {
            String path = "$.roles[" + i + "]";
            JsonObject r = object(file, path, roles.get(i));
            allowOnly(file, path, r, "principal", "role", "folder");
            String folder = optionalFolder(file, path, r, b, folders);
            b.role(principal(file, path, r, principals), literal(file, path + ".role", r.get("role"), Role.class),
                    folder);
        }
        JsonArray rights = array(file, "$.rights", root.get("rights"));
        for (int i = 0; i < rights.size(); i++) {
            String path = "$.rights[" + i + "]";
            JsonObject r = object(file, path, rights.get(i));
            allowOnly(file, path, r, "principal", "right", "folder");
            String folder = optionalFolder(file, path, r, b, folders);
            b.right(principal(file, path, r, principals),
                    literal(file, path + ".right", r.get("right"), AccessRight.class), folder);
        }
        if (root.has("editorialTeam")) {
            String team = string(file, "$.editorialTeam", root.get("editorialTeam"));
            Object key = principals.get(team);
            if (key == null || !key.toString().startsWith("group:")) {
                throw new IllegalArgumentException(file + ": $.editorialTeam: unknown group \"" + team + '"');
            }
            b.editorialTeam(key);
        }
        return b.build();
    }

    private static String optionalFolder(String file, String path, JsonObject o, RightsPolicy.Builder b,
            Set<String> folders) {
        if (!o.has("folder")) {
            return null;
        }
        String folder = string(file, path + ".folder", o.get("folder"));
        if (folders.add(folder)) {
            b.folder(folder, null, folder);
        }
        return folder;
    }

    private static Object principal(String file, String path, JsonObject o, Map<String, Object> principals) {
        String name = string(file, path + ".principal", o.get("principal"));
        Object key = principals.get(name);
        if (key == null) {
            throw new IllegalArgumentException(file + ": " + path + ".principal: unknown person or group \"" + name
                    + '"');
        }
        return key;
    }

    private static <E extends Enum<E>> E literal(String file, String path, JsonElement e, Class<E> type) {
        String s = string(file, path, e);
        try {
            return Enum.valueOf(type, s);
        } catch (IllegalArgumentException ex) {
            throw new IllegalArgumentException(file + ": " + path + ": unknown value \"" + s + "\" (allowed: "
                    + java.util.Arrays.toString(type.getEnumConstants()) + ')', ex);
        }
    }

    private static void allowOnly(String file, String path, JsonObject o, String... names) {
        Set<String> allowed = Set.of(names);
        for (String k : o.keySet()) {
            if (!allowed.contains(k)) {
                throw new IllegalArgumentException(file + ": " + path + ": unknown field \"" + k + '"');
            }
        }
    }

    private static JsonObject object(String file, String path, JsonElement e) {
        if (e == null || !e.isJsonObject()) {
            throw new IllegalArgumentException(file + ": " + path + ": an object is expected");
        }
        return e.getAsJsonObject();
    }

    private static JsonArray array(String file, String path, JsonElement e) {
        if (e == null) {
            return new JsonArray();
        }
        if (!e.isJsonArray()) {
            throw new IllegalArgumentException(file + ": " + path + ": an array is expected");
        }
        return e.getAsJsonArray();
    }

    private static String string(String file, String path, JsonElement e) {
        if (e == null || !e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()
                || e.getAsString().isBlank()) {
            throw new IllegalArgumentException(file + ": " + path + ": a non-empty string is expected");
        }
        return e.getAsString();
    }
}
