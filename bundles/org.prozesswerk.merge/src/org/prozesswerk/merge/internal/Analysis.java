package org.prozesswerk.merge.internal;

import static org.prozesswerk.merge.internal.Node.BASE;
import static org.prozesswerk.merge.internal.Node.OURS;
import static org.prozesswerk.merge.internal.Node.THEIRS;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.DifferenceKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.Ownership;
import org.prozesswerk.merge.Side;

/**
 * The three-way analysis: for every node and field, what each side did relative to the base, what the merge takes
 * without asking, and what is a conflict. One pass over the nodes plus a work list for "still in use" checks.
 */
public final class Analysis {

    /** The effect of a conflict decided THEIRS (deciding OURS keeps the local state). */
    public record Effect(Node node, Field field, Object theirsValue, Map<Field, Object> theirsValues, boolean delete,
            boolean add) {
    }

    public static final String DELETED = "(gelöscht)";

    private final MergeModel m;
    public final Plan plan = new Plan();
    public final List<Conflict> conflicts = new ArrayList<>();
    public final Map<String, Effect> effects = new HashMap<>();
    public final List<Difference> autoMerged = new ArrayList<>();
    /** Nodes deleted by theirs and unchanged locally: deleted unless still in use. */
    private final Set<Node> theirsDeleteCandidates = new LinkedHashSet<>();
    /** Nodes deleted by ours, unchanged by theirs: stay deleted unless theirs now uses them. */
    private final Set<Node> oursDeleted = new LinkedHashSet<>();
    /** Nodes kept locally although deleted upstream, pending conflict (their references count as used). */
    private final Set<Node> keptPending = new HashSet<>();

    public Analysis(MergeModel model) {
        this.m = model;
        node(model.root);
        for (Node n : model.elements) {
            node(n);
        }
        cycles();
        inUse();
    }

    private void node(Node n) {
        boolean b = n.has(BASE), o = n.has(OURS), t = n.has(THEIRS);
        if (o && t) {
            if (b) {
                fields(n);
            } else {
                addedTwice(n);
            }
            values(n);
        } else if (o && b) {
            // deleted upstream
            if (changed(n, OURS)) {
                if (n.type == ElementType.PROFILE) {
                    plan.retires.add(n);
                    auto(DifferenceKind.RETIRED, n, null, null, null);
                } else if (n.type == ElementType.VALUE && ownership(n) == Ownership.LOCAL) {
                    // local value objects stay
                } else {
                    conflict(ConflictKind.CHANGE_DELETE, n, null, "(unverändert)", "(geändert)", DELETED,
                            new Effect(n, null, null, null, true, false));
                    keptPending.add(n);
                }
            } else if (n.type == ElementType.VALUE) {
                plan.deletes.add(n);
                auto(DifferenceKind.DELETED, n, null, null, null);
            } else {
                theirsDeleteCandidates.add(n);
            }
        } else if (t && b) {
            // deleted locally
            if (changed(n, THEIRS)) {
                if (n.type == ElementType.VALUE && ownership(n) == Ownership.LOCAL) {
                    return;
                }
                conflict(ConflictKind.CHANGE_DELETE, n, null, "(unverändert)", DELETED, "(geändert)",
                        new Effect(n, null, null, null, false, true));
            } else {
                oursDeleted.add(n);
            }
        } else if (t && !b) {
            if (n.type == ElementType.VALUE && !n.owner.has(OURS)) {
                return; // copied with its owner
            }
            plan.adds.add(n);
            auto(DifferenceKind.ADDED, n, null, null, null);
        } else if (o && !b) {
            values(n); // added locally; nothing to do, but its values are ours only
        }
    }

    private void values(Node n) {
        for (Node v : n.values()) {
            node(v);
        }
    }

    static Ownership ownership(Node n) {
        return n.type == ElementType.VALUE ? Field.ownership(n.ownerFeature) : Ownership.SHARED;
    }

    /** @return whether the side changed the node (any field or value object) relative to the base */
    private boolean changed(Node n, int side) {
        for (Field f : MergeModel.fields(n)) {
            if (f.kind == Field.Kind.CONTAINER && n.type == ElementType.PROFILE && side == OURS) {
                // a Steckbrief only moved locally is not "in use"
                continue;
            }
            if (!m.same(n, BASE, side, f)) {
                return true;
            }
        }
        for (Node v : n.values()) {
            if (v.has(BASE) != v.has(side) || v.has(BASE) && changed(v, side)) {
                return true;
            }
        }
        return false;
    }

    private void fields(Node n) {
        for (Field f : MergeModel.fields(n)) {
            // the common case first, without building values: theirs did not change the field, or both did alike
            if (m.same(n, THEIRS, BASE, f) || m.same(n, OURS, THEIRS, f)) {
                continue;
            }
            Object vb = m.value(n, BASE, f), vo = m.value(n, OURS, f), vt = m.value(n, THEIRS, f);
            if (Objects.equals(vo, vb)) {
                plan.set(n, f, vt);
                auto(f.kind == Field.Kind.CONTAINER ? DifferenceKind.MOVED : DifferenceKind.CHANGED, n, f, vo, vt);
            } else if (f.isList()) {
                List<Object> merged = setMerge((List<?>) vb, (List<?>) vo, (List<?>) vt);
                if (!merged.equals(vo)) {
                    plan.set(n, f, merged);
                    auto(DifferenceKind.CHANGED, n, f, vo, merged);
                }
            } else if (f.ownership == Ownership.LOCAL) {
                // local wins, never a conflict
            } else {
                conflict(f.kind == Field.Kind.CONTAINER ? ConflictKind.MOVE_MOVE : ConflictKind.SAME_FIELD, n, f,
                        m.render(f, vb), m.render(f, vo), m.render(f, vt), new Effect(n, f, vt, null, false, false));
            }
        }
    }

    /** Both lists changed: the local list, minus what theirs removed, plus what theirs added (in their order). */
    static List<Object> setMerge(List<?> base, List<?> ours, List<?> theirs) {
        Set<Object> b = new HashSet<>(base), t = new HashSet<>(theirs), o = new HashSet<>(ours);
        List<Object> out = new ArrayList<>(ours.size() + 4);
        for (Object x : ours) {
            if (!b.contains(x) || t.contains(x)) {
                out.add(x);
            }
        }
        for (Object x : theirs) {
            if (!b.contains(x) && !o.contains(x)) {
                out.add(x);
                o.add(x);
            }
        }
        return out;
    }

    private void addedTwice(Node n) {
        Map<Field, Object> differing = new HashMap<>();
        StringBuilder ours = new StringBuilder(), theirs = new StringBuilder();
        for (Field f : MergeModel.fields(n)) {
            if (f.ownership == Ownership.LOCAL || m.same(n, OURS, THEIRS, f)) {
                continue;
            }
            Object vo = m.value(n, OURS, f), vt = m.value(n, THEIRS, f);
            differing.put(f, vt);
            ours.append(ours.isEmpty() ? "" : "; ").append(f.name).append('=').append(m.render(f, vo));
            theirs.append(theirs.isEmpty() ? "" : "; ").append(f.name).append('=').append(m.render(f, vt));
        }
        if (!differing.isEmpty()) {
            conflict(ConflictKind.ADD_ADD, n, null, null, ours.toString(), theirs.toString(),
                    new Effect(n, null, null, differing, false, false));
        }
    }

    private void conflict(ConflictKind kind, Node n, Field f, String base, String ours, String theirs, Effect e) {
        Node element = n.type == ElementType.VALUE ? n.owner : n;
        String feature = f == null ? (n.type == ElementType.VALUE ? n.ownerFeature.getName() : null)
                : n.type == ElementType.VALUE ? n.ownerFeature.getName() : f.name;
        Ownership own = f != null ? f.ownership : ownership(n);
        Side suggested = own == Ownership.UPSTREAM ? Side.THEIRS : own == Ownership.LOCAL ? Side.OURS : null;
        String id = kind + ":" + n.uid + (f == null ? "" : ":" + f.name);
        String label = n.type == ElementType.VALUE ? m.label(element) + " › " + n.contentKey : m.label(n);
        if (n.type == ElementType.VALUE && f != null) {
            feature = n.ownerFeature.getName() + "." + f.name;
        }
        conflicts.add(new Conflict(id, kind, element.type, element.uid, label, feature, base, ours, theirs, own,
                suggested));
        effects.put(id, e);
    }

    private void auto(DifferenceKind kind, Node n, Field f, Object old, Object now) {
        Node element = n.type == ElementType.VALUE ? n.owner : n;
        String feature = n.type == ElementType.VALUE
                ? n.ownerFeature.getName() + (f == null ? "" : "[" + n.contentKey + "]." + f.name)
                : f == null ? null : f.name;
        String label = m.label(element);
        if (n.type == ElementType.VALUE && f == null) {
            kind = kind == DifferenceKind.ADDED ? DifferenceKind.REFERENCE_ADDED
                    : kind == DifferenceKind.DELETED ? DifferenceKind.REFERENCE_REMOVED : kind;
            old = kind == DifferenceKind.REFERENCE_REMOVED ? n.contentKey : null;
            now = kind == DifferenceKind.REFERENCE_ADDED ? n.contentKey : null;
            autoMerged.add(new Difference(kind, element.type, element.uid, label, feature, (String) old,
                    (String) now, null));
            return;
        }
        autoMerged.add(new Difference(kind, element.type, element.uid, label, feature,
                f == null ? null : m.render(f, old), f == null ? null : m.render(f, now),
                n.match[THEIRS]));
    }

    // --- moves that together would make a folder or unit its own ancestor ------------------------------------

    /**
     * Ours moved A under B, theirs moved B under A: each is one-sided, together they are a cycle. The incoming move
     * becomes a MOVE_MOVE conflict instead (deciding THEIRS is then refused at run time with a note).
     */
    private void cycles() {
        for (Map.Entry<Node, Map<Field, Object>> e : new ArrayList<>(plan.sets.entrySet())) {
            Node n = e.getKey();
            if (n.type != ElementType.FOLDER && n.type != ElementType.ORG_UNIT) {
                continue;
            }
            Field cf = MergeModel.fields(n).get(0);
            Object target = e.getValue().get(cf);
            if (cf.kind != Field.Kind.CONTAINER || target == null) {
                continue;
            }
            String parent = parentUid(target);
            for (int guard = 0; parent != null && guard < 100_000; guard++) {
                if (parent.equals(n.uid)) {
                    e.getValue().remove(cf);
                    conflict(ConflictKind.MOVE_MOVE, n, cf, m.render(cf, m.value(n, BASE, cf)),
                            m.render(cf, m.value(n, OURS, cf)), m.render(cf, target),
                            new Effect(n, cf, target, null, false, false));
                    break;
                }
                Node p = m.byUid(parent);
                if (p == null || p.type == ElementType.REGISTER || p.type != n.type) {
                    break;
                }
                Map<Field, Object> ps = plan.sets.get(p);
                Field pf = MergeModel.fields(p).get(0);
                Object v = ps != null && ps.containsKey(pf) ? ps.get(pf)
                        : p.has(OURS) ? m.value(p, OURS, pf) : p.has(THEIRS) ? m.value(p, THEIRS, pf) : null;
                parent = parentUid(v);
            }
        }
    }

    private static String parentUid(Object container) {
        if (!(container instanceof String s)) {
            return null;
        }
        return s.substring(0, s.lastIndexOf('/'));
    }

    // --- still in use -----------------------------------------------------------------------------------------

    /**
     * Deleted upstream but referenced (or holding something) in the merged register: a Steckbrief is retired, any
     * other element is a DELETE_REFERENCED conflict. Deleted locally but used by an upstream change: conflict.
     */
    private void inUse() {
        if (theirsDeleteCandidates.isEmpty() && oursDeleted.isEmpty()) {
            for (Node n : theirsDeleteCandidates) {
                plan.deletes.add(n);
            }
            return;
        }
        Set<String> used = new HashSet<>();
        for (Node n : m.elements) {
            if (n.has(OURS) ? !theirsDeleteCandidates.contains(n) : plan.adds.contains(n)) {
                usesWithValues(n, used);
            }
        }
        // A rescued candidate's own references count too (a retired Steckbrief keeps its predecessors).
        Set<Node> rescued = new HashSet<>();
        boolean more = true;
        while (more) {
            more = false;
            for (Node c : theirsDeleteCandidates) {
                if (!rescued.contains(c) && used.contains(c.uid)) {
                    rescued.add(c);
                    if (c.type == ElementType.PROFILE) {
                        plan.retires.add(c);
                    }
                    usesWithValues(c, used);
                    more = true;
                }
            }
        }
        for (Node c : theirsDeleteCandidates) {
            if (!rescued.contains(c)) {
                plan.deletes.add(c);
                auto(DifferenceKind.DELETED, c, null, null, null);
            } else if (c.type == ElementType.PROFILE) {
                auto(DifferenceKind.RETIRED, c, null, null, null);
            } else {
                conflict(ConflictKind.DELETE_REFERENCED, c, null, "(vorhanden)", "(verwendet)", DELETED,
                        new Effect(c, null, null, null, true, false));
            }
        }
        for (Node c : oursDeleted) {
            if (used.contains(c.uid)) {
                conflict(ConflictKind.DELETE_REFERENCED, c, null, "(vorhanden)", DELETED, "(verwendet)",
                        new Effect(c, null, null, null, false, true));
            }
        }
    }

    private void usesWithValues(Node n, Set<String> used) {
        uses(n, used);
        m.unmatchedValueTargets(n, n.has(OURS) ? OURS : THEIRS, used::add);
        for (Node v : n.values()) {
            if (v.has(n.has(OURS) ? OURS : THEIRS) || plan.adds.contains(v)) {
                uses(v, used);
            }
        }
    }

    private void uses(Node n, Set<String> used) {
        int side = n.has(OURS) ? OURS : THEIRS;
        Map<Field, Object> sets = plan.sets.get(n);
        for (Field f : MergeModel.fields(n)) {
            if (f.kind == Field.Kind.ATTR || f.kind == Field.Kind.ATTR_MANY) {
                continue;
            }
            if (f.kind == Field.Kind.CONTAINER && plan.retires.contains(n)) {
                continue;
            }
            if (sets == null || !sets.containsKey(f)) {
                m.targets(n, side, f, used::add);
                continue;
            }
            Object v = sets.get(f);
            if (v instanceof String s) {
                used.add(f.kind == Field.Kind.CONTAINER ? s.substring(0, s.lastIndexOf('/')) : s);
            } else if (v instanceof List<?> list) {
                for (Object x : list) {
                    used.add((String) x);
                }
            }
        }
    }
}
