package org.prozesswerk.merge.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
    private final List<Map<EObject, Node>> bySide = List.of(new IdentityHashMap<>(), new IdentityHashMap<>(),
            new IdentityHashMap<>());
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
            bySide.get(side).put(registers[side], root);
            List<EObject> collected = new ArrayList<>();
            collect(registers[side], collected);
            match(side, collected);
        }
        for (int side = 0; side < 3; side++) {
            if (registers[side] != null) {
                values(side);
            }
        }
    }

    public Node node(int side, EObject o) {
        return o == null ? null : bySide.get(side).get(o);
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
        Map<EObject, Node> mine = bySide.get(side);
        Map<String, Node> ids = new HashMap<>();
        if (side > 0) {
            for (Node n : elements) {
                for (int s = 0; s < side; s++) {
                    if (n.obj[s] != null) {
                        String id = idOf(n.obj[s]);
                        if (id != null) {
                            ids.putIfAbsent(n.type + ":" + id, n);
                        }
                    }
                }
            }
        }
        List<EObject> unmatched = new ArrayList<>();
        for (EObject o : objects) {
            String id = idOf(o);
            Node n = id == null ? null : ids.get(typeOf(o) + ":" + id);
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
                Map<String, Node> keys = new HashMap<>();
                for (Node n : elements) {
                    if (n.obj[side] != null) {
                        continue;
                    }
                    for (int s = 0; s < side; s++) {
                        String k = n.obj[s] == null ? null : businessKey(n.obj[s], level);
                        if (k != null) {
                            Node prev = keys.putIfAbsent(n.type + ":" + k, n);
                            if (prev != null && prev != n) {
                                keys.put(n.type + ":" + k, AMBIGUOUS);
                            }
                            break;
                        }
                    }
                }
                Map<String, Integer> ownKeys = new HashMap<>();
                for (EObject o : unmatched) {
                    String k = businessKey(o, level);
                    if (k != null) {
                        ownKeys.merge(typeOf(o) + ":" + k, 1, Integer::sum);
                    }
                }
                List<EObject> still = new ArrayList<>();
                for (EObject o : unmatched) {
                    String k = businessKey(o, level);
                    String tk = typeOf(o) + ":" + k;
                    Node n = k == null || ownKeys.get(tk) > 1 ? null : keys.get(tk);
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
            mine.put(o, n);
            byUid.put(uid, n);
            elements.add(n);
        }
    }

    private static final Node AMBIGUOUS = new Node(ElementType.VALUE, "?", null, null, null);

    private void values(int side) {
        for (Map.Entry<EObject, Node> e : new ArrayList<>(bySide.get(side).entrySet())) {
            EReference[] features = e.getKey() instanceof ProcessProfile ? PROFILE_VALUES
                    : e.getKey() instanceof ProcessRegister ? REGISTER_VALUES : null;
            if (features == null) {
                continue;
            }
            Node owner = e.getValue();
            for (EReference f : features) {
                @SuppressWarnings("unchecked")
                List<EObject> list = (List<EObject>) e.getKey().eGet(f);
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
                    bySide.get(side).put(v, n);
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
        EObject o = n.any();
        if (n.type == ElementType.VALUE) {
            return Field.of(o.eClass(), false, Field.ownership(n.ownerFeature));
        }
        return Field.of(o.eClass(), n.type != ElementType.REGISTER && n.type != ElementType.ATTRIBUTE_DEFINITION,
                null);
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
