package org.prozesswerk.merge.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.DifferenceKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MatchKind;

/** Lists the differences between two sides of a {@link MergeModel}. */
public final class Differ {

    private final MergeModel model;

    public Differ(MergeModel model) {
        this.model = model;
    }

    /** @return the differences from side {@code from} to side {@code to} */
    public List<Difference> differences(int from, int to) {
        List<Difference> out = new ArrayList<>();
        element(model.root, from, to, out);
        for (Node n : model.elements) {
            element(n, from, to, out);
        }
        return out;
    }

    private void element(Node n, int from, int to, List<Difference> out) {
        boolean a = n.has(from);
        boolean b = n.has(to);
        if (!a && !b) {
            return;
        }
        if (!a) {
            out.add(new Difference(DifferenceKind.ADDED, n.type, n.uid, model.label(n), null, null, null, null));
            return;
        }
        if (!b) {
            out.add(new Difference(DifferenceKind.DELETED, n.type, n.uid, model.label(n), null, null, null, null));
            return;
        }
        fields(n, n, from, to, out);
        for (Node v : n.values()) {
            String feature = v.ownerFeature.getName();
            if (!v.has(from) && v.has(to)) {
                out.add(new Difference(DifferenceKind.REFERENCE_ADDED, n.type, n.uid, model.label(n), feature, null,
                        v.contentKey, v.match[to]));
            } else if (v.has(from) && !v.has(to)) {
                out.add(new Difference(DifferenceKind.REFERENCE_REMOVED, n.type, n.uid, model.label(n), feature,
                        v.contentKey, null, v.match[from]));
            } else if (v.has(from)) {
                fields(v, n, from, to, out);
            }
        }
    }

    private void fields(Node v, Node owner, int from, int to, List<Difference> out) {
        MatchKind match = to == 0 ? v.match[from] : v.match[to];
        for (Field f : MergeModel.fields(v)) {
            if (model.same(v, from, to, f)) {
                continue;
            }
            Object x = model.value(v, from, f);
            Object y = model.value(v, to, f);
            String feature = v == owner ? f.name : v.ownerFeature.getName() + "[" + v.contentKey + "]." + f.name;
            String label = model.label(owner);
            if (f.kind == Field.Kind.CONTAINER) {
                out.add(new Difference(DifferenceKind.MOVED, owner.type, owner.uid, label, f.name, model.render(f, x),
                        model.render(f, y), match));
            } else if (f.isList()) {
                List<?> xs = (List<?>) x;
                List<?> ys = (List<?>) y;
                Set<Object> xset = new HashSet<>(xs);
                Set<Object> yset = new HashSet<>(ys);
                boolean any = false;
                for (Object o : ys) {
                    if (!xset.contains(o)) {
                        out.add(new Difference(DifferenceKind.REFERENCE_ADDED, owner.type, owner.uid, label, feature,
                                null, model.renderItem(f, o), match));
                        any = true;
                    }
                }
                for (Object o : xs) {
                    if (!yset.contains(o)) {
                        out.add(new Difference(DifferenceKind.REFERENCE_REMOVED, owner.type, owner.uid, label,
                                feature, model.renderItem(f, o), null, match));
                        any = true;
                    }
                }
                if (!any) {
                    out.add(new Difference(DifferenceKind.ORDER_CHANGED, owner.type, owner.uid, label, feature,
                            model.render(f, x), model.render(f, y), match));
                }
            } else {
                out.add(new Difference(DifferenceKind.CHANGED, owner.type, owner.uid, label, feature,
                        model.render(f, x), model.render(f, y), match));
            }
        }
        if (v == owner && v.type != ElementType.VALUE && match != null && match != MatchKind.ID) {
            // A key match is itself worth saying: ids differ.
            out.add(new Difference(DifferenceKind.CHANGED, owner.type, owner.uid, model.label(owner), "id",
                    MergeModel.idOf(v.obj[from]), MergeModel.idOf(v.obj[to]), match));
        }
    }

}
