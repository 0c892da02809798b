package org.prozesswerk.exchange.json;

import java.io.IOException;
import java.io.OutputStream;
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
import org.prozesswerk.exchange.io.Utf8Writer;
import org.prozesswerk.exchange.json.internal.JsonWriter;
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
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.SizeClass;
import org.prozesswerk.model.StatusChange;

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
        JsonWriter json = new JsonWriter(writer, Boolean.parseBoolean(request.option(OPTION_INDENT, "true")));
        ProcessRegister register = request.register();
        json.beginObject();
        json.field("format", FORMAT);
        json.field("formatVersion", FORMAT_VERSION);
        json.field("scope", request.scope().name().toLowerCase(Locale.ROOT));
        json.key("register");
        register(json, register);
        json.key("steckbriefe").beginArray();
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
        json.field("id", register.getId());
        json.field("name", register.getName());
        json.field("version", register.getVersion());
        json.field("publisher", register.getPublisher());
        json.field("basedOn", register.getBasedOn());
        json.field("created", register.getCreated());
        json.field("modified", register.getModified());
        json.key("usedCatalogues").beginArray();
        for (CatalogueUsage usage : register.getUsedCatalogues()) {
            json.beginObject().field("catalogueId", usage.getCatalogueId()).field("version", usage.getVersion())
                    .endObject();
        }
        json.endArray();
        json.key("attributeDefinitions").beginArray();
        for (AttributeDefinition definition : register.getAttributeDefinitions()) {
            json.beginObject();
            json.field("id", definition.getId());
            json.field("labelDe", definition.getLabelDe());
            json.field("labelEn", definition.getLabelEn());
            json.field("type", definition.getType() == null ? null : definition.getType().getLiteral());
            strings(json, "allowedValues", definition.getAllowedValues());
            json.field("required", definition.isRequired());
            json.field("helpText", definition.getHelpText());
            // the method profile's scope: empty lists mean "every folder" / "every process type"
            json.key("folders").beginArray();
            for (Folder folder : definition.getFolders()) {
                json.value(folder.getId());
            }
            json.endArray();
            json.key("processTypes").beginArray();
            for (ProcessType type : definition.getProcessTypes()) {
                json.value(type.getLiteral());
            }
            json.endArray();
            json.endObject();
        }
        json.endArray();
        json.key("organisation").beginArray();
        for (OrgUnit unit : register.getOrganisation()) {
            unit(json, unit);
        }
        json.endArray();
        json.key("folders").beginArray();
        for (Folder folder : register.getRootFolders()) {
            folder(json, folder);
        }
        json.endArray();
        json.endObject();
    }

    private static void unit(JsonWriter json, OrgUnit unit) throws IOException {
        json.beginObject();
        json.field("id", unit.getId());
        json.field("name", unit.getName());
        json.field("shortCode", unit.getShortCode());
        json.field("kind", unit.getKind() == null ? null : unit.getKind().getLiteral());
        json.key("sizeClasses").beginArray();
        for (SizeClass size : unit.getSizeClasses()) {
            json.value(size.getLiteral());
        }
        json.endArray();
        json.field("optional", unit.isOptional());
        strings(json, "roles", unit.getRoles());
        json.key("children").beginArray();
        for (OrgUnit child : unit.getChildren()) {
            unit(json, child);
        }
        json.endArray();
        json.endObject();
    }

    private static void folder(JsonWriter json, Folder folder) throws IOException {
        json.beginObject();
        json.field("id", folder.getId());
        json.field("name", folder.getName());
        json.field("description", folder.getDescription());
        json.key("folders").beginArray();
        for (Folder child : folder.getFolders()) {
            folder(json, child);
        }
        json.endArray();
        json.endObject();
    }

    private static void profile(JsonWriter json, ProcessProfile p, Map<Folder, String> folderPaths)
            throws IOException {
        json.beginObject();
        json.field("id", p.getId());
        json.field("key", p.getKey());
        json.field("name", p.getName());
        json.field("shortDescription", p.getShortDescription());
        json.field("description", p.getDescription());
        json.field("processType", p.getProcessType() == null ? null : p.getProcessType().getLiteral());
        json.field("trigger", p.getTrigger());
        json.field("result", p.getResult());
        Folder folder = p.eContainer() instanceof Folder f ? f : null;
        json.field("folderId", folder == null ? null : folder.getId());
        String path = folder == null ? "" : folderPaths.get(folder);
        if (path == null) {
            path = Steckbriefe.folderPath(p);
            folderPaths.put(folder, path);
        }
        json.field("folderPath", path.isEmpty() ? null : path);
        json.field("responsibleUnitId", id(p.getResponsibleUnit()));
        json.key("participations").beginArray();
        for (Participation participation : p.getParticipations()) {
            json.beginObject().field("unitId", id(participation.getUnit())).field("role", participation.getRole())
                    .endObject();
        }
        json.endArray();
        json.field("processOwner", p.getProcessOwner());
        json.field("caseVolumePerYear", p.getCaseVolumePerYear());
        json.field("processingMinutesPerCase", p.getProcessingMinutesPerCase());
        json.field("leadTimeDays", p.getLeadTimeDays());
        json.field("digitalisationDegree", p.getDigitalisationDegree());
        json.field("status", p.getStatus() == null ? null : p.getStatus().getLiteral());
        json.field("statusCode", p.getStatus() == null ? 0 : p.getStatus().getValue());
        json.key("statusHistory").beginArray();
        for (StatusChange change : p.getStatusHistory()) {
            json.beginObject();
            json.field("from", change.getFrom() == null ? null : change.getFrom().getLiteral());
            json.field("to", change.getTo() == null ? null : change.getTo().getLiteral());
            json.field("who", change.getWho());
            json.field("when", change.getWhen());
            json.field("comment", change.getComment());
            json.endObject();
        }
        json.endArray();
        json.field("validFrom", p.getValidFrom());
        json.field("validTo", p.getValidTo());
        strings(json, "tags", p.getTags());
        json.key("catalogueReferences").beginArray();
        for (CatalogueReference r : p.getCatalogueReferences()) {
            json.beginObject().field("catalogueId", r.getCatalogueId()).field("key", r.getKey())
                    .field("label", r.getLabel()).field("catalogueVersion", r.getCatalogueVersion()).endObject();
        }
        json.endArray();
        json.key("legalBases").beginArray();
        for (LegalBasis b : p.getLegalBases()) {
            json.beginObject().field("abbreviation", b.getAbbreviation()).field("paragraph", b.getParagraph())
                    .field("title", b.getTitle()).field("url", b.getUrl())
                    .field("sourceCatalogue", b.getSourceCatalogue()).endObject();
        }
        json.endArray();
        json.key("contexts").beginArray();
        for (ProcessContext c : p.getContexts()) {
            json.beginObject().field("kind", c.getKind() == null ? null : c.getKind().getLiteral())
                    .field("name", c.getName()).field("description", c.getDescription()).field("url", c.getUrl())
                    .field("provider", c.getProvider()).endObject();
        }
        json.endArray();
        json.key("modelReferences").beginArray();
        for (ProcessModelReference m : p.getModelReferences()) {
            json.beginObject().field("path", m.getPath()).field("detailLevel", m.getDetailLevel())
                    .field("title", m.getTitle()).endObject();
        }
        json.endArray();
        ids(json, "predecessors", p.getPredecessors());
        ids(json, "successors", p.getSuccessors());
        json.key("attributeValues").beginArray();
        for (AttributeValue v : p.getAttributeValues()) {
            json.beginObject().field("definitionId", id(v.getDefinition())).field("value", v.getValue()).endObject();
        }
        json.endArray();
        json.endObject();
    }

    private static void strings(JsonWriter json, String key, List<String> values) throws IOException {
        json.key(key).beginArray();
        for (String value : values) {
            json.value(value);
        }
        json.endArray();
    }

    private static void ids(JsonWriter json, String key, List<ProcessProfile> profiles) throws IOException {
        json.key(key).beginArray();
        for (ProcessProfile profile : profiles) {
            json.value(profile.getId());
        }
        json.endArray();
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
