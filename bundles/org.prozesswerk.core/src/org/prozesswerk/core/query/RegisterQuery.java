package org.prozesswerk.core.query;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;

/**
 * An immutable filter over the Steckbriefe of a register. Every {@code with...} method returns a new query; unset
 * criteria do not restrict, and set criteria are combined with AND. {@link #matches(ProcessProfile)} is the
 * definition of the semantics; {@link RegisterIndex} answers the same question fast.
 *
 * <pre>
 * RegisterQuery q = RegisterQuery.all()
 *         .withFolder(bauen)                         // the folder and all its subfolders
 *         .withCatalogue("LEIKA", "99010001")        // a LeiKa Leistungsobjekt
 *         .withStatuses(EnumSet.of(FimStatus.DRAFT))
 *         .withText("Gebühr änderung");              // both words, anywhere in name or descriptions
 * </pre>
 */
public final class RegisterQuery {

    private static final RegisterQuery ALL = new RegisterQuery(null, null, null, null, null, null, null, null, null);

    private final Folder folder;
    private final OrgUnit orgUnit;
    private final String catalogueId;
    private final String keyPrefix;
    private final Set<FimStatus> statuses;
    private final String tag;
    private final Boolean onlineService;
    private final Boolean legalBasis;
    private final String text;
    // Derived, cached: the folded forms used for matching.
    private final String foldedCatalogueId;
    private final String foldedTag;
    private final List<String> textTerms;

    private RegisterQuery(Folder folder, OrgUnit orgUnit, String catalogueId, String keyPrefix,
            Set<FimStatus> statuses, String tag, Boolean onlineService, Boolean legalBasis, String text) {
        this.folder = folder;
        this.orgUnit = orgUnit;
        this.catalogueId = catalogueId;
        this.keyPrefix = keyPrefix;
        this.statuses = statuses;
        this.tag = tag;
        this.onlineService = onlineService;
        this.legalBasis = legalBasis;
        this.text = text;
        this.foldedCatalogueId = foldCatalogueId(catalogueId);
        this.foldedTag = tag == null ? null : TextFolding.fold(tag.strip());
        this.textTerms = text == null ? List.of() : List.copyOf(TextFolding.words(text));
    }

    /** The query that matches every Steckbrief. */
    public static RegisterQuery all() {
        return ALL;
    }

    /** Restricts to Steckbriefe filed in {@code folder} or any of its subfolders; {@code null} removes it. */
    public RegisterQuery withFolder(Folder folder) {
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, statuses, tag, onlineService, legalBasis,
                text);
    }

    /**
     * Restricts to Steckbriefe whose responsible unit is {@code unit} or lies below it in the organisation chart;
     * {@code null} removes it. Participating units do not count.
     */
    public RegisterQuery withOrgUnit(OrgUnit unit) {
        return new RegisterQuery(folder, unit, catalogueId, keyPrefix, statuses, tag, onlineService, legalBasis,
                text);
    }

    /**
     * Restricts to Steckbriefe with a reference into catalogue {@code catalogueId} (compared ignoring case) whose
     * key starts with {@code keyPrefix}, e.g. the 8 digits of a LeiKa Leistungsobjekt. An empty or {@code null}
     * prefix accepts any key of that catalogue; a {@code null} catalogue id removes the criterion.
     */
    public RegisterQuery withCatalogue(String catalogueId, String keyPrefix) {
        String id = catalogueId == null || catalogueId.isBlank() ? null : catalogueId.strip();
        String prefix = id == null || keyPrefix == null ? null : keyPrefix.strip();
        return new RegisterQuery(folder, orgUnit, id, prefix == null || prefix.isEmpty() ? null : prefix, statuses,
                tag, onlineService, legalBasis, text);
    }

    /** Restricts to Steckbriefe in one of the given statuses; {@code null} or empty removes the criterion. */
    public RegisterQuery withStatuses(Collection<FimStatus> accepted) {
        Set<FimStatus> set = accepted == null || accepted.isEmpty() ? null
                : Collections.unmodifiableSet(EnumSet.copyOf(accepted));
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, set, tag, onlineService, legalBasis, text);
    }

    /** Restricts to Steckbriefe in one of the given statuses. */
    public RegisterQuery withStatuses(FimStatus first, FimStatus... more) {
        return withStatuses(EnumSet.of(first, more));
    }

    /**
     * Restricts to Steckbriefe carrying the tag, compared after {@linkplain TextFolding#fold folding} (so case and
     * umlaut spelling do not matter); {@code null} or blank removes the criterion.
     */
    public RegisterQuery withTag(String tag) {
        String t = tag == null || tag.isBlank() ? null : tag.strip();
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, statuses, t, onlineService, legalBasis,
                text);
    }

    /**
     * {@code TRUE}: only Steckbriefe with an online service (a context of kind {@link ContextKind#OAA});
     * {@code FALSE}: only those without; {@code null}: either.
     */
    public RegisterQuery withOnlineService(Boolean required) {
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, statuses, tag, required, legalBasis, text);
    }

    /** {@code TRUE}: only Steckbriefe with a legal basis; {@code FALSE}: only those without; {@code null}: either. */
    public RegisterQuery withLegalBasis(Boolean required) {
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, statuses, tag, onlineService, required,
                text);
    }

    /**
     * Full-text criterion over name, short description and description. The text is split into words
     * ({@link TextFolding#words}); each word must occur, folded, inside the folded texts, also as part of a longer
     * word ("anmeldung" finds "Gewerbeanmeldung"). A text without words removes the criterion.
     */
    public RegisterQuery withText(String text) {
        String t = text == null || TextFolding.words(text).isEmpty() ? null : text;
        return new RegisterQuery(folder, orgUnit, catalogueId, keyPrefix, statuses, tag, onlineService, legalBasis,
                t);
    }

    public Folder folder() {
        return folder;
    }

    public OrgUnit orgUnit() {
        return orgUnit;
    }

    public String catalogueId() {
        return catalogueId;
    }

    /** The key prefix, {@code null} when any key of {@link #catalogueId()} is accepted. */
    public String keyPrefix() {
        return keyPrefix;
    }

    /** The accepted statuses, {@code null} when any status is accepted. */
    public Set<FimStatus> statuses() {
        return statuses;
    }

    public String tag() {
        return tag;
    }

    public Boolean onlineService() {
        return onlineService;
    }

    public Boolean legalBasis() {
        return legalBasis;
    }

    public String text() {
        return text;
    }

    /** The folded words of {@link #text()} that must all occur; empty when there is no text criterion. */
    public List<String> textTerms() {
        return textTerms;
    }

    /** Whether this query matches every Steckbrief. */
    public boolean isUnrestricted() {
        return equals(ALL);
    }

    String foldedCatalogueId() {
        return foldedCatalogueId;
    }

    String foldedTag() {
        return foldedTag;
    }

    static String foldCatalogueId(String id) {
        return id == null ? null : id.strip().toUpperCase(Locale.ROOT);
    }

    /**
     * Decides one Steckbrief directly from the model. This is the reference semantics; it visits the Steckbrief's
     * texts and references, so use {@link RegisterIndex} for whole registers.
     */
    public boolean matches(ProcessProfile profile) {
        if (folder != null && !EcoreUtil.isAncestor(folder, profile.eContainer())) {
            return false;
        }
        if (orgUnit != null && !EcoreUtil.isAncestor(orgUnit, profile.getResponsibleUnit())) {
            return false;
        }
        if (statuses != null && !statuses.contains(profile.getStatus())) {
            return false;
        }
        if (onlineService != null && onlineService != hasOnlineService(profile)) {
            return false;
        }
        if (legalBasis != null && legalBasis == profile.getLegalBases().isEmpty()) {
            return false;
        }
        if (foldedCatalogueId != null && !hasCatalogueKey(profile)) {
            return false;
        }
        if (foldedTag != null
                && profile.getTags().stream().noneMatch(t -> t != null && foldedTag.equals(TextFolding.fold(t.strip())))) {
            return false;
        }
        if (!textTerms.isEmpty()) {
            String haystack = TextFolding.fold(profile.getName()) + '\n' + TextFolding.fold(profile.getShortDescription())
                    + '\n' + TextFolding.fold(profile.getDescription());
            for (String term : textTerms) {
                if (!haystack.contains(term)) {
                    return false;
                }
            }
        }
        return true;
    }

    static boolean hasOnlineService(ProcessProfile profile) {
        for (ProcessContext context : profile.getContexts()) {
            if (context.getKind() == ContextKind.OAA) {
                return true;
            }
        }
        return false;
    }

    private boolean hasCatalogueKey(ProcessProfile profile) {
        for (CatalogueReference reference : profile.getCatalogueReferences()) {
            if (foldedCatalogueId.equals(foldCatalogueId(reference.getCatalogueId()))) {
                String key = reference.getKey() == null ? "" : reference.getKey();
                if (keyPrefix == null || key.startsWith(keyPrefix)) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RegisterQuery q && folder == q.folder && orgUnit == q.orgUnit
                && Objects.equals(catalogueId, q.catalogueId) && Objects.equals(keyPrefix, q.keyPrefix)
                && Objects.equals(statuses, q.statuses) && Objects.equals(tag, q.tag)
                && Objects.equals(onlineService, q.onlineService) && Objects.equals(legalBasis, q.legalBasis)
                && Objects.equals(text, q.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(System.identityHashCode(folder), System.identityHashCode(orgUnit), catalogueId, keyPrefix,
                statuses, tag, onlineService, legalBasis, text);
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("RegisterQuery[");
        if (folder != null) {
            s.append("folder=").append(folder.getId() != null ? folder.getId() : folder.getName()).append(' ');
        }
        if (orgUnit != null) {
            s.append("orgUnit=").append(orgUnit.getId() != null ? orgUnit.getId() : orgUnit.getName()).append(' ');
        }
        if (catalogueId != null) {
            s.append("catalogue=").append(catalogueId).append(':').append(keyPrefix == null ? "*" : keyPrefix + "*")
                    .append(' ');
        }
        if (statuses != null) {
            s.append("statuses=").append(statuses).append(' ');
        }
        if (tag != null) {
            s.append("tag=").append(tag).append(' ');
        }
        if (onlineService != null) {
            s.append("oaa=").append(onlineService).append(' ');
        }
        if (legalBasis != null) {
            s.append("legalBasis=").append(legalBasis).append(' ');
        }
        if (text != null) {
            s.append("text=").append(textTerms).append(' ');
        }
        return s.toString().strip() + ']';
    }
}
