/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.library.LibraryItem.Attribute;
import org.prozesswerk.library.LibraryItem.CatalogueRef;
import org.prozesswerk.library.LibraryItem.Context;
import org.prozesswerk.library.LibraryItem.Legal;
import org.prozesswerk.library.LibraryItem.Model;
import org.prozesswerk.library.LibraryItem.Steckbrief;
import org.prozesswerk.io.JsonText;
import org.prozesswerk.library.internal.Messages;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/**
 * Reads and writes {@code item.json} (docs/library.md). The output is deterministic: fixed field order, two-space
 * indent, one field per line, {@code \n} line ends, empty and absent values left out. So a change to one field changes
 * one line, and the same item always gives the same bytes (same Git blob). Reading is strict: unknown fields, wrong
 * types and missing required fields are errors naming file, line and column, because a field the reader does not know
 * would otherwise be lost on the next publication.
 */
public final class ItemCodec {

    /** The value of the {@code format} field this codec writes and reads. */
    public static final String FORMAT = "prozesswerk-library-item/1";

    /** File name of an item inside its folder. */
    public static final String FILE_NAME = "item.json";

    private static final Pattern LOCATION = Pattern.compile("line (\\d+) column (\\d+)");

    private ItemCodec() {
    }

    // ---------------------------------------------------------------- writing

    /** The file content for {@code item}. */
    public static String write(LibraryItem item) {
        return JsonText.write(w -> {
            w.beginObject();
            w.name("format").value(FORMAT);
            w.name("id").value(item.id());
            string(w, "publisher", item.publisher());
            w.name("version").value(item.version());
            string(w, "licence", item.licence());
            Steckbrief s = item.steckbrief();
            w.name("steckbrief").beginObject();
            string(w, "key", s.key());
            string(w, "name", s.name());
            string(w, "shortDescription", s.shortDescription());
            string(w, "description", s.description());
            string(w, "processType", s.processType());
            string(w, "trigger", s.trigger());
            string(w, "result", s.result());
            string(w, "fimStatus", s.fimStatus());
            string(w, "validFrom", s.validFrom());
            string(w, "validTo", s.validTo());
            strings(w, "tags", s.tags());
            list(w, "catalogueReferences", s.catalogueReferences(), (c, o) -> {
                string(o, "catalogue", c.catalogue());
                string(o, "key", c.key());
                string(o, "label", c.label());
                string(o, "catalogueVersion", c.catalogueVersion());
            });
            list(w, "legalBases", s.legalBases(), (l, o) -> {
                string(o, "abbreviation", l.abbreviation());
                string(o, "paragraph", l.paragraph());
                string(o, "title", l.title());
                string(o, "url", l.url());
                string(o, "sourceCatalogue", l.sourceCatalogue());
            });
            list(w, "contexts", s.contexts(), (c, o) -> {
                string(o, "kind", c.kind());
                string(o, "name", c.name());
                string(o, "description", c.description());
                string(o, "url", c.url());
                string(o, "provider", c.provider());
            });
            list(w, "models", s.models(), (m, o) -> {
                string(o, "path", m.path());
                o.name("detailLevel").value(m.detailLevel());
                string(o, "title", m.title());
            });
            list(w, "attributes", s.attributes(), (a, o) -> {
                string(o, "id", a.id());
                string(o, "labelDe", a.labelDe());
                string(o, "labelEn", a.labelEn());
                string(o, "type", a.type());
                strings(o, "allowedValues", a.allowedValues());
                string(o, "value", a.value());
                // the method profile's parts only when set: items without them keep their bytes (and digests)
                if (a.required()) {
                    o.name("required").value(true);
                }
                string(o, "helpText", a.helpText());
                strings(o, "processTypes", a.processTypes());
            });
            strings(w, "predecessors", s.predecessors());
            strings(w, "successors", s.successors());
            w.endObject();
            w.endObject();
        });
    }

    private interface Fields<T> {
        void write(T value, JsonWriter out) throws IOException;
    }

    private static void string(JsonWriter w, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            w.name(name).value(value);
        }
    }

    private static void strings(JsonWriter w, String name, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            JsonText.strings(w, name, values);
        }
    }

    private static <T> void list(JsonWriter w, String name, List<T> values, Fields<T> fields) throws IOException {
        if (!values.isEmpty()) {
            w.name(name).beginArray();
            for (T v : values) {
                w.beginObject();
                fields.write(v, w);
                w.endObject();
            }
            w.endArray();
        }
    }

    // ---------------------------------------------------------------- reading

    /**
     * Parses an item file.
     *
     * @param file    the name used in messages (path inside the library)
     * @param content the file content
     */
    public static LibraryItem read(String file, String content) throws LibraryFormatException {
        Reader r = new Reader(file, content);
        try {
            return r.item();
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw r.failure(e.getMessage());
        }
    }

    /** A strict streaming reader that knows where it is. */
    private static final class Reader {
        private final String file;
        private final JsonReader in;

        Reader(String file, String content) {
            this.file = file;
            this.in = new JsonReader(new StringReader(content));
            in.setStrictness(Strictness.STRICT);
        }

        LibraryFormatException failure(String cause) {
            String where = in.toString();
            Matcher m = LOCATION.matcher(cause == null ? where : cause + ' ' + where);
            int line = 0;
            int column = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            String clean = cause == null ? "unreadable" : cause.replaceAll(" at line \\d+ column \\d+ path \\S+", "")
                    .replaceAll("\\s*See https://\\S+", "");
            return new LibraryFormatException(file, line, column, clean + " (" + in.getPath() + ")");
        }

        LibraryItem item() throws IOException, LibraryFormatException {
            String format = null;
            String id = null;
            String publisher = null;
            int version = 0;
            String licence = null;
            Steckbrief steckbrief = null;
            in.beginObject();
            while (in.hasNext()) {
                String name = in.nextName();
                switch (name) {
                    case "format" -> {
                        format = in.nextString();
                        if (!FORMAT.equals(format)) {
                            throw failure(NLS.bind(Messages.itemUnsupportedFormat, format, FORMAT));
                        }
                    }
                    case "id" -> id = in.nextString();
                    case "publisher" -> publisher = in.nextString();
                    case "version" -> version = in.nextInt();
                    case "licence" -> licence = in.nextString();
                    case "steckbrief" -> steckbrief = steckbrief();
                    default -> throw unknown(name);
                }
            }
            in.endObject();
            if (in.peek() != JsonToken.END_DOCUMENT) {
                throw failure(Messages.itemTrailingContent);
            }
            require(format, "format");
            require(id, "id");
            require(steckbrief, "steckbrief");
            if (!LibraryLayout.isValidItemId(id)) {
                throw failure(NLS.bind(Messages.itemInvalidId, id));
            }
            return new LibraryItem(id, publisher, version, licence, steckbrief);
        }

        private void require(Object value, String name) throws LibraryFormatException {
            if (value == null) {
                throw failure(NLS.bind(Messages.itemMissingField, name));
            }
        }

        private LibraryFormatException unknown(String name) {
            return failure(NLS.bind(Messages.itemUnknownField, name));
        }

        Steckbrief steckbrief() throws IOException, LibraryFormatException {
            String key = null, name = null, shortDescription = null, description = null, processType = null,
                    trigger = null, result = null, fimStatus = null, validFrom = null, validTo = null;
            List<String> tags = List.of(), predecessors = List.of(), successors = List.of();
            List<CatalogueRef> refs = List.of();
            List<Legal> legal = List.of();
            List<Context> contexts = List.of();
            List<Model> models = List.of();
            List<Attribute> attributes = List.of();
            in.beginObject();
            while (in.hasNext()) {
                String field = in.nextName();
                switch (field) {
                    case "key" -> key = in.nextString();
                    case "name" -> name = in.nextString();
                    case "shortDescription" -> shortDescription = in.nextString();
                    case "description" -> description = in.nextString();
                    case "processType" -> processType = literal(in.nextString(), ModelMapping.PROCESS_TYPES);
                    case "trigger" -> trigger = in.nextString();
                    case "result" -> result = in.nextString();
                    case "fimStatus" -> fimStatus = literal(in.nextString(), ModelMapping.FIM_STATUSES);
                    case "validFrom" -> validFrom = instant(in.nextString());
                    case "validTo" -> validTo = instant(in.nextString());
                    case "tags" -> tags = strings();
                    case "predecessors" -> predecessors = strings();
                    case "successors" -> successors = strings();
                    case "catalogueReferences" -> refs = objects(o -> new CatalogueRef(o.get("catalogue"),
                            o.get("key"), o.get("label"), o.get("catalogueVersion")),
                            "catalogue", "key", "label", "catalogueVersion");
                    case "legalBases" -> legal = objects(o -> new Legal(o.get("abbreviation"), o.get("paragraph"),
                            o.get("title"), o.get("url"), o.get("sourceCatalogue")),
                            "abbreviation", "paragraph", "title", "url", "sourceCatalogue");
                    case "contexts" -> contexts = objects(o -> new Context(o.get("kind"), o.get("name"),
                            o.get("description"), o.get("url"), o.get("provider")),
                            "kind", "name", "description", "url", "provider");
                    case "models" -> models = models();
                    case "attributes" -> attributes = attributes();
                    default -> throw unknown(field);
                }
            }
            in.endObject();
            if (name == null || name.isBlank()) {
                throw failure(Messages.itemMissingName);
            }
            return new Steckbrief(key, name, shortDescription, description, processType, trigger, result, fimStatus,
                    validFrom, validTo, tags, refs, legal, contexts, models, attributes, predecessors, successors);
        }

        private String literal(String value, List<String> allowed) throws LibraryFormatException {
            if (!allowed.contains(value)) {
                throw failure(NLS.bind(Messages.itemNotOneOf, value, allowed));
            }
            return value;
        }

        private String instant(String value) throws LibraryFormatException {
            try {
                java.time.Instant.parse(value);
                return value;
            } catch (java.time.format.DateTimeParseException e) {
                throw failure(NLS.bind(Messages.itemNotInstant, value));
            }
        }

        private List<String> strings() throws IOException {
            List<String> out = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                out.add(in.nextString());
            }
            in.endArray();
            return out;
        }

        private <T> List<T> objects(Function<java.util.Map<String, String>, T> make, String... fields)
                throws IOException, LibraryFormatException {
            List<String> known = List.of(fields);
            List<T> out = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                java.util.Map<String, String> values = new java.util.HashMap<>();
                in.beginObject();
                while (in.hasNext()) {
                    String field = in.nextName();
                    if (!known.contains(field)) {
                        throw unknown(field);
                    }
                    values.put(field, in.nextString());
                }
                in.endObject();
                out.add(make.apply(values));
            }
            in.endArray();
            return out;
        }

        private List<Model> models() throws IOException, LibraryFormatException {
            List<Model> out = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                String path = null;
                String title = null;
                int level = 0;
                in.beginObject();
                while (in.hasNext()) {
                    String field = in.nextName();
                    switch (field) {
                        case "path" -> path = in.nextString();
                        case "detailLevel" -> level = in.nextInt();
                        case "title" -> title = in.nextString();
                        default -> throw unknown(field);
                    }
                }
                if (path == null || !LibraryLayout.isSafeRelativePath(path)) {
                    throw failure(NLS.bind(Messages.itemUnsafeModelPath, path));
                }
                in.endObject();
                out.add(new Model(path, level, title));
            }
            in.endArray();
            return out;
        }

        private List<Attribute> attributes() throws IOException, LibraryFormatException {
            List<Attribute> out = new ArrayList<>();
            in.beginArray();
            while (in.hasNext()) {
                String id = null, labelDe = null, labelEn = null, type = null, value = null, helpText = null;
                List<String> allowed = List.of();
                List<String> processTypes = new ArrayList<>();
                boolean required = false;
                in.beginObject();
                while (in.hasNext()) {
                    String field = in.nextName();
                    switch (field) {
                        case "id" -> id = in.nextString();
                        case "labelDe" -> labelDe = in.nextString();
                        case "labelEn" -> labelEn = in.nextString();
                        case "type" -> type = literal(in.nextString(), ModelMapping.ATTRIBUTE_TYPES);
                        case "allowedValues" -> allowed = strings();
                        case "value" -> value = in.nextString();
                        case "required" -> required = in.nextBoolean();
                        case "helpText" -> helpText = in.nextString();
                        case "processTypes" -> {
                            for (String t : strings()) {
                                processTypes.add(literal(t, ModelMapping.PROCESS_TYPES));
                            }
                        }
                        default -> throw unknown(field);
                    }
                }
                if (id == null) {
                    throw failure(Messages.itemAttributeWithoutId);
                }
                in.endObject();
                out.add(new Attribute(id, labelDe, labelEn, type, allowed, value, required, helpText, processTypes));
            }
            in.endArray();
            return out;
        }
    }
}
