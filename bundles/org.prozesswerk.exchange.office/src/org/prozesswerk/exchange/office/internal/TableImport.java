package org.prozesswerk.exchange.office.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.exchange.ExchangeException;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.LegalBasisText;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.office.CellCodec;
import org.prozesswerk.exchange.office.ColumnMapping;
import org.prozesswerk.exchange.office.ProfileColumn;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.OrgUnitKind;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.StatusChange;

/**
 * Turns the rows of a Steckbriefe table (CSV or the XLSX sheet) into Steckbriefe of the target register, following
 * a {@link ColumnMapping}. Units, folders and attribute definitions are looked up by name in the target and created
 * when missing; every column, every created object, every value that could not be read is reported.
 */
public final class TableImport {

    private static final ProzesswerkFactory F = ProzesswerkFactory.eINSTANCE;

    private final ProcessRegister target;
    private final ColumnMapping mapping;
    private final ExchangeReport report;
    private final Map<ProfileColumn, Integer> columns = new EnumMap<>(ProfileColumn.class);
    private final List<String> header = new ArrayList<>();
    private final Map<String, OrgUnit> unitsByName = new HashMap<>();
    private final Map<String, Folder> foldersByPath = new HashMap<>();
    private final Map<String, AttributeDefinition> definitions = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final Map<String, ProcessProfile> byKey = new HashMap<>();
    private final List<PendingPredecessors> pending = new ArrayList<>();
    private ColumnMapping effective = ColumnMapping.defaults();

    private record PendingPredecessors(ProcessProfile profile, List<String> keys, String location) {
    }

    public TableImport(ProcessRegister target, ColumnMapping mapping, ExchangeReport report) {
        this.target = target;
        this.mapping = mapping;
        this.report = report;
        for (OrgUnit unit : Steckbriefe.units(target)) {
            unitsByName.putIfAbsent(norm(unit.getName()), unit);
        }
        for (AttributeDefinition definition : target.getAttributeDefinitions()) {
            definitions.putIfAbsent(norm(definition.getLabelDe()), definition);
            definitions.putIfAbsent(norm(definition.getId()), definition);
        }
        for (Folder folder : target.getRootFolders()) {
            indexFolders(folder, "");
        }
        for (ProcessProfile profile : Steckbriefe.all(target)) {
            ids.add(profile.getId());
            if (profile.getKey() != null) {
                byKey.putIfAbsent(profile.getKey(), profile);
            }
        }
    }

    /** Adds the units of an Organisation table already read into the target, so that names resolve to them. */
    public void knowUnit(OrgUnit unit) {
        unitsByName.putIfAbsent(norm(unit.getName()), unit);
    }

    /**
     * Resolves the header against the mapping and reports each column.
     *
     * @throws ExchangeException if no column gives the Steckbrief's name
     */
    public void header(List<String> cells, String source) throws ExchangeException {
        header.clear();
        header.addAll(cells);
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i);
            if (name == null || name.isBlank()) {
                continue;
            }
            Optional<ProfileColumn> column = mapping.columnFor(name);
            effective = column.isEmpty() ? effective.ignore(name) : effective.with(name, column.get());
            if (column.isEmpty()) {
                report.skipped("", NLS.bind(Messages.Import_Column, name),
                        mapping.isIgnored(name) ? Messages.Import_ColumnIgnored : Messages.Import_ColumnNoMapping);
            } else if (columns.containsKey(column.get())) {
                report.skipped("", NLS.bind(Messages.Import_Column, name),
                        NLS.bind(Messages.Import_ColumnTwice, column.get().header(), header.get(columns.get(column.get()))));
            } else {
                columns.put(column.get(), i);
                report.mapped("", NLS.bind(Messages.Import_Column, name),
                        NLS.bind(Messages.Import_ColumnMapped, column.get().name(), column.get().header()));
            }
        }
        if (!columns.containsKey(ProfileColumn.NAME)) {
            throw new ExchangeException(source, 1, -1, null, Messages.Import_NoNameColumn, null);
        }
    }

    /**
     * Rejects a row with a control character (U+0000 to U+001F except TAB, LF and CR): XML 1.0, and with it the
     * .pwreg and XProzess files, cannot hold them, so they are refused here, at the door, naming row and column,
     * instead of failing at the next save (decision in docs/exchange.md).
     */
    private boolean hasControlCharacter(String location, IntFunction<String> cell) {
        for (int i = 0; i < header.size(); i++) {
            String value = cell.apply(i);
            for (int k = 0; value != null && k < value.length(); k++) {
                char c = value.charAt(k);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                    report.rejected(location, rowText(cell), NLS.bind(Messages.Import_ControlCharacter,
                            new Object[] { String.format("U+%04X", (int) c), header.get(i), Integer.toString(i + 1),
                                    Integer.toString(k + 1) }));
                    return true;
                }
            }
        }
        return false;
    }

    /** The mapping as applied to this table: every header with its column or IGNORE, for saving and reuse. */
    public ColumnMapping effectiveMapping() {
        return effective;
    }

    /** Imports one row; {@code cell} gives the text of a column index ("" when empty). */
    public void row(String location, IntFunction<String> cell) {
        if (hasControlCharacter(location, cell)) {
            return;
        }
        String name = cell.apply(columns.get(ProfileColumn.NAME)).strip();
        if (name.isEmpty()) {
            report.rejected(location, rowText(cell), Messages.Import_RowWithoutName);
            return;
        }
        ProcessProfile profile = F.createProcessProfile();
        profile.setName(name);
        Folder folder = null;
        for (Map.Entry<ProfileColumn, Integer> entry : columns.entrySet()) {
            ProfileColumn column = entry.getKey();
            if (column == ProfileColumn.NAME || column == ProfileColumn.LEIKA || column == ProfileColumn.OZG) {
                continue; // name done; catalogue keys after the full references, so that they are not doubled
            }
            String value = cell.apply(entry.getValue());
            if (value == null || value.isBlank()) {
                continue;
            }
            try {
                if (column == ProfileColumn.FOLDER) {
                    folder = folder(value.strip(), location);
                } else {
                    apply(column, value, profile, location);
                }
            } catch (RuntimeException e) {
                report.rejected(location + ", " + header.get(entry.getValue()), value,
                        NLS.bind(Messages.Import_BadValue, column.header(), describe(e)));
            }
        }
        keys(ProfileColumn.LEIKA, ProfileCells.LEIKA, cell, profile);
        keys(ProfileColumn.OZG, ProfileCells.OZG, cell, profile);
        if (profile.getId() == null) {
            profile.setId(UUID.randomUUID().toString());
        }
        ids.add(profile.getId());
        if (profile.getKey() != null) {
            byKey.putIfAbsent(profile.getKey(), profile);
        }
        if (folder != null) {
            folder.getProfiles().add(profile);
        } else {
            target.getUnfiledProfiles().add(profile);
        }
        report.mapped(location, name, NLS.bind(Messages.Import_Profile, profile.getKey() == null ? "" : profile.getKey()));
        report.countProfile();
    }

    /** Links predecessors once all rows are in. */
    public void finish() {
        for (PendingPredecessors entry : pending) {
            for (String key : entry.keys()) {
                ProcessProfile predecessor = byKey.get(key);
                if (predecessor == null) {
                    report.rejected(entry.location() + ", " + ProfileColumn.PREDECESSORS.header(), key,
                            Messages.Import_UnknownPredecessor);
                } else {
                    entry.profile().getPredecessors().add(predecessor);
                }
            }
        }
        pending.clear();
    }

    private void apply(ProfileColumn column, String value, ProcessProfile p, String location) {
        String text = value.strip();
        switch (column) {
            case ID -> id(text, p, location);
            case KEY -> p.setKey(text);
            case SHORT_DESCRIPTION -> p.setShortDescription(value);
            case DESCRIPTION -> p.setDescription(value);
            case PROCESS_TYPE -> p.setProcessType(Labels.parseProcessType(text));
            case TRIGGER -> p.setTrigger(value);
            case RESULT -> p.setResult(value);
            case RESPONSIBLE_UNIT -> p.setResponsibleUnit(unit(text, location));
            case PARTICIPATIONS -> participations(value, p, location);
            case PROCESS_OWNER -> p.setProcessOwner(value);
            case CASE_VOLUME -> p.setCaseVolumePerYear(Labels.parseInteger(text));
            case PROCESSING_MINUTES -> p.setProcessingMinutesPerCase(Labels.parseDecimal(text));
            case LEAD_TIME -> p.setLeadTimeDays(Labels.parseDecimal(text));
            case DIGITALISATION -> digitalisation(text, p);
            case STATUS -> p.setStatus(Labels.parseStatus(text));
            case VALID_FROM -> p.setValidFrom(Labels.parseDate(text));
            case VALID_TO -> p.setValidTo(Labels.parseDate(text));
            case TAGS -> tags(value, p);
            case CATALOGUE_REFERENCES -> catalogueReferences(value, p);
            case LEGAL_BASES -> legalBases(value, p);
            case CONTEXTS -> contexts(value, p);
            case MODELS -> models(value, p);
            case STATUS_HISTORY -> statusHistory(value, p);
            case PREDECESSORS -> predecessors(value, p, location);
            case ATTRIBUTES -> attributes(value, p, location);
            default -> throw new IllegalStateException(column.name());
        }
    }

    /** Takes the id unless another Steckbrief has it (reported). */
    private void id(String text, ProcessProfile p, String location) {
        if (ids.contains(text)) {
            report.warning(location, text, Messages.Import_IdTaken);
        } else {
            p.setId(text);
        }
    }

    /** One participation per line: {@code Einheit | Rolle}. */
    private void participations(String value, ProcessProfile p, String location) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            Participation participation = F.createParticipation();
            String unitName = CellCodec.at(f, 0);
            participation.setUnit(unitName == null ? null : unit(unitName, location));
            participation.setRole(CellCodec.at(f, 1));
            p.getParticipations().add(participation);
        }
    }

    /** Degree of digitalisation, 0 to 4. */
    private void digitalisation(String text, ProcessProfile p) {
        int degree = Labels.parseInteger(text);
        if (degree < 0 || degree > 4) {
            throw new IllegalArgumentException("0–4");
        }
        p.setDigitalisationDegree(degree);
    }

    /** One tag per line or per {@code ;}. */
    private void tags(String value, ProcessProfile p) {
        for (String item : items(value)) {
            p.getTags().add(CellCodec.fields(item).get(0) == null ? item.strip() : CellCodec.fields(item).get(0));
        }
    }

    /** One reference per line: {@code Katalog | Schlüssel | Bezeichnung | Version}. */
    private void catalogueReferences(String value, ProcessProfile p) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            CatalogueReference reference = F.createCatalogueReference();
            reference.setCatalogueId(CellCodec.at(f, 0));
            reference.setKey(CellCodec.at(f, 1));
            reference.setLabel(CellCodec.at(f, 2));
            reference.setCatalogueVersion(CellCodec.at(f, 3));
            p.getCatalogueReferences().add(reference);
        }
    }

    /** Structured lines ({@code Abkürzung | Paragraf | Titel | URL | Katalog}) or free citations split at {@code ;}. */
    private void legalBases(String value, ProcessProfile p) {
        for (String item : CellCodec.splitLines(value)) {
            if (CellCodec.isStructured(item)) {
                List<String> f = CellCodec.fields(item);
                LegalBasis basis = F.createLegalBasis();
                basis.setAbbreviation(CellCodec.at(f, 0));
                basis.setParagraph(CellCodec.at(f, 1));
                basis.setTitle(CellCodec.at(f, 2));
                basis.setUrl(CellCodec.at(f, 3));
                basis.setSourceCatalogue(CellCodec.at(f, 4));
                p.getLegalBases().add(basis);
            } else {
                for (String citation : item.split(";")) {
                    LegalBasis basis = LegalBasisText.parse(citation);
                    if (basis != null) {
                        p.getLegalBases().add(basis);
                    }
                }
            }
        }
    }

    /** One context per line: {@code Art | Name | Beschreibung | URL | Anbieter}, or a name alone. */
    private void contexts(String value, ProcessProfile p) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            ProcessContext context = F.createProcessContext();
            if (f.size() == 1) {
                context.setName(f.get(0));
            } else {
                if (CellCodec.at(f, 0) != null) {
                    context.setKind(Labels.parseContextKind(CellCodec.at(f, 0)));
                }
                context.setName(CellCodec.at(f, 1));
                context.setDescription(CellCodec.at(f, 2));
                context.setUrl(CellCodec.at(f, 3));
                context.setProvider(CellCodec.at(f, 4));
            }
            p.getContexts().add(context);
        }
    }

    /** One model per line: {@code Pfad | Detailstufe | Titel}. */
    private void models(String value, ProcessProfile p) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            ProcessModelReference model = F.createProcessModelReference();
            model.setPath(CellCodec.at(f, 0));
            if (CellCodec.at(f, 1) != null) {
                model.setDetailLevel(Labels.parseInteger(CellCodec.at(f, 1)));
            }
            model.setTitle(CellCodec.at(f, 2));
            p.getModelReferences().add(model);
        }
    }

    /** One change per line: {@code von | nach | wer | wann | Kommentar}. */
    private void statusHistory(String value, ProcessProfile p) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            StatusChange change = F.createStatusChange();
            if (CellCodec.at(f, 0) != null) {
                change.setFrom(Labels.parseStatus(CellCodec.at(f, 0)));
            }
            if (CellCodec.at(f, 1) != null) {
                change.setTo(Labels.parseStatus(CellCodec.at(f, 1)));
            }
            change.setWho(CellCodec.at(f, 2));
            if (CellCodec.at(f, 3) != null) {
                change.setWhen(Labels.parseDate(CellCodec.at(f, 3)));
            }
            change.setComment(CellCodec.at(f, 4));
            p.getStatusHistory().add(change);
        }
    }

    /** Predecessor keys, linked in {@link #finish()} once all rows are in. */
    private void predecessors(String value, ProcessProfile p, String location) {
        List<String> keys = new ArrayList<>();
        for (String item : items(value)) {
            keys.add(CellCodec.fields(item).get(0) == null ? item.strip() : CellCodec.fields(item).get(0));
        }
        pending.add(new PendingPredecessors(p, keys, location));
    }

    /** One attribute per line: {@code Attribut | Wert}. */
    private void attributes(String value, ProcessProfile p, String location) {
        for (String item : CellCodec.splitLines(value)) {
            List<String> f = CellCodec.fields(item);
            AttributeValue attribute = F.createAttributeValue();
            attribute.setDefinition(definition(CellCodec.at(f, 0), location));
            attribute.setValue(CellCodec.at(f, 1));
            p.getAttributeValues().add(attribute);
        }
    }

    private void keys(ProfileColumn column, String catalogue, IntFunction<String> cell, ProcessProfile profile) {
        Integer index = columns.get(column);
        if (index == null) {
            return;
        }
        for (String item : items(cell.apply(index))) {
            String key = CellCodec.fields(item).get(0);
            if (key == null) {
                continue;
            }
            boolean known = profile.getCatalogueReferences().stream().anyMatch(
                    r -> catalogue.equals(ProfileCells.lower(r.getCatalogueId())) && key.equals(r.getKey()));
            if (!known) {
                CatalogueReference reference = F.createCatalogueReference();
                reference.setCatalogueId(catalogue);
                reference.setKey(key);
                profile.getCatalogueReferences().add(reference);
            }
        }
    }

    /** Lines, and a single line split at ';' (how municipal lists put several values in a cell). */
    private static List<String> items(String value) {
        List<String> lines = CellCodec.splitLines(value);
        if (lines.size() == 1 && lines.get(0).contains(";")) {
            return List.of(lines.get(0).split("\\s*;\\s*")).stream().filter(s -> !s.isBlank()).toList();
        }
        return lines;
    }

    private OrgUnit unit(String name, String location) {
        String key = norm(name);
        OrgUnit unit = unitsByName.get(key);
        if (unit == null) {
            unit = F.createOrgUnit();
            unit.setId("ou-" + UUID.randomUUID());
            unit.setName(name.strip());
            unit.setKind(OrgUnitKind.OTHER);
            target.getOrganisation().add(unit);
            unitsByName.put(key, unit);
            report.created(location, name.strip(), Messages.Import_UnitCreated);
        }
        return unit;
    }

    private Folder folder(String path, String location) {
        Folder folder = foldersByPath.get(path);
        if (folder != null) {
            return folder;
        }
        String[] names = path.split("\\s*/\\s*");
        String prefix = "";
        Folder parent = null;
        for (String name : names) {
            prefix = prefix.isEmpty() ? name : prefix + Steckbriefe.PATH_SEPARATOR + name;
            Folder existing = foldersByPath.get(prefix);
            if (existing == null) {
                existing = F.createFolder();
                existing.setId("f-" + UUID.randomUUID());
                existing.setName(name);
                if (parent == null) {
                    target.getRootFolders().add(existing);
                } else {
                    parent.getFolders().add(existing);
                }
                foldersByPath.put(prefix, existing);
                report.created(location, prefix, Messages.Import_FolderCreated);
            }
            parent = existing;
        }
        foldersByPath.put(path, parent);
        return parent;
    }

    private AttributeDefinition definition(String label, String location) {
        if (label == null) {
            return null;
        }
        AttributeDefinition definition = definitions.get(norm(label));
        if (definition == null) {
            definition = F.createAttributeDefinition();
            definition.setId("attr-" + UUID.randomUUID());
            definition.setLabelDe(label);
            definition.setType(AttributeType.TEXT);
            target.getAttributeDefinitions().add(definition);
            definitions.put(norm(label), definition);
            report.created(location, label, Messages.Import_AttributeCreated);
        }
        return definition;
    }

    private void indexFolders(Folder folder, String prefix) {
        String path = prefix.isEmpty() ? folder.getName() : prefix + Steckbriefe.PATH_SEPARATOR + folder.getName();
        foldersByPath.putIfAbsent(path, folder);
        for (Folder child : folder.getFolders()) {
            indexFolders(child, path);
        }
    }

    private String rowText(IntFunction<String> cell) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < header.size() && text.length() < 80; i++) {
            String value = cell.apply(i);
            if (value != null && !value.isBlank()) {
                text.append(text.isEmpty() ? "" : "; ").append(value.strip());
            }
        }
        return text.length() > 80 ? text.substring(0, 80) + "\u2026" : text.toString();
    }

    private static String describe(RuntimeException e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    static String norm(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.GERMAN);
    }

    /** Whether any object of the register already has {@code id}; used for units read from a sheet. */
    public static boolean hasId(ProcessRegister register, String id) {
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof OrgUnit unit && id.equals(unit.getId())) {
                return true;
            }
        }
        return false;
    }
}
