/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.List;
import java.util.Objects;

/**
 * One item of a library as it travels between public bodies (docs/library.md): the metadata of the publication and
 * the Steckbrief without local matters. Immutable; lists are never null.
 *
 * @param id          folder name below {@code items/}, {@code [a-z0-9][a-z0-9._-]*}
 * @param publisher   publishing body
 * @param version     publication counter, 1 for the first publication
 * @param licence     SPDX licence id of the content, e.g. {@code CC-BY-4.0}
 * @param steckbrief  the travelling part of the Steckbrief
 */
public record LibraryItem(String id, String publisher, int version, String licence, Steckbrief steckbrief) {

    public LibraryItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(steckbrief, "steckbrief");
    }

    /** The same item with another version. */
    public LibraryItem withVersion(int newVersion) {
        return new LibraryItem(id, publisher, newVersion, licence, steckbrief);
    }

    /** The travelling fields of a Steckbrief. Enum values are the model's literal names (e.g. {@code CORE}). */
    public record Steckbrief(String key, String name, String shortDescription, String description, String processType,
            String trigger, String result, String fimStatus, String validFrom, String validTo, List<String> tags,
            List<CatalogueRef> catalogueReferences, List<Legal> legalBases, List<Context> contexts, List<Model> models,
            List<Attribute> attributes, List<String> predecessors, List<String> successors) {

        public Steckbrief {
            tags = List.copyOf(tags);
            catalogueReferences = List.copyOf(catalogueReferences);
            legalBases = List.copyOf(legalBases);
            contexts = List.copyOf(contexts);
            models = List.copyOf(models);
            attributes = List.copyOf(attributes);
            predecessors = List.copyOf(predecessors);
            successors = List.copyOf(successors);
        }
    }

    /** A reference into a catalogue (LeiKa, OZG, ...). */
    public record CatalogueRef(String catalogue, String key, String label, String catalogueVersion) {
    }

    /** A legal basis. */
    public record Legal(String abbreviation, String paragraph, String title, String url, String sourceCatalogue) {
    }

    /** A context (online service, IT procedure, document, form); kind is the model literal, e.g. {@code OAA}. */
    public record Context(String kind, String name, String description, String url, String provider) {
    }

    /** A BPMN model stored in the item's folder; path relative to the item folder, e.g. {@code models/x.bpmn}. */
    public record Model(String path, int detailLevel, String title) {
    }

    /**
     * A value of a register-defined attribute, with the definition so the receiving register can create it: with the
     * method profile's required flag, help text and process-type scope (model literals). The folder scope is not
     * carried: folders are the publishing register's own (docs/library.md).
     */
    public record Attribute(String id, String labelDe, String labelEn, String type, List<String> allowedValues,
            String value, boolean required, String helpText, List<String> processTypes) {

        public Attribute {
            allowedValues = List.copyOf(allowedValues);
            processTypes = List.copyOf(processTypes);
        }

        /** An attribute without the method profile's parts (not required, no help text, every process type). */
        public Attribute(String id, String labelDe, String labelEn, String type, List<String> allowedValues,
                String value) {
            this(id, labelDe, labelEn, type, allowedValues, value, false, null, List.of());
        }
    }
}
