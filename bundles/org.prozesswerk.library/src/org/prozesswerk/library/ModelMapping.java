/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.prozesswerk.library.LibraryItem.Attribute;
import org.prozesswerk.library.LibraryItem.CatalogueRef;
import org.prozesswerk.library.LibraryItem.Context;
import org.prozesswerk.library.LibraryItem.Legal;
import org.prozesswerk.library.LibraryItem.Model;
import org.prozesswerk.library.LibraryItem.Steckbrief;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;

/**
 * Between a register's {@link ProcessProfile} and the travelling {@link Steckbrief}. What does not travel (local
 * matters): id, folder, responsible unit, participations, process owner, case volume, processing and lead times,
 * digitalisation degree, status history, and the provenance attributes ({@code library.*}).
 */
public final class ModelMapping {

    static final List<String> PROCESS_TYPES = names(ProcessType.values(), ProcessType::getName);
    static final List<String> FIM_STATUSES = names(FimStatus.values(), FimStatus::getName);
    static final List<String> ATTRIBUTE_TYPES = names(AttributeType.values(), AttributeType::getName);
    static final List<String> CONTEXT_KINDS = names(ContextKind.values(), ContextKind::getName);

    /** Provenance attribute ids: where an adopted Steckbrief came from. */
    public static final String SOURCE_LIBRARY = "library.source";
    public static final String SOURCE_ITEM = "library.item";
    public static final String SOURCE_COMMIT = "library.commit";

    private ModelMapping() {
    }

    private static <E> List<String> names(E[] values, Function<E, String> name) {
        return Arrays.stream(values).map(name).toList();
    }

    /**
     * The travelling part of {@code profile}. Model paths become {@code models/<file name>}; the returned map says
     * which register-relative path each came from, so the caller can copy the files.
     */
    public static Steckbrief toSteckbrief(ProcessProfile p, Map<String, String> modelSources) {
        List<CatalogueRef> refs = p.getCatalogueReferences().stream()
                .map(c -> new CatalogueRef(c.getCatalogueId(), c.getKey(), c.getLabel(), c.getCatalogueVersion()))
                .toList();
        List<Legal> legal = p.getLegalBases().stream().map(l -> new Legal(l.getAbbreviation(), l.getParagraph(),
                l.getTitle(), l.getUrl(), l.getSourceCatalogue())).toList();
        List<Context> contexts = p.getContexts().stream().map(c -> new Context(c.getKind() == null ? null
                : c.getKind().getName(), c.getName(), c.getDescription(), c.getUrl(), c.getProvider())).toList();
        List<Model> models = new ArrayList<>();
        for (ProcessModelReference m : p.getModelReferences()) {
            String source = m.getPath();
            if (source == null || source.isBlank()) {
                continue;
            }
            String fileName = source.replace('\\', '/');
            fileName = fileName.substring(fileName.lastIndexOf('/') + 1);
            String target = "models/" + fileName;
            for (int n = 2; modelSources.containsKey(target); n++) {
                target = "models/" + n + '-' + fileName;
            }
            modelSources.put(target, source);
            models.add(new Model(target, m.getDetailLevel(), m.getTitle()));
        }
        List<Attribute> attributes = new ArrayList<>();
        for (AttributeValue v : p.getAttributeValues()) {
            AttributeDefinition d = v.getDefinition();
            if (d == null || d.getId() == null || d.getId().startsWith("library.")) {
                continue;
            }
            attributes.add(new Attribute(d.getId(), d.getLabelDe(), d.getLabelEn(),
                    d.getType() == null ? null : d.getType().getName(), d.getAllowedValues(), v.getValue(),
                    d.isRequired(), d.getHelpText(), d.getProcessTypes().stream().map(ProcessType::getName).toList()));
        }
        return new Steckbrief(p.getKey(), p.getName(), p.getShortDescription(), p.getDescription(),
                p.getProcessType() == null ? null : p.getProcessType().getName(), p.getTrigger(), p.getResult(),
                p.getStatus() == null ? null : p.getStatus().getName(), instant(p.getValidFrom()),
                instant(p.getValidTo()), p.getTags(), refs, legal, contexts, models, attributes,
                p.getPredecessors().stream().map(ProcessProfile::getKey).filter(k -> k != null).toList(),
                p.getSuccessors().stream().map(ProcessProfile::getKey).filter(k -> k != null).toList());
    }

    private static String instant(Date date) {
        return date == null ? null : date.toInstant().toString();
    }

    /**
     * Writes the travelling fields of {@code s} into {@code target} (which belongs to {@code register}); local fields
     * stay as they are. Attribute definitions are found by id or created. Model paths are mapped with
     * {@code modelPath} (library path to register-relative path). Predecessor/successor keys that name no Steckbrief
     * of the register are returned, not silently dropped.
     */
    public static List<String> apply(Steckbrief s, ProcessProfile target, ProcessRegister register,
            Function<String, String> modelPath) {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        target.setKey(s.key());
        target.setName(s.name());
        target.setShortDescription(s.shortDescription());
        target.setDescription(s.description());
        target.setProcessType(s.processType() == null ? null : ProcessType.getByName(s.processType()));
        target.setTrigger(s.trigger());
        target.setResult(s.result());
        if (s.fimStatus() != null) {
            target.setStatus(FimStatus.getByName(s.fimStatus()));
        }
        target.setValidFrom(s.validFrom() == null ? null : Date.from(Instant.parse(s.validFrom())));
        target.setValidTo(s.validTo() == null ? null : Date.from(Instant.parse(s.validTo())));
        target.getTags().clear();
        target.getTags().addAll(s.tags());
        target.getCatalogueReferences().clear();
        for (CatalogueRef c : s.catalogueReferences()) {
            CatalogueReference r = f.createCatalogueReference();
            r.setCatalogueId(c.catalogue());
            r.setKey(c.key());
            r.setLabel(c.label());
            r.setCatalogueVersion(c.catalogueVersion());
            target.getCatalogueReferences().add(r);
        }
        target.getLegalBases().clear();
        for (Legal l : s.legalBases()) {
            LegalBasis b = f.createLegalBasis();
            b.setAbbreviation(l.abbreviation());
            b.setParagraph(l.paragraph());
            b.setTitle(l.title());
            b.setUrl(l.url());
            b.setSourceCatalogue(l.sourceCatalogue());
            target.getLegalBases().add(b);
        }
        target.getContexts().clear();
        for (Context c : s.contexts()) {
            ProcessContext x = f.createProcessContext();
            x.setKind(c.kind() == null ? null : ContextKind.getByName(c.kind()));
            x.setName(c.name());
            x.setDescription(c.description());
            x.setUrl(c.url());
            x.setProvider(c.provider());
            target.getContexts().add(x);
        }
        target.getModelReferences().clear();
        for (Model m : s.models()) {
            ProcessModelReference r = f.createProcessModelReference();
            r.setPath(modelPath.apply(m.path()));
            r.setDetailLevel(m.detailLevel());
            r.setTitle(m.title());
            target.getModelReferences().add(r);
        }
        target.getAttributeValues().removeIf(v -> v.getDefinition() == null || v.getDefinition().getId() == null
                || !v.getDefinition().getId().startsWith("library."));
        for (Attribute a : s.attributes()) {
            AttributeDefinition d = definition(register, a);
            AttributeValue v = f.createAttributeValue();
            v.setDefinition(d);
            v.setValue(a.value());
            target.getAttributeValues().add(v);
        }
        Map<String, ProcessProfile> byKey = new LinkedHashMap<>();
        for (ProcessProfile p : org.prozesswerk.exchange.Steckbriefe.all(register)) {
            if (p.getKey() != null) {
                byKey.putIfAbsent(p.getKey(), p);
            }
        }
        List<String> unresolved = new ArrayList<>();
        target.getPredecessors().clear();
        for (String key : s.predecessors()) {
            ProcessProfile p = byKey.get(key);
            if (p == null || p == target) {
                unresolved.add(key);
            } else {
                target.getPredecessors().add(p);
            }
        }
        target.getSuccessors().clear();
        for (String key : s.successors()) {
            ProcessProfile p = byKey.get(key);
            if (p == null || p == target) {
                unresolved.add(key);
            } else {
                target.getSuccessors().add(p);
            }
        }
        return unresolved;
    }

    /**
     * Finds the attribute definition of {@code a} in the register or creates it with the item's required flag, help
     * text and process-type scope; a definition the register has already keeps its own method configuration.
     */
    static AttributeDefinition definition(ProcessRegister register, Attribute a) {
        boolean known = register.getAttributeDefinitions().stream().anyMatch(d -> a.id().equals(d.getId()));
        AttributeDefinition d = definition(register, a.id(), a.labelDe(), a.labelEn(), a.type(), a.allowedValues());
        if (!known) {
            d.setRequired(a.required());
            d.setHelpText(a.helpText());
            for (String type : a.processTypes()) {
                d.getProcessTypes().add(ProcessType.getByName(type));
            }
        }
        return d;
    }

    /** Finds the attribute definition {@code id} of the register or creates it. */
    public static AttributeDefinition definition(ProcessRegister register, String id, String labelDe, String labelEn,
            String type, List<String> allowedValues) {
        for (AttributeDefinition d : register.getAttributeDefinitions()) {
            if (id.equals(d.getId())) {
                return d;
            }
        }
        AttributeDefinition d = ProzesswerkFactory.eINSTANCE.createAttributeDefinition();
        d.setId(id);
        d.setLabelDe(labelDe);
        d.setLabelEn(labelEn);
        d.setType(type == null ? AttributeType.TEXT : AttributeType.getByName(type));
        d.getAllowedValues().addAll(allowedValues);
        register.getAttributeDefinitions().add(d);
        return d;
    }

    /** The provenance value {@code id} of {@code profile}, or null. */
    public static String provenance(ProcessProfile profile, String id) {
        for (AttributeValue v : profile.getAttributeValues()) {
            if (v.getDefinition() != null && id.equals(v.getDefinition().getId())) {
                return v.getValue();
            }
        }
        return null;
    }

    /** Sets the provenance value {@code id} (creating its definition in the register on first use). */
    public static void setProvenance(ProcessRegister register, ProcessProfile profile, String id, String value) {
        for (AttributeValue v : profile.getAttributeValues()) {
            if (v.getDefinition() != null && id.equals(v.getDefinition().getId())) {
                v.setValue(value);
                return;
            }
        }
        String labelDe = switch (id) {
            case SOURCE_LIBRARY -> "Bibliothek";
            case SOURCE_ITEM -> "Bibliothekseintrag";
            default -> "Bibliotheksstand (Commit)";
        };
        String labelEn = switch (id) {
            case SOURCE_LIBRARY -> "Library";
            case SOURCE_ITEM -> "Library item";
            default -> "Library commit";
        };
        AttributeValue v = ProzesswerkFactory.eINSTANCE.createAttributeValue();
        v.setDefinition(definition(register, id, labelDe, labelEn, "TEXT", List.of()));
        v.setValue(value);
        profile.getAttributeValues().add(v);
    }
}
