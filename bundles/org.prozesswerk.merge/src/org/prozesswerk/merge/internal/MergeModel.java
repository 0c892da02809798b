package org.prozesswerk.merge.internal;

import static org.prozesswerk.merge.internal.Node.BASE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MatchKind;
import org.prozesswerk.merge.Ownership;
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
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.StatusChange;

/**
 * The matched elements of two or three registers: every element with id becomes a {@link Node} holding the objects
 * of each side that match (by id, else by business key); value objects become child nodes of their owner matched by
 * content key. All look-ups are hash maps, so building is linear in the size of the registers.
 */
public final class MergeModel {

    private static final ProzesswerkPackage PW = ProzesswerkPackage.eINSTANCE;

    /** Containment features holding value objects, per owner class. */
    static final EReference[] PROFILE_VALUES = { PW.getProcessProfile_CatalogueReferences(),
            PW.getProcessProfile_LegalBases(), PW.getProcessProfile_Contexts(), PW.getProcessProfile_Participations(),
            PW.getProcessProfile_AttributeValues(), PW.getProcessProfile_StatusHistory(),
            PW.getProcessProfile_ModelReferences() };
    static final EReference[] REGISTER_VALUES = { PW.getProcessRegister_UsedCatalogues() };

    public final ProcessRegister[] registers = new ProcessRegister[3];
    public final Node root;
    /** Element nodes in discovery order (base, then added by ours, then added by theirs), by type. */
    public final List<Node> elements = new ArrayList<>();
    @SuppressWarnings("unchecked")
    private final Map<EObject, Node>[] bySide = new Map[] { Map.of(), Map.of(), Map.of() };
    private final Map<String, Node> byUid = new HashMap<>();

    /**
     * @param base   the base (or, for a two-way compare, the older register)
     * @param ours   ours (or the newer register)
     * @param theirs theirs, or {@code null} for a two-way compare
     */
    public MergeModel(ProcessRegister base, ProcessRegister ours, ProcessRegister theirs) {
        registers[0] = base;
        registers[1] = ours;
        registers[2] = theirs;
        root = new Node(ElementType.REGISTER, "register", null, null, null);
        byUid.put(root.uid, root);
        for (int side = 0; side < 3; side++) {
            if (registers[side] == null) {
                continue;
            }
            root.obj[side] = registers[side];
            root.match[side] = MatchKind.ID;
            List<EObject> collected = new ArrayList<>();
            collect(registers[side], collected);
            bySide[side] = new IdentityHashMap<>(collected.size() + collected.size() / 8 + 16);
            bySide[side].put(registers[side], root);
            match(side, collected);
        }
        // Value objects: matched by content key only inside owners whose value objects differ between the sides
        // (a Steckbrief nobody touched needs no nodes for its dozen references, legal bases, status changes …).
        matchValuesIfDifferent(root);
        for (Node n : elements) {
            if (n.type == ElementType.PROFILE) {
                matchValuesIfDifferent(n);
            }
        }
    }

    public Node node(int side, EObject o) {
        return o == null ? null : bySide[side].get(o);
    }

    public Node byUid(String uid) {
        return byUid.get(uid);
    }

    private static void collect(ProcessRegister r, List<EObject> out) {
        out.addAll(r.getAttributeDefinitions());
        for (OrgUnit u : r.getOrganisation()) {
            collectUnits(u, out);
        }
        for (Folder f : r.getRootFolders()) {
            collectFolders(f, out);
        }
        out.addAll(r.getUnfiledProfiles());
    }

    private static void collectUnits(OrgUnit u, List<EObject> out) {
        out.add(u);
        for (OrgUnit c : u.getChildren()) {
            collectUnits(c, out);
        }
    }

    private static void collectFolders(Folder f, List<EObject> out) {
        out.add(f);
        out.addAll(f.getProfiles());
        for (Folder c : f.getFolders()) {
            collectFolders(c, out);
        }
    }

    static ElementType typeOf(EObject o) {
        if (o instanceof ProcessProfile) {
            return ElementType.PROFILE;
        } else if (o instanceof Folder) {
            return ElementType.FOLDER;
        } else if (o instanceof OrgUnit) {
            return ElementType.ORG_UNIT;
        } else if (o instanceof AttributeDefinition) {
            return ElementType.ATTRIBUTE_DEFINITION;
        }
        return ElementType.VALUE;
    }

    static String idOf(EObject o) {
        if (o instanceof ProcessProfile p) {
            return p.getId();
        } else if (o instanceof Folder f) {
            return f.getId();
        } else if (o instanceof OrgUnit u) {
            return u.getId();
        } else if (o instanceof AttributeDefinition d) {
            return d.getId();
        }
        return null;
    }

    /** Business keys in order of preference, and the match kind each gives. */
    static String businessKey(EObject o, int level) {
        if (o instanceof ProcessProfile p) {
            if (level == 0) {
                return blankToNull(p.getKey());
            }
            if (level == 1) {
                for (CatalogueReference ref : p.getCatalogueReferences()) {
                    if ("leika".equals(ref.getCatalogueId())) {
                        return blankToNull(ref.getKey());
                    }
                }
            }
            return null;
        } else if (o instanceof OrgUnit u) {
            return level == 0 ? blankToNull(u.getShortCode()) : null;
        } else if (o instanceof Folder f) {
            return level == 0 ? folderPath(f) : null;
        }
        return null;
    }

    static MatchKind keyMatchKind(ElementType type, int level) {
        return switch (type) {
            case PROFILE -> level == 0 ? MatchKind.STECKBRIEF_KEY : MatchKind.LEIKA_KEY;
            case ORG_UNIT -> MatchKind.ORG_UNIT_CODE;
            case FOLDER -> MatchKind.FOLDER_PATH;
            default -> MatchKind.ID;
        };
    }

    public static String folderPath(Folder f) {
        StringBuilder s = new StringBuilder();
        EObject c = f;
        while (c instanceof Folder folder) {
            s.insert(0, "/" + folder.getName());
            c = c.eContainer();
        }
        return s.toString();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private void match(int side, List<EObject> objects) {
        Map<EObject, Node> mine = bySide[side];
        if (side > 0) {
            indexIds(side - 1);
        }
        TypedKeys<Node> ids = this.ids;
        List<EObject> unmatched = new ArrayList<>();
        for (EObject o : objects) {
            String id = idOf(o);
            Node n = id == null ? null : ids.of(typeOf(o)).get(id);
            if (n != null && n.obj[side] == null) {
                n.obj[side] = o;
                n.match[side] = MatchKind.ID;
                mine.put(o, n);
            } else {
                unmatched.add(o);
            }
        }
        if (side > 0 && !unmatched.isEmpty()) {
            // Business-key fallback, only among nodes this side has no object for, and only for unique keys.
            for (int level = 0; level < 2 && !unmatched.isEmpty(); level++) {
                TypedKeys<Node> keys = new TypedKeys<>();
                for (Node n : elements) {
                    if (n.obj[side] != null) {
                        continue;
                    }
                    for (int s = 0; s < side; s++) {
                        String k = n.obj[s] == null ? null : businessKey(n.obj[s], level);
                        if (k != null) {
                            Map<String, Node> typed = keys.of(n.type);
                            Node prev = typed.putIfAbsent(k, n);
                            if (prev != null && prev != n) {
                                typed.put(k, AMBIGUOUS);
                            }
                            break;
                        }
                    }
                }
                TypedKeys<Integer> ownKeys = new TypedKeys<>();
                for (EObject o : unmatched) {
                    String k = businessKey(o, level);
                    if (k != null) {
                        ownKeys.of(typeOf(o)).merge(k, 1, Integer::sum);
                    }
                }
                List<EObject> still = new ArrayList<>();
                for (EObject o : unmatched) {
                    String k = businessKey(o, level);
                    ElementType type = typeOf(o);
                    Node n = k == null || ownKeys.of(type).get(k) > 1 ? null : keys.of(type).get(k);
                    if (n != null && n != AMBIGUOUS && n.obj[side] == null) {
                        n.obj[side] = o;
                        n.match[side] = keyMatchKind(n.type, level);
                        mine.put(o, n);
                    } else {
                        still.add(o);
                    }
                }
                unmatched = still;
            }
        }
        for (EObject o : unmatched) {
            String id = idOf(o);
            String uid = id == null || byUid.containsKey(id) ? typeOf(o) + "#" + side + "#" + elements.size() : id;
            Node n = new Node(typeOf(o), uid, null, null, null);
            n.obj[side] = o;
            n.index = elements.size();
            mine.put(o, n);
            byUid.put(uid, n);
            elements.add(n);
        }
    }

    /**
     * Ids of the sides matched so far, per element type: for each id the first node in element order that has an
     * object with that id on one of those sides. Extended by one side at a time (the first node in element order
     * still wins), so that no side's ids are read twice.
     */
    private final TypedKeys<Node> ids = new TypedKeys<>();

    private void indexIds(int side) {
        for (Node n : elements) {
            EObject o = n.obj[side];
            String id = o == null ? null : idOf(o);
            if (id != null) {
                Map<String, Node> typed = ids.of(n.type);
                Node first = typed.putIfAbsent(id, n);
                if (first != null && first.index > n.index) {
                    typed.put(id, n);
                }
            }
        }
    }

    /** Keys per element type (ids and business keys are unique only within a type). */
    private static final class TypedKeys<V> {
        @SuppressWarnings("unchecked")
        private final Map<String, V>[] maps = new Map[ElementType.values().length];

        Map<String, V> of(ElementType type) {
            Map<String, V> map = maps[type.ordinal()];
            if (map == null) {
                map = new HashMap<>();
                maps[type.ordinal()] = map;
            }
            return map;
        }
    }

    private static final Node AMBIGUOUS = new Node(ElementType.VALUE, "?", null, null, null);

    /** The value-object features of an owner node (a Steckbrief or the register), none for other elements. */
    private static EReference[] valueFeatures(Node owner) {
        return owner.type == ElementType.PROFILE ? PROFILE_VALUES
                : owner.type == ElementType.REGISTER ? REGISTER_VALUES : NO_VALUES;
    }

    private static final EReference[] NO_VALUES = {};

    /**
     * Matches the owner's value objects unless every compared register has the owner and its value lists are equal
     * element by element (same class, every compared field equal); equal lists would only give nodes without any
     * difference.
     */
    private void matchValuesIfDifferent(Node owner) {
        if (!valuesEqual(owner)) {
            matchValues(owner);
        }
    }

    private boolean valuesEqual(Node owner) {
        for (int side = 0; side < 3; side++) {
            if (registers[side] != null && owner.obj[side] == null) {
                return false;
            }
        }
        for (EReference f : valueFeatures(owner)) {
            List<?> base = (List<?>) owner.obj[BASE].eGet(f);
            for (int side = 1; side < 3; side++) {
                if (registers[side] == null) {
                    continue;
                }
                List<?> other = (List<?>) owner.obj[side].eGet(f);
                if (other.size() != base.size()) {
                    return false;
                }
                for (int i = 0; i < base.size(); i++) {
                    EObject x = (EObject) base.get(i);
                    EObject y = (EObject) other.get(i);
                    EClass c = x.eClass();
                    if (c != y.eClass()) {
                        return false;
                    }
                    for (Field field : valueFields(c)) {
                        if (!same(x, BASE, y, side, field)) {
                            return false;
                        }
                    }
                }
            }
        }
        return true;
    }

    /** The compared fields of a value-object class (ownership aside), by class identity. */
    private List<Field> valueFields(EClass eClass) {
        if (eClass != lastValueClass) {
            lastValueFields = Field.of(eClass, false, Ownership.SHARED);
            lastValueClass = eClass;
        }
        return lastValueFields;
    }

    private EClass lastValueClass;
    private List<Field> lastValueFields;

    private void matchValues(Node owner) {
        owner.valuesMatched = true;
        for (int side = 0; side < 3; side++) {
            EObject o = owner.obj[side];
            if (o == null) {
                continue;
            }
            for (EReference f : valueFeatures(owner)) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) o.eGet(f);
                if (list.isEmpty()) {
                    continue;
                }
                Map<String, Integer> seen = list.size() > 1 ? new HashMap<>() : null;
                for (EObject v : list) {
                    String key = contentKey(side, v);
                    if (seen != null) {
                        int count = seen.merge(key, 1, Integer::sum);
                        if (count > 1) {
                            key = key + "#" + count;
                        }
                    }
                    Node n = owner.value(f, key, true);
                    n.obj[side] = v;
                    n.match[side] = MatchKind.CONTENT_KEY;
                    bySide[side].put(v, n);
                }
            }
        }
    }

    /**
     * Passes the uids of the elements the owner's value objects on one side reference (participation units,
     * attribute definitions); for owners whose value objects were not matched (they are equal on all sides).
     */
    public void unmatchedValueTargets(Node owner, int side, Consumer<String> uids) {
        if (owner.valuesMatched || owner.obj[side] == null) {
            return;
        }
        for (EReference f : valueFeatures(owner)) {
            for (Object v : (List<?>) owner.obj[side].eGet(f)) {
                EObject value = (EObject) v;
                for (Field field : valueFields(value.eClass())) {
                    if (field.kind == Field.Kind.REF) {
                        Node t = node(side, (EObject) value.eGet(field.feature));
                        if (t != null) {
                            uids.accept(t.uid);
                        }
                    } else if (field.kind == Field.Kind.REF_MANY) {
                        for (Object target : (List<?>) value.eGet(field.feature)) {
                            Node t = node(side, (EObject) target);
                            if (t != null) {
                                uids.accept(t.uid);
                            }
                        }
                    }
                }
            }
        }
    }

    /** The content key of a value object: what identifies it inside its owner. */
    String contentKey(int side, EObject v) {
        if (v instanceof CatalogueReference r) {
            return r.getCatalogueId() + ":" + r.getKey();
        } else if (v instanceof LegalBasis l) {
            return Objects.toString(l.getAbbreviation(), "") + " " + Objects.toString(l.getParagraph(), "");
        } else if (v instanceof ProcessContext c) {
            return c.getKind() + ":" + Objects.toString(c.getName(), "");
        } else if (v instanceof Participation p) {
            Node unit = node(side, p.getUnit());
            return (unit == null ? "-" : unit.uid) + ":" + Objects.toString(p.getRole(), "");
        } else if (v instanceof AttributeValue a) {
            Node def = node(side, a.getDefinition());
            return def == null ? "-" : def.uid;
        } else if (v instanceof StatusChange s) {
            return s.getFrom() + ">" + s.getTo() + "@" + (s.getWhen() == null ? "" : s.getWhen().getTime()) + ":"
                    + Objects.toString(s.getWho(), "");
        } else if (v instanceof ProcessModelReference m) {
            return Objects.toString(m.getPath(), "");
        } else if (v instanceof CatalogueUsage u) {
            return Objects.toString(u.getCatalogueId(), "");
        }
        return v.eClass().getName();
    }

    /** @return the fields compared for the node */
    public static List<Field> fields(Node n) {
        List<Field> fields = n.fields;
        if (fields == null) {
            EObject o = n.any();
            fields = n.type == ElementType.VALUE ? Field.of(o.eClass(), false, Field.ownership(n.ownerFeature))
                    : Field.of(o.eClass(), n.type != ElementType.REGISTER && n.type != ElementType.ATTRIBUTE_DEFINITION,
                            null);
            n.fields = fields;
        }
        return fields;
    }

    /**
     * Whether a field is equal on two sides, exactly as {@code value(n, a, f).equals(value(n, b, f))} but without
     * building the normalised values: references compare by matched node, the container by node and feature.
     */
    public boolean same(Node n, int a, int b, Field f) {
        return same(n.obj[a], a, n.obj[b], b, f);
    }

    private boolean same(EObject x, int sx, EObject y, int sy, Field f) {
        switch (f.kind) {
            case ATTR:
                return Objects.equals(f.get(x), f.get(y));
            case ATTR_MANY: {
                List<?> lx = (List<?>) f.get(x);
                List<?> ly = (List<?>) f.get(y);
                if (lx.size() != ly.size()) {
                    return false;
                }
                for (int i = 0; i < lx.size(); i++) {
                    if (!Objects.equals(lx.get(i), ly.get(i))) {
                        return false;
                    }
                }
                return true;
            }
            case REF:
                return node(sx, (EObject) f.get(x)) == node(sy, (EObject) f.get(y));
            case REF_MANY: {
                // as value(): targets without a node are left out
                List<?> lx = (List<?>) f.get(x);
                List<?> ly = (List<?>) f.get(y);
                int i = 0, j = 0;
                while (true) {
                    Node nx = null, ny = null;
                    while (i < lx.size() && (nx = node(sx, (EObject) lx.get(i++))) == null) {
                        // skip
                    }
                    while (j < ly.size() && (ny = node(sy, (EObject) ly.get(j++))) == null) {
                        // skip
                    }
                    if (nx != ny) {
                        return false;
                    }
                    if (nx == null) {
                        return true;
                    }
                }
            }
            case CONTAINER:
                return node(sx, x.eContainer()) == node(sy, y.eContainer())
                        && x.eContainmentFeature().getName().equals(y.eContainmentFeature().getName());
            default:
                throw new IllegalStateException();
        }
    }

    /**
     * The value of a field on one side, normalised so that sides compare with {@code equals}: references as the
     * uid of the target node, the container as "container uid/feature".
     */
    public Object value(Node n, int side, Field f) {
        EObject o = n.obj[side];
        switch (f.kind) {
            case ATTR:
                return o.eGet(f.feature);
            case ATTR_MANY:
                return new ArrayList<>((List<?>) o.eGet(f.feature));
            case REF: {
                Node t = node(side, (EObject) o.eGet(f.feature));
                return t == null ? null : t.uid;
            }
            case REF_MANY: {
                List<?> list = (List<?>) o.eGet(f.feature);
                List<String> uids = new ArrayList<>(list.size());
                for (Object t : list) {
                    Node tn = node(side, (EObject) t);
                    if (tn != null) {
                        uids.add(tn.uid);
                    }
                }
                return uids;
            }
            case CONTAINER: {
                Node c = node(side, o.eContainer());
                return (c == null ? "?" : c.uid) + "/" + o.eContainmentFeature().getName();
            }
            default:
                throw new IllegalStateException();
        }
    }

    /**
     * Passes the uids {@code value(n, side, f)} holds for a reference or container field (for the container, the
     * container's uid), without building the value.
     */
    public void targets(Node n, int side, Field f, Consumer<String> uids) {
        EObject o = n.obj[side];
        switch (f.kind) {
            case REF -> {
                Node t = node(side, (EObject) o.eGet(f.feature));
                if (t != null) {
                    uids.accept(t.uid);
                }
            }
            case REF_MANY -> {
                for (Object target : (List<?>) o.eGet(f.feature)) {
                    Node t = node(side, (EObject) target);
                    if (t != null) {
                        uids.accept(t.uid);
                    }
                }
            }
            case CONTAINER -> {
                Node c = node(side, o.eContainer());
                uids.accept(c == null ? "?" : c.uid);
            }
            default -> {
                // attributes reference nothing
            }
        }
    }

    /** @return a label users recognise */
    public String label(Node n) {
        EObject o = n.obj[1] != null ? n.obj[1] : n.any();
        if (o instanceof ProcessProfile p) {
            return Objects.toString(p.getKey(), "") + " " + Objects.toString(p.getName(), "");
        } else if (o instanceof Folder f) {
            return folderPath(f);
        } else if (o instanceof OrgUnit u) {
            return Objects.toString(u.getShortCode(), "") + " " + Objects.toString(u.getName(), "");
        } else if (o instanceof AttributeDefinition d) {
            return d.getId();
        } else if (o instanceof ProcessRegister r) {
            return Objects.toString(r.getName(), "Register");
        } else if (n.owner != null) {
            return label(n.owner) + " › " + n.ownerFeature.getName() + " " + n.contentKey;
        }
        return n.uid;
    }

    /** Renders one element of a list-valued field. */
    public String renderItem(Field f, Object item) {
        if (f.kind == Field.Kind.REF_MANY) {
            Node t = byUid((String) item);
            return t == null ? (String) item : label(t);
        }
        return String.valueOf(item);
    }

    /** Renders a normalised value for reports. */
    public String render(Field f, Object value) {
        if (value == null) {
            return null;
        }
        if (f.kind == Field.Kind.REF) {
            Node t = byUid((String) value);
            return t == null ? (String) value : label(t);
        }
        if (f.kind == Field.Kind.REF_MANY) {
            List<String> out = new ArrayList<>();
            for (Object uid : (List<?>) value) {
                Node t = byUid((String) uid);
                out.add(t == null ? (String) uid : label(t));
            }
            return out.toString();
        }
        if (f.kind == Field.Kind.CONTAINER) {
            String s = (String) value;
            int slash = s.lastIndexOf('/');
            Node t = byUid(s.substring(0, slash));
            if (t == null) {
                return s;
            }
            return t.type == ElementType.REGISTER ? "(" + s.substring(slash + 1) + ")" : label(t);
        }
        if (value instanceof java.util.Date d) {
            return d.toInstant().toString();
        }
        return String.valueOf(value);
    }
}
