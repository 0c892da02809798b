/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.method;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.io.AtomicFileWriter;
import org.prozesswerk.io.JsonText;
import org.prozesswerk.method.internal.Messages;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.ProcessType;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

/**
 * The method profile file ({@code *.methodenprofil.json}, docs/method-profile.md): written atomically, read strictly.
 * The reader accepts only the documented fields and reports every problem with the file, the attribute (position and
 * label) and the field, in German; a file with any problem yields no profile.
 */
public final class MethodProfileFile {

    /** The value of the {@code format} field. */
    public static final String FORMAT = "prozesswerk-methodenprofil/1";

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Set<String> TOP_FIELDS = Set.of("format", "name", "hoursPerFullTimeEquivalent",
            "attributes");
    private static final Set<String> ATTRIBUTE_FIELDS = Set.of("id", "label", "labelEn", "type", "required",
            "allowedValues", "helpText", "folders", "processTypes");

    private MethodProfileFile() {
    }

    /** The profile as JSON text (UTF-8, two-space indent, a final line break). */
    public static String toJson(MethodProfile profile) {
        return JsonText.write(w -> {
            w.beginObject();
            w.name("format").value(FORMAT);
            if (profile.name() != null) {
                w.name("name").value(profile.name());
            }
            if (profile.hoursPerFullTimeEquivalent() != null) {
                w.name("hoursPerFullTimeEquivalent").value(profile.hoursPerFullTimeEquivalent());
            }
            w.name("attributes").beginArray();
            for (MethodProfile.Attribute a : profile.attributes()) {
                w.beginObject();
                w.name("id").value(a.id());
                w.name("label").value(a.label());
                if (a.labelEn() != null) {
                    w.name("labelEn").value(a.labelEn());
                }
                w.name("type").value(a.type().getLiteral());
                w.name("required").value(a.required());
                JsonText.strings(w, "allowedValues", a.allowedValues());
                if (a.helpText() != null) {
                    w.name("helpText").value(a.helpText());
                }
                JsonText.strings(w, "folders", a.folders());
                JsonText.strings(w, "processTypes", a.processTypes().stream().map(ProcessType::getLiteral).toList());
                w.endObject();
            }
            w.endArray();
            w.endObject();
        });
    }

    /** Writes the profile to {@code file} atomically (a reader never sees half a file). */
    public static void write(MethodProfile profile, Path file) throws IOException {
        AtomicFileWriter.write(file, toJson(profile).getBytes(StandardCharsets.UTF_8));
    }

    /** Reads and checks a profile file. */
    public static MethodProfile read(Path file) throws MethodProfileException {
        String name = String.valueOf(file.getFileName());
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new MethodProfileException(name, List.of(NLS.bind(Messages.File_Unreadable, name, e.toString())));
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new MethodProfileException(name, List.of(NLS.bind(Messages.File_NotUtf8, name)));
        }
        return parse(name, text);
    }

    /** Parses and checks profile text; {@code name} names the file in messages. */
    public static MethodProfile parse(String name, String text) throws MethodProfileException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
            if (reader.peek() != com.google.gson.stream.JsonToken.END_DOCUMENT) {
                throw new JsonParseException("trailing content at line 0 column 0");
            }
        } catch (JsonParseException | IOException | IllegalStateException e) {
            Matcher m = Pattern.compile("line (\\d+) column (\\d+)").matcher(String.valueOf(e.getMessage()));
            String where = m.find() ? NLS.bind(Messages.File_At, m.group(1), m.group(2)) : "";
            throw new MethodProfileException(name, List.of(NLS.bind(Messages.File_NotJson, name, where)));
        }
        List<String> errors = new ArrayList<>();
        Reader r = new Reader(name, errors);
        MethodProfile profile = r.profile(root);
        if (!errors.isEmpty()) {
            throw new MethodProfileException(name, errors);
        }
        return profile;
    }

    /** Reads one file, collecting every problem. */
    private static final class Reader {
        private final String file;
        private final List<String> errors;

        Reader(String file, List<String> errors) {
            this.file = file;
            this.errors = errors;
        }

        MethodProfile profile(JsonElement root) {
            if (!root.isJsonObject()) {
                errors.add(NLS.bind(Messages.File_NotObject, file));
                return null;
            }
            JsonObject o = root.getAsJsonObject();
            unknownFields(o, TOP_FIELDS, file);
            String format = string(o, "format", file, true);
            if (format != null && !FORMAT.equals(format)) {
                errors.add(NLS.bind(Messages.File_Format, new Object[] { file, format, FORMAT }));
            }
            String name = string(o, "name", file, false);
            Double hours = null;
            if (o.has("hoursPerFullTimeEquivalent")) {
                JsonElement h = o.get("hoursPerFullTimeEquivalent");
                if (h.isJsonPrimitive() && h.getAsJsonPrimitive().isNumber() && h.getAsDouble() > 0
                        && !Double.isInfinite(h.getAsDouble())) {
                    hours = h.getAsDouble();
                } else {
                    errors.add(NLS.bind(Messages.File_Hours, file, h));
                }
            }
            List<MethodProfile.Attribute> attributes = new ArrayList<>();
            JsonElement list = o.get("attributes");
            if (list == null || !list.isJsonArray()) {
                errors.add(NLS.bind(Messages.File_NoAttributes, file));
                return null;
            }
            Set<String> ids = new HashSet<>();
            JsonArray array = list.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                MethodProfile.Attribute a = attribute(array.get(i), i + 1);
                if (a != null && !ids.add(a.id())) {
                    errors.add(NLS.bind(Messages.Attribute_DuplicateId, where(i + 1, a.label()), a.id()));
                }
                attributes.add(a);
            }
            return errors.isEmpty() ? new MethodProfile(name, hours, attributes) : null;
        }

        private String where(int position, String label) {
            return NLS.bind(Messages.Where_Attribute, new Object[] { file, position,
                    label == null ? "" : " \u201e" + label + "\u201c" });
        }

        private MethodProfile.Attribute attribute(JsonElement element, int position) {
            if (!element.isJsonObject()) {
                errors.add(NLS.bind(Messages.Attribute_NotObject, where(position, null)));
                return null;
            }
            JsonObject o = element.getAsJsonObject();
            String label = o.has("label") && o.get("label").isJsonPrimitive() ? o.get("label").getAsString() : null;
            String where = where(position, label);
            int before = errors.size();
            unknownFields(o, ATTRIBUTE_FIELDS, where);
            String id = string(o, "id", where, true);
            if (id != null && !ID.matcher(id).matches()) {
                errors.add(NLS.bind(Messages.Attribute_BadId, where, id));
            }
            label = string(o, "label", where, true);
            if (label != null && label.isBlank()) {
                errors.add(NLS.bind(Messages.Field_Missing, where, "label"));
            }
            String labelEn = string(o, "labelEn", where, false);
            String typeText = string(o, "type", where, true);
            AttributeType type = typeText == null ? null : AttributeType.get(typeText);
            if (typeText != null && type == null) {
                errors.add(NLS.bind(Messages.Attribute_BadType, new Object[] { where, typeText,
                        String.join(", ", AttributeType.VALUES.stream().map(AttributeType::getLiteral).toList()) }));
            }
            boolean required = false;
            if (o.has("required")) {
                JsonElement r = o.get("required");
                if (r.isJsonPrimitive() && r.getAsJsonPrimitive().isBoolean()) {
                    required = r.getAsBoolean();
                } else {
                    errors.add(NLS.bind(Messages.Field_NotBoolean, where, "required"));
                }
            }
            List<String> allowed = strings(o, "allowedValues", where, Function.identity());
            if (type == AttributeType.ENUMERATION && allowed.isEmpty()) {
                errors.add(NLS.bind(Messages.Attribute_NoValues, where));
            } else if (type != null && type != AttributeType.ENUMERATION && !allowed.isEmpty()) {
                errors.add(NLS.bind(Messages.Attribute_ValuesNotEnum, where, type.getLiteral()));
            }
            if (new HashSet<>(allowed).size() != allowed.size()) {
                errors.add(NLS.bind(Messages.Attribute_DuplicateValue, where));
            }
            String helpText = string(o, "helpText", where, false);
            List<String> folders = strings(o, "folders", where, Function.identity());
            for (String folder : folders) {
                if (folder != null && (!folder.startsWith("/") || folder.length() < 2)) {
                    errors.add(NLS.bind(Messages.Attribute_BadFolder, where, folder));
                }
            }
            List<ProcessType> types = strings(o, "processTypes", where, text -> {
                ProcessType t = ProcessType.get(text);
                if (t == null) {
                    errors.add(NLS.bind(Messages.Attribute_BadProcessType, new Object[] { where, text,
                            String.join(", ", ProcessType.VALUES.stream().map(ProcessType::getLiteral).toList()) }));
                }
                return t;
            });
            if (errors.size() > before) {
                return null;
            }
            return new MethodProfile.Attribute(id, label, labelEn, type, required, allowed, helpText, folders, types);
        }

        private void unknownFields(JsonObject o, Set<String> known, String where) {
            for (Map.Entry<String, JsonElement> e : o.entrySet()) {
                if (!known.contains(e.getKey())) {
                    List<String> sorted = new ArrayList<>(known);
                    sorted.sort(null);
                    errors.add(NLS.bind(Messages.Field_Unknown, new Object[] { where, e.getKey(),
                            String.join(", ", sorted) }));
                }
            }
        }

        private String string(JsonObject o, String field, String where, boolean required) {
            JsonElement e = o.get(field);
            if (e == null || e.isJsonNull()) {
                if (required) {
                    errors.add(NLS.bind(Messages.Field_Missing, where, field));
                }
                return null;
            }
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                errors.add(NLS.bind(Messages.Field_NotText, where, field));
                return null;
            }
            return e.getAsString();
        }

        private <T> List<T> strings(JsonObject o, String field, String where, Function<String, T> convert) {
            JsonElement e = o.get(field);
            if (e == null || e.isJsonNull()) {
                return List.of();
            }
            if (!e.isJsonArray()) {
                errors.add(NLS.bind(Messages.Field_NotList, where, field));
                return List.of();
            }
            List<T> result = new ArrayList<>();
            for (JsonElement item : e.getAsJsonArray()) {
                if (!item.isJsonPrimitive() || !item.getAsJsonPrimitive().isString()) {
                    errors.add(NLS.bind(Messages.Field_NotList, where, field));
                    return List.of();
                }
                T value = convert.apply(item.getAsString());
                if (value != null) {
                    result.add(value);
                }
            }
            return result;
        }
    }

    /** The file name suffix the workbench and the command line suggest. */
    public static final String SUFFIX = ".methodenprofil.json";
}
