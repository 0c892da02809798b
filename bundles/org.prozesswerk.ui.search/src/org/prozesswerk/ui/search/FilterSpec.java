package org.prozesswerk.ui.search;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessRegister;

/**
 * The facets of the search view, independent of a register: folder and unit are named by their ids, so a saved
 * filter can be applied to any register that has them. {@code null} (or an empty set) means "not restricted".
 *
 * @param folderId      folder id; the folder and its subfolders
 * @param unitId        org unit id; the unit and its sub-units (responsible unit)
 * @param catalogueId   catalogue id, compared ignoring case
 * @param keyPrefix     key prefix within {@code catalogueId}
 * @param statuses      accepted FIM statuses
 * @param onlineService TRUE with online service (OAA), FALSE without
 * @param legalBasis    TRUE with legal basis, FALSE without
 * @param tag           tag
 * @param text          words that must all occur in name or descriptions
 */
public record FilterSpec(String folderId, String unitId, String catalogueId, String keyPrefix,
        Set<FimStatus> statuses, Boolean onlineService, Boolean legalBasis, String tag, String text) {

    /** No restriction. */
    public static final FilterSpec NONE = new FilterSpec(null, null, null, null, Set.of(), null, null, null, null);

    public FilterSpec {
        folderId = blankToNull(folderId);
        unitId = blankToNull(unitId);
        catalogueId = blankToNull(catalogueId);
        keyPrefix = catalogueId == null ? null : blankToNull(keyPrefix);
        statuses = statuses == null || statuses.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(statuses));
        tag = blankToNull(tag);
        text = blankToNull(text);
    }

    public FilterSpec withFolderId(String id) {
        return new FilterSpec(id, unitId, catalogueId, keyPrefix, statuses, onlineService, legalBasis, tag, text);
    }

    public FilterSpec withUnitId(String id) {
        return new FilterSpec(folderId, id, catalogueId, keyPrefix, statuses, onlineService, legalBasis, tag, text);
    }

    public FilterSpec withCatalogue(String id, String prefix) {
        return new FilterSpec(folderId, unitId, id, prefix, statuses, onlineService, legalBasis, tag, text);
    }

    public FilterSpec withStatuses(Set<FimStatus> accepted) {
        return new FilterSpec(folderId, unitId, catalogueId, keyPrefix, accepted, onlineService, legalBasis, tag, text);
    }

    public FilterSpec withOnlineService(Boolean required) {
        return new FilterSpec(folderId, unitId, catalogueId, keyPrefix, statuses, required, legalBasis, tag, text);
    }

    public FilterSpec withLegalBasis(Boolean required) {
        return new FilterSpec(folderId, unitId, catalogueId, keyPrefix, statuses, onlineService, required, tag, text);
    }

    public FilterSpec withTag(String value) {
        return new FilterSpec(folderId, unitId, catalogueId, keyPrefix, statuses, onlineService, legalBasis, value, text);
    }

    public FilterSpec withText(String value) {
        return new FilterSpec(folderId, unitId, catalogueId, keyPrefix, statuses, onlineService, legalBasis, tag, value);
    }

    /**
     * The core query of this filter on {@code register}. A folder or unit id the register does not have matches
     * nothing, rather than silently widening the filter.
     */
    public RegisterQuery toQuery(ProcessRegister register) {
        RegisterQuery query = RegisterQuery.all();
        if (folderId != null) {
            Folder folder = find(register, folderId, Folder.class);
            query = query.withFolder(folder != null ? folder : orphanFolder());
        }
        if (unitId != null) {
            OrgUnit unit = find(register, unitId, OrgUnit.class);
            query = query.withOrgUnit(unit != null ? unit : orphanUnit());
        }
        return query.withCatalogue(catalogueId, keyPrefix).withStatuses(statuses).withOnlineService(onlineService)
                .withLegalBasis(legalBasis).withTag(tag).withText(text);
    }

    private static Folder orphanFolder() {
        return org.prozesswerk.model.ProzesswerkFactory.eINSTANCE.createFolder();
    }

    private static OrgUnit orphanUnit() {
        return org.prozesswerk.model.ProzesswerkFactory.eINSTANCE.createOrgUnit();
    }

    private static <T> T find(ProcessRegister register, String id, Class<T> type) {
        Resource resource = register.eResource();
        EObject object = resource == null ? null : resource.getEObject(id);
        return type.isInstance(object) ? type.cast(object) : null;
    }

    /** A one-line form for the preferences: {@code key=value&...}, URL-encoded. */
    public String encode() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("folder", folderId); //$NON-NLS-1$
        values.put("unit", unitId); //$NON-NLS-1$
        values.put("catalogue", catalogueId); //$NON-NLS-1$
        values.put("prefix", keyPrefix); //$NON-NLS-1$
        if (!statuses.isEmpty()) {
            List<String> names = new ArrayList<>();
            statuses.forEach(s -> names.add(s.getName()));
            values.put("status", String.join(",", names)); //$NON-NLS-1$ //$NON-NLS-2$
        }
        values.put("oaa", onlineService == null ? null : onlineService.toString()); //$NON-NLS-1$
        values.put("legal", legalBasis == null ? null : legalBasis.toString()); //$NON-NLS-1$
        values.put("tag", tag); //$NON-NLS-1$
        values.put("text", text); //$NON-NLS-1$
        StringBuilder out = new StringBuilder();
        values.forEach((key, value) -> {
            if (value != null) {
                out.append(out.isEmpty() ? "" : "&").append(key).append('=') //$NON-NLS-1$ //$NON-NLS-2$
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }

    /** Reads what {@link #encode()} wrote; unknown keys and statuses are ignored. */
    public static FilterSpec decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded != null) {
            for (String pair : encoded.split("&")) { //$NON-NLS-1$
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        Set<FimStatus> statuses = EnumSet.noneOf(FimStatus.class);
        String status = values.get("status"); //$NON-NLS-1$
        if (status != null) {
            for (String name : status.split(",")) { //$NON-NLS-1$
                FimStatus s = FimStatus.getByName(name.strip());
                if (s != null) {
                    statuses.add(s);
                }
            }
        }
        return new FilterSpec(values.get("folder"), values.get("unit"), values.get("catalogue"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                values.get("prefix"), statuses, bool(values.get("oaa")), bool(values.get("legal")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
                values.get("tag"), values.get("text")); //$NON-NLS-1$ //$NON-NLS-2$
    }

    private static Boolean bool(String value) {
        return value == null ? null : Boolean.valueOf(value);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
