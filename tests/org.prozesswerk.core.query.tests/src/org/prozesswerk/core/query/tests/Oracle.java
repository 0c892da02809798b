package org.prozesswerk.core.query.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.core.query.RegisterIndex;
import org.prozesswerk.core.query.RegisterQuery;
import org.prozesswerk.core.query.TextFolding;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.ContextKind;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;

/**
 * The brute-force side of the property tests: visits every Steckbrief of the register and decides each query from
 * the model, written independently of the index (and of {@link RegisterQuery#matches}, which is checked too).
 */
final class Oracle {

    private final List<ProcessProfile> profiles = new ArrayList<>();
    private final Map<ProcessProfile, String> haystacks = new IdentityHashMap<>();

    /** Takes a snapshot of the register's Steckbriefe; take a new one after each change. */
    Oracle(ProcessRegister register) {
        for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof ProcessProfile profile) {
                profiles.add(profile);
                haystacks.put(profile, TextFolding.fold(profile.getName()) + "\n"
                        + TextFolding.fold(profile.getShortDescription()) + "\n"
                        + TextFolding.fold(profile.getDescription()));
                it.prune();
            }
        }
    }

    List<ProcessProfile> profiles() {
        return profiles;
    }

    Set<String> expected(RegisterQuery query) {
        Set<String> keys = new TreeSet<>();
        for (ProcessProfile profile : profiles) {
            if (accepts(query, profile)) {
                keys.add(identity(profile));
            }
        }
        return keys;
    }

    /** Asserts that the index, its count and {@link RegisterQuery#matches} agree with the brute-force scan. */
    void check(RegisterIndex index, RegisterQuery query, String context) {
        Set<String> expected = expected(query);
        Set<String> actual = new TreeSet<>();
        for (ProcessProfile profile : index.find(query)) {
            actual.add(identity(profile));
        }
        assertEquals(expected, actual, () -> context + ": " + query);
        assertEquals(expected.size(), index.count(query), () -> context + ": count of " + query);
        long matching = profiles.stream().filter(query::matches).count();
        assertEquals(expected.size(), matching, () -> context + ": RegisterQuery.matches for " + query);
    }

    void checkSize(RegisterIndex index, String context) {
        assertEquals(profiles.size(), index.size(), context + ": indexed Steckbriefe");
    }

    /** Profiles are told apart by identity; the hash makes failures readable and survives generated duplicates. */
    private static String identity(ProcessProfile profile) {
        return profile.getKey() + "@" + Integer.toHexString(System.identityHashCode(profile));
    }

    private boolean accepts(RegisterQuery q, ProcessProfile p) {
        if (q.folder() != null && !below(q.folder(), p.eContainer())) {
            return false;
        }
        if (q.orgUnit() != null && !below(q.orgUnit(), p.getResponsibleUnit())) {
            return false;
        }
        if (q.statuses() != null && !q.statuses().contains(p.getStatus())) {
            return false;
        }
        if (q.onlineService() != null
                && q.onlineService() != p.getContexts().stream().anyMatch(c -> c.getKind() == ContextKind.OAA)) {
            return false;
        }
        if (q.legalBasis() != null && q.legalBasis() != !p.getLegalBases().isEmpty()) {
            return false;
        }
        if (q.catalogueId() != null) {
            boolean found = false;
            for (CatalogueReference r : p.getCatalogueReferences()) {
                String key = Objects.toString(r.getKey(), "");
                found |= r.getCatalogueId() != null && r.getCatalogueId().strip().equalsIgnoreCase(q.catalogueId())
                        && (q.keyPrefix() == null || key.startsWith(q.keyPrefix()));
            }
            if (!found) {
                return false;
            }
        }
        if (q.tag() != null) {
            String wanted = TextFolding.fold(q.tag().strip());
            if (p.getTags().stream().noneMatch(t -> t != null && TextFolding.fold(t.strip()).equals(wanted))) {
                return false;
            }
        }
        if (q.text() != null) {
            String haystack = haystacks.get(p);
            for (String word : TextFolding.words(q.text())) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean below(EObject ancestor, EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o == ancestor) {
                return true;
            }
        }
        return false;
    }

    static <T> T pick(java.util.SplittableRandom random, List<T> list) {
        return list.isEmpty() ? null : list.get(random.nextInt(list.size()));
    }
}
