package org.prozesswerk.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MatchKind;

/** One element across the (up to) three registers: the objects that were matched with each other. */
public final class Node {
    public static final int BASE = 0;
    public static final int OURS = 1;
    public static final int THEIRS = 2;

    public final ElementType type;
    /** Merge identity: id of the first side that has the element; for value objects owner uid/feature/content key. */
    public final String uid;
    public final EObject[] obj = new EObject[3];
    /** How OURS and THEIRS were matched (index 1 and 2). */
    public final MatchKind[] match = new MatchKind[3];
    /** Value objects: owner node, its containment feature and the content key. */
    public final Node owner;
    public final EReference ownerFeature;
    public final String contentKey;
    /** Value objects of this node by feature name + content key; built only where the sides differ. */
    private Map<String, Node> values;
    private List<Node> valueList;
    /** Whether the value objects were matched ({@link MergeModel}: not needed where they are equal on all sides). */
    boolean valuesMatched;
    /** Position in {@link MergeModel#elements} (-1 for the register and value objects). */
    int index = -1;
    /** The compared fields (cached by {@link MergeModel#fields}). */
    List<Field> fields;

    public Node(ElementType type, String uid, Node owner, EReference ownerFeature, String contentKey) {
        this.type = type;
        this.uid = uid;
        this.owner = owner;
        this.ownerFeature = ownerFeature;
        this.contentKey = contentKey;
    }

    public boolean has(int side) {
        return obj[side] != null;
    }

    /** @return the object of the first side that has one (base, ours, theirs) */
    public EObject any() {
        return obj[0] != null ? obj[0] : obj[1] != null ? obj[1] : obj[2];
    }

    Node value(EReference feature, String key, boolean create) {
        if (values == null) {
            if (!create) {
                return null;
            }
            values = new HashMap<>(8);
            valueList = new ArrayList<>(8);
        }
        String k = feature.getName() + '\u0000' + key;
        Node n = values.get(k);
        if (n == null && create) {
            n = new Node(ElementType.VALUE, uid + "/" + feature.getName() + "/" + key, this, feature, key);
            values.put(k, n);
            valueList.add(n);
        }
        return n;
    }

    /**
     * @return the matched value objects; empty where they are equal on every side (then nothing about them differs
     *         and no node is built for them)
     */
    public List<Node> values() {
        return valueList == null ? List.of() : valueList;
    }

    @Override
    public String toString() {
        return type + " " + uid;
    }
}
