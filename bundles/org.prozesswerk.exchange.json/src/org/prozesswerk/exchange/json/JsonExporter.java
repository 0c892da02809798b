package org.prozesswerk.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Date;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.exchange.ExchangeReport;
import org.prozesswerk.exchange.Exporter;
import org.prozesswerk.exchange.ExportRequest;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.exchange.io.IsoInstant;
import org.prozesswerk.exchange.io.Utf8Writer;
import org.prozesswerk.exchange.json.internal.Messages;
import org.prozesswerk.model.AttributeDefinition;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.CatalogueUsage;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessModelReference;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.model.StatusChange;

import com.google.gson.stream.JsonWriter;

/**
 * The register as JSON (UTF-8, no BOM): a stable, documented shape (docs/exchange.md, "JSON") with a fixed key order,
 * every key always present ({@code null}, {@code []} or {@code 0} when unset), enumerations as model literals, dates as
 * ISO-8601 instants in UTC, references as ids. Exporting the same register twice gives the same bytes.
 *
 * <p>Option {@code indent}: {@code true} (default) pretty-prints with two spaces, {@code false} writes one line.
 */
public final class JsonExporter implements Exporter {

    /** Value of the top-level {@code "format"} key. */
    public static final String FORMAT = "prozesswerk-register";

    /** Value of {@code "formatVersion"}; raised when keys are removed or change meaning (adding keys does not). */
    public static final int FORMAT_VERSION = 1;

    public static final String OPTION_INDENT = "indent";

    @Override
    public ExchangeReport export(ExportRequest request, OutputStream out, IProgressMonitor monitor)
            throws IOException {
        SubMonitor progress = SubMonitor.convert(monitor, Messages.Json_Task, request.profiles().size());
        ExchangeReport report = new ExchangeReport();
        Utf8Writer writer = new Utf8Writer(out, 1 << 16);
        // Gson's streaming writer over our buffered UTF-8 encoder (ExportBenchmark: see docs/performance.md).
        JsonWriter json = new JsonWriter(writer);
        if (Boolean.parseBoolean(request.option(OPTION_INDENT, "true"))) {
            json.setIndent("  ");
        }
        ProcessRegister register = request.register();
        json.beginObject();
        json.name("format").value(FORMAT);
        json.name("formatVersion").value(FORMAT_VERSION);
        json.name("scope").value(request.scope().name().toLowerCase(Locale.ROOT));
        json.name("register");
        register(json, register);
        json.name("steckbriefe").beginArray();
        // Folder paths per folder, not per Steckbrief: thousands of Steckbriefe share a folder.
        Map<Folder, String> folderPaths = new IdentityHashMap<>();
        int done = 0;
        for (ProcessProfile profile : request.profiles()) {
            if ((done++ & 0xFF) == 0) {
                progress.checkCanceled();
            }
            profile(json, profile, folderPaths);
            report.countProfile();
            progress.worked(1);
        }
        json.endArray();
        json.endObject();
        writer.write('\n');
        writer.flush();
        return report;
    }

    private static void register(JsonWriter json, ProcessRegister register) throws IOException {
        json.beginObject();
        json.name("id").value(register.getId());
        json.name("name").value(register.getName());
        json.name("version").value(register.getVersion());
        json.name("publisher").value(register.getPublisher());
        json.name("basedOn").value(register.getBasedOn());
        json.name("created").value(date(register.getCreated()));
        json.name("modified").value(date(register.getModified()));
        json.name("usedCatalogues").beginArray();
        for (CatalogueUsage usage : register.getUsedCatalogues()) {
            json.beginObject().name("catalogueId").value(usage.getCatalogueId()).name("version").value(usage.getVersion())
                    .endObject();
        }
        json.endArray();
        json.name("attributeDefinitions").beginArray();
        for (AttributeDefinition definition : register.getAttributeDefinitions()) {
            json.beginObject();
            json.name("id").value(definition.getId());
            json.name("labelDe").value(definition.getLabelDe());
            json.name("labelEn").value(definition.getLabelEn());
            json.name("type").value(definition.getType() == null ? null : definition.getType().getLiteral());
            strings(json, "allowedValues", definition.getAllowedValues());
            json.name("required").value(definition.isRequired());
            json.endObject();
        }
        json.endArray();
        json.name("organisation").beginArray();
        for (OrgUnit unit : register.getOrganisation()) {
            unit(json, unit);
        }
        json.endArray();
        json.name("folders").beginArray();
        for (Folder folder : register.getRootFolders()) {
            folder(json, folder);
        }
        json.endArray();
        json.endObject();
    }

    private static void unit(JsonWriter json, OrgUnit unit) throws IOException {
        json.beginObject();
        json.name("id").value(unit.getId());
        json.name("name").value(unit.getName());
        json.name("shortCode").value(unit.getShortCode());
        json.name("kind").value(unit.getKind() == null ? null : unit.getKind().getLiteral());
        json.name("sizeClasses").beginArray();
        for (SizeClass size : unit.getSizeClasses()) {
            json.value(size.getLiteral());
        }
        json.endArray();
        json.name("optional").value(unit.isOptional());
        strings(json, "roles", unit.getRoles());
        json.name("children").beginArray();
        for (OrgUnit child : unit.getChildren()) {
            unit(json, child);
        }
        json.endArray();
        json.endObject();
    }

    private static void folder(JsonWriter json, Folder folder) throws IOException {
        json.beginObject();
        json.name("id").value(folder.getId());
        json.name("name").value(folder.getName());
        json.name("description").value(folder.getDescription());
        json.name("folders").beginArray();
        for (Folder child : folder.getFolders()) {
            folder(json, child);
        }
        json.endArray();
        json.endObject();
    }

    private static void profile(JsonWriter json, ProcessProfile p, Map<Folder, String> folderPaths)
            throws IOException {
        json.beginObject();
        json.name("id").value(p.getId());
        json.name("key").value(p.getKey());
        json.name("name").value(p.getName());
        json.name("shortDescription").value(p.getShortDescription());
        json.name("description").value(p.getDescription());
        json.name("processType").value(p.getProcessType() == null ? null : p.getProcessType().getLiteral());
        json.name("trigger").value(p.getTrigger());
        json.name("result").value(p.getResult());
        Folder folder = p.eContainer() instanceof Folder f ? f : null;
        json.name("folderId").value(folder == null ? null : folder.getId());
        String path = folder == null ? "" : folderPaths.get(folder);
        if (path == null) {
            path = Steckbriefe.folderPath(p);
            folderPaths.put(folder, path);
        }
        json.name("folderPath").value(path.isEmpty() ? null : path);
        json.name("responsibleUnitId").value(id(p.getResponsibleUnit()));
        json.name("participations").beginArray();
        for (Participation participation : p.getParticipations()) {
            json.beginObject().name("unitId").value(id(participation.getUnit())).name("role").value(participation.getRole())
                    .endObject();
        }
        json.endArray();
        json.name("processOwner").value(p.getProcessOwner());
        json.name("caseVolumePerYear").value(p.getCaseVolumePerYear());
        json.name("processingMinutesPerCase").value(decimal(p.getProcessingMinutesPerCase()));
        json.name("leadTimeDays").value(decimal(p.getLeadTimeDays()));
        json.name("digitalisationDegree").value(p.getDigitalisationDegree());
        json.name("status").value(p.getStatus() == null ? null : p.getStatus().getLiteral());
        json.name("statusCode").value(p.getStatus() == null ? 0 : p.getStatus().getValue());
        json.name("statusHistory").beginArray();
        for (StatusChange change : p.getStatusHistory()) {
            json.beginObject();
            json.name("from").value(change.getFrom() == null ? null : change.getFrom().getLiteral());
            json.name("to").value(change.getTo() == null ? null : change.getTo().getLiteral());
            json.name("who").value(change.getWho());
            json.name("when").value(date(change.getWhen()));
            json.name("comment").value(change.getComment());
            json.endObject();
        }
        json.endArray();
        json.name("validFrom").value(date(p.getValidFrom()));
        json.name("validTo").value(date(p.getValidTo()));
        strings(json, "tags", p.getTags());
        json.name("catalogueReferences").beginArray();
        for (CatalogueReference r : p.getCatalogueReferences()) {
            json.beginObject().name("catalogueId").value(r.getCatalogueId()).name("key").value(r.getKey())
                    .name("label").value(r.getLabel()).name("catalogueVersion").value(r.getCatalogueVersion()).endObject();
        }
        json.endArray();
        json.name("legalBases").beginArray();
        for (LegalBasis b : p.getLegalBases()) {
            json.beginObject().name("abbreviation").value(b.getAbbreviation()).name("paragraph").value(b.getParagraph())
                    .name("title").value(b.getTitle()).name("url").value(b.getUrl())
                    .name("sourceCatalogue").value(b.getSourceCatalogue()).endObject();
        }
        json.endArray();
        json.name("contexts").beginArray();
        for (ProcessContext c : p.getContexts()) {
            json.beginObject().name("kind").value(c.getKind() == null ? null : c.getKind().getLiteral())
                    .name("name").value(c.getName()).name("description").value(c.getDescription()).name("url").value(c.getUrl())
                    .name("provider").value(c.getProvider()).endObject();
        }
        json.endArray();
        json.name("modelReferences").beginArray();
        for (ProcessModelReference m : p.getModelReferences()) {
            json.beginObject().name("path").value(m.getPath()).name("detailLevel").value(m.getDetailLevel())
                    .name("title").value(m.getTitle()).endObject();
        }
        json.endArray();
        ids(json, "predecessors", p.getPredecessors());
        ids(json, "successors", p.getSuccessors());
        json.name("attributeValues").beginArray();
        for (AttributeValue v : p.getAttributeValues()) {
            json.beginObject().name("definitionId").value(id(v.getDefinition())).name("value").value(v.getValue()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void strings(JsonWriter json, String key, List<String> values) throws IOException {
        json.name(key).beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    private static void ids(JsonWriter json, String key, List<ProcessProfile> profiles) throws IOException {
        json.name(key).beginArray();
        for (ProcessProfile profile : profiles) {
            json.value(profile.getId());
        }
        json.endArray();
    }

    /** Dates as ISO-8601 instants in UTC. */
    private static String date(Date date) {
        return date == null ? null : IsoInstant.format(date);
    }

    /** Whole numbers without a fraction ({@code 17}, not {@code 17.0}); Gson writes non-finite values as errors. */
    private static Number decimal(double number) {
        if (!Double.isFinite(number)) {
            return null;
        }
        return number == Math.rint(number) && Math.abs(number) < 1e15 ? (Number) (long) number : (Number) number;
    }

    private static String id(EObject object) {
        return switch (object) {
            case null -> null;
            case OrgUnit unit -> unit.getId();
            case AttributeDefinition definition -> definition.getId();
            default -> null;
        };
    }
}
