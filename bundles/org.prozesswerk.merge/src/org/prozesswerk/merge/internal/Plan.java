package org.prozesswerk.merge.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** What a merge does to the local register, in terms of nodes; copied and completed by the conflict decisions. */
public final class Plan {
    /** Fields to set on the local object (normalised values, see {@link MergeModel#value}). */
    public final Map<Node, Map<Field, Object>> sets;
    /** Nodes to copy from THEIRS into the local register. */
    public final Set<Node> adds;
    /** Nodes to remove from the local register. */
    public final Set<Node> deletes;
    /** Steckbriefe deleted upstream but in local use: moved to the folder „Durch Aktualisierung entfernt“ and flagged. */
    public final Set<Node> retires;

    public Plan() {
        sets = new LinkedHashMap<>();
        adds = new LinkedHashSet<>();
        deletes = new LinkedHashSet<>();
        retires = new LinkedHashSet<>();
    }

    public Plan(Plan other) {
        sets = new LinkedHashMap<>();
        other.sets.forEach((n, m) -> sets.put(n, new HashMap<>(m)));
        adds = new LinkedHashSet<>(other.adds);
        deletes = new LinkedHashSet<>(other.deletes);
        retires = new LinkedHashSet<>(other.retires);
    }

    public void set(Node n, Field f, Object value) {
        sets.computeIfAbsent(n, k -> new HashMap<>(4)).put(f, value);
    }

    public boolean isEmpty() {
        return sets.isEmpty() && adds.isEmpty() && deletes.isEmpty() && retires.isEmpty();
    }
}
