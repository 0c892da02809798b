package org.prozesswerk.merge.internal;

import static org.prozesswerk.merge.internal.Node.OURS;
import static org.prozesswerk.merge.internal.Node.THEIRS;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.model.AttributeValue;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.Participation;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;

/** Turns a decided {@link Plan} into one {@link MergeCommand} on the local register. */
public final class CommandBuilder {

    /** Name of the folder for Steckbriefe deleted upstream but still in local use. */
    public static final String RETIRED_FOLDER = "Durch Aktualisierung entfernt";
    /** Id of that folder when the merge creates it. */
    public static final String RETIRED_FOLDER_ID = "durch-aktualisierung-entfernt";
    /** Tag that flags such Steckbriefe. */
    public static final String RETIRED_TAG = "Durch Aktualisierung entfernt";

    private static final ProzesswerkPackage PW = ProzesswerkPackage.eINSTANCE;

    private final MergeModel m;
    private final Plan p;
    private final EditingDomain domain;
    private final ProcessRegister register;
    private final MergeCommand cmd;
    private final Map<Node, EObject> copies = new LinkedHashMap<>();
    private final Map<EObject, EObject> copySources = new LinkedHashMap<>(); // EObjects compare by identity
    private Folder retiredFolder;

    public CommandBuilder(MergeModel model, Plan plan, EditingDomain domain, String label) {
        this.m = model;
        this.p = plan;
        this.domain = domain;
        this.register = model.registers[OURS];
        this.cmd = new MergeCommand(label);
    }

    public MergeCommand build() {
        for (Node n : p.adds) {
            if (n.type == ElementType.VALUE && !survives(n.owner)) {
                continue;
            }
            EObject copy = n.type == ElementType.VALUE ? copyValue(n.obj[THEIRS]) : copyElement(n.obj[THEIRS]);
            copies.put(n, copy);
        }
        List<Runnable> later = new ArrayList<>();
        for (Map.Entry<EObject, EObject> e : copySources.entrySet()) {
            remap(e.getKey(), e.getValue(), later);
        }
        for (Map.Entry<Node, EObject> e : copies.entrySet()) {
            place(e.getKey(), e.getValue());
        }
        for (Map.Entry<Node, Map<Field, Object>> e : p.sets.entrySet()) {
            Node n = e.getKey();
            if (n.obj[OURS] == null || p.deletes.contains(n) || n.type == ElementType.VALUE && !survives(n.owner)) {
                continue;
            }
            for (Map.Entry<Field, Object> fv : e.getValue().entrySet()) {
                set(n, fv.getKey(), fv.getValue());
            }
        }
        later.forEach(Runnable::run);
        retire();
        if (!p.deletes.isEmpty()) {
            cmd.step(this::deletions);
        }
        return cmd;
    }

    private boolean survives(Node n) {
        return n.type == ElementType.REGISTER || n.obj[OURS] != null && !p.deletes.contains(n) || p.adds.contains(n);
    }

    /** @return the local object a merged reference to the node points to, or null if the node is not in the result */
    private EObject resolve(Node n) {
        if (n == null) {
            return null;
        }
        if (n.type == ElementType.REGISTER) {
            return register;
        }
        if (n.obj[OURS] != null) {
            return p.deletes.contains(n) ? null : n.obj[OURS];
        }
        return copies.get(n);
    }

    private EObject resolveUid(Object uid) {
        return uid == null ? null : resolve(m.byUid((String) uid));
    }

    // --- copies -----------------------------------------------------------------------------------------------

    private EObject copyElement(EObject src) {
        EObject c = EcoreUtil.create(src.eClass());
        for (EAttribute a : src.eClass().getEAllAttributes()) {
            if (!a.isDerived() && !a.isTransient() && src.eIsSet(a)) {
                c.eSet(a, a.isMany() ? new ArrayList<>((List<?>) src.eGet(a)) : src.eGet(a));
            }
        }
        EReference[] values = src instanceof ProcessProfile ? MergeModel.PROFILE_VALUES : new EReference[0];
        for (EReference f : values) {
            @SuppressWarnings("unchecked")
            List<EObject> target = (List<EObject>) c.eGet(f);
            for (Object v : (List<?>) src.eGet(f)) {
                target.add(copyValue((EObject) v));
            }
        }
        copySources.put(c, src);
        return c;
    }

    private EObject copyValue(EObject src) {
        EObject c = EcoreUtil.create(src.eClass());
        for (EAttribute a : src.eClass().getEAllAttributes()) {
            if (!a.isDerived() && !a.isTransient() && src.eIsSet(a)) {
                c.eSet(a, a.isMany() ? new ArrayList<>((List<?>) src.eGet(a)) : src.eGet(a));
            }
        }
        copySources.put(c, src);
        return c;
    }

    /** Points the copy's references at local objects (or copies); opposite references to local objects later. */
    private void remap(EObject copy, EObject src, List<Runnable> later) {
        for (EReference r : src.eClass().getEAllReferences()) {
            if (r.isContainment() || r.isContainer() || r.isDerived() || r.isTransient()
                    || r == PW.getProcessProfile_Successors()) {
                continue;
            }
            if (r.isMany()) {
                for (Object t : (List<?>) src.eGet(r)) {
                    EObject target = resolve(m.node(THEIRS, (EObject) t));
                    if (target == null) {
                        continue;
                    }
                    if (r.getEOpposite() != null && !copySources.containsKey(target)) {
                        later.add(() -> cmd.step(() -> new AddCommand(domain, copy, r, target)));
                    } else {
                        @SuppressWarnings("unchecked")
                        List<EObject> list = (List<EObject>) copy.eGet(r);
                        list.add(target);
                    }
                }
            } else {
                Object t = src.eGet(r);
                if (t != null) {
                    copy.eSet(r, resolve(m.node(THEIRS, (EObject) t)));
                }
            }
        }
    }

    private void place(Node n, EObject copy) {
        if (n.type == ElementType.VALUE) {
            EObject owner = resolve(n.owner);
            if (copySources.containsKey(owner)) {
                return; // already in the copied owner
            }
            cmd.step(() -> new AddCommand(domain, owner, n.ownerFeature, copy));
            return;
        }
        if (n.type == ElementType.ATTRIBUTE_DEFINITION) {
            // Attribute definitions have one place, the register; they carry no container field to follow.
            cmd.step(() -> new AddCommand(domain, register, PW.getProcessRegister_AttributeDefinitions(), copy));
            return;
        }
        String where = (String) m.value(n, THEIRS, containerField(n));
        Map<Field, Object> sets = p.sets.get(n);
        placeInto(copy, where, sets);
    }

    private static Field containerField(Node n) {
        return MergeModel.fields(n).get(0);
    }

    private void placeInto(EObject element, String where, Map<Field, Object> unused) {
        int slash = where.lastIndexOf('/');
        EObject container = resolveUid(where.substring(0, slash));
        EStructuralFeature feature = container == null ? null
                : container.eClass().getEStructuralFeature(where.substring(slash + 1));
        if (container == null || feature == null) {
            container = register;
            feature = fallbackFeature(element);
            cmd.note("Ort von " + describe(element) + " nicht mehr vorhanden; abgelegt unter " + feature.getName());
        }
        EObject c = container;
        EStructuralFeature f = feature;
        if (copySources.containsKey(container)) {
            @SuppressWarnings("unchecked")
            List<EObject> list = (List<EObject>) container.eGet(feature);
            list.add(element);
        } else {
            cmd.step(() -> new AddCommand(domain, c, f, element));
        }
    }

    private static EStructuralFeature fallbackFeature(EObject element) {
        if (element instanceof ProcessProfile) {
            return PW.getProcessRegister_UnfiledProfiles();
        } else if (element instanceof Folder) {
            return PW.getProcessRegister_RootFolders();
        } else if (element instanceof OrgUnit) {
            return PW.getProcessRegister_Organisation();
        }
        return PW.getProcessRegister_AttributeDefinitions();
    }

    private static String describe(EObject o) {
        if (o instanceof ProcessProfile pp) {
            return "Steckbrief " + pp.getKey() + " " + pp.getName();
        } else if (o instanceof Folder f) {
            return "Ordner " + f.getName();
        } else if (o instanceof OrgUnit u) {
            return "Organisationseinheit " + u.getShortCode() + " " + u.getName();
        }
        return o.eClass().getName();
    }

    // --- field changes ----------------------------------------------------------------------------------------

    private void set(Node n, Field f, Object value) {
        EObject o = n.obj[OURS];
        switch (f.kind) {
            case ATTR -> cmd.step(() -> new SetCommand(domain, o, f.feature, value));
            case ATTR_MANY -> cmd.step(() -> new SetCommand(domain, o, f.feature, new ArrayList<>((List<?>) value)));
            case REF -> cmd.step(() -> new SetCommand(domain, o, f.feature, resolveUid(value)));
            case REF_MANY -> cmd.step(() -> {
                // Element by element: SetCommand on a list with an opposite (predecessors/successors) does not undo
                // exactly.
                List<EObject> targets = new ArrayList<>();
                for (Object uid : (List<?>) value) {
                    EObject t = resolveUid(uid);
                    if (t != null) {
                        targets.add(t);
                    }
                }
                MergeCommand list = new MergeCommand("list");
                List<?> current = new ArrayList<>((List<?>) o.eGet(f.feature));
                for (Object x : current) {
                    if (!targets.contains(x)) {
                        list.step(() -> new RemoveCommand(domain, o, f.feature, x));
                    }
                }
                for (EObject t : targets) {
                    if (!current.contains(t)) {
                        list.step(() -> new AddCommand(domain, o, f.feature, t));
                    }
                }
                return list;
            });
            case CONTAINER -> move(o, (String) value);
        }
    }

    private void move(EObject o, String where) {
        int slash = where.lastIndexOf('/');
        cmd.step(() -> {
            EObject container = resolveUid(where.substring(0, slash));
            EStructuralFeature feature = container == null ? null
                    : container.eClass().getEStructuralFeature(where.substring(slash + 1));
            if (container == null || feature == null) {
                return null; // the target was not kept: the element stays where it is
            }
            if (o.eContainer() == container && o.eContainmentFeature() == feature) {
                return null;
            }
            if (EcoreUtil.isAncestor(o, container)) {
                cmd.note(describe(o) + " bleibt an seinem Ort: die Verschiebung würde es in sich selbst ablegen");
                return null;
            }
            return moveCommand(o, container, feature);
        });
    }

    private Command moveCommand(EObject o, EObject container, EStructuralFeature feature) {
        MergeCommand move = new MergeCommand("move");
        EObject from = o.eContainer();
        EStructuralFeature fromFeature = o.eContainmentFeature();
        move.step(() -> new RemoveCommand(domain, from, fromFeature, o));
        move.step(() -> new AddCommand(domain, container, feature, o));
        return move;
    }

    // --- retire -----------------------------------------------------------------------------------------------

    private void retire() {
        if (p.retires.isEmpty()) {
            return;
        }
        for (Folder f : register.getRootFolders()) {
            if (RETIRED_FOLDER.equals(f.getName())) {
                retiredFolder = f;
            }
        }
        if (retiredFolder == null) {
            Folder f = ProzesswerkFactory.eINSTANCE.createFolder();
            f.setId(RETIRED_FOLDER_ID);
            f.setName(RETIRED_FOLDER);
            f.setDescription("Steckbriefe, die das Musterregister bei einer Aktualisierung entfernt hat, die aber "
                    + "lokal noch verwendet werden");
            retiredFolder = f;
            cmd.step(() -> new AddCommand(domain, register, PW.getProcessRegister_RootFolders(), f));
        }
        for (Node n : p.retires) {
            ProcessProfile profile = (ProcessProfile) n.obj[OURS];
            if (profile == null || p.deletes.contains(n)) {
                continue;
            }
            cmd.step(() -> profile.eContainer() == retiredFolder ? null
                    : moveCommand(profile, retiredFolder, PW.getFolder_Profiles()));
            cmd.step(() -> profile.getTags().contains(RETIRED_TAG) ? null
                    : new AddCommand(domain, profile, PW.getProcessProfile_Tags(), RETIRED_TAG));
        }
    }

    // --- deletions --------------------------------------------------------------------------------------------

    /** Runs after all other steps: re-files what is left in deleted containers, clears references, removes. */
    private Command deletions() {
        MergeCommand del = new MergeCommand("delete");
        Set<EObject> explicit = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Node n : p.deletes) {
            if (n.obj[OURS] != null && (n.type != ElementType.VALUE || survives(n.owner))) {
                explicit.add(n.obj[OURS]);
            }
        }
        // Elements inside a deleted container that are not deleted themselves go to the nearest kept container.
        for (EObject o : explicit) {
            for (EObject child : o.eContents()) {
                if (MergeModel.typeOf(child) != ElementType.VALUE && !explicit.contains(child)) {
                    EObject target = o.eContainer();
                    while (target != null && explicit.contains(target)) {
                        target = target.eContainer();
                    }
                    EObject t = target == null ? register : target;
                    EStructuralFeature f = t == register ? fallbackFeature(child) : child.eContainmentFeature();
                    if (t instanceof Folder && child instanceof ProcessProfile) {
                        f = PW.getFolder_Profiles();
                    }
                    EStructuralFeature ff = f;
                    cmd.note(describe(child) + " lag in gelöschtem Element " + describe(o) + "; verschoben");
                    del.step(() -> moveCommand(child, t, ff));
                }
            }
        }
        Set<EObject> deleted = Collections.newSetFromMap(new IdentityHashMap<>());
        del.step(() -> {
            // after the re-filing above: what is still inside a deleted element goes with it
            for (EObject o : explicit) {
                deleted.add(o);
                o.eAllContents().forEachRemaining(deleted::add);
            }
            MergeCommand clear = new MergeCommand("clear references");
            List<ProcessProfile> profiles = new ArrayList<>(register.getUnfiledProfiles());
            for (Folder f : register.getRootFolders()) {
                collectProfiles(f, profiles);
            }
            for (ProcessProfile pp : profiles) {
                if (deleted.contains(pp)) {
                    continue;
                }
                if (pp.getResponsibleUnit() != null && deleted.contains(pp.getResponsibleUnit())) {
                    cmd.note(describe(pp) + ": zuständige Einheit " + describe(pp.getResponsibleUnit())
                            + " entfernt");
                    clear.step(() -> new SetCommand(domain, pp, PW.getProcessProfile_ResponsibleUnit(), null));
                }
                for (ProcessProfile q : pp.getPredecessors()) {
                    if (deleted.contains(q)) {
                        clear.step(() -> new RemoveCommand(domain, pp, PW.getProcessProfile_Predecessors(), q));
                    }
                }
                for (ProcessProfile q : pp.getSuccessors()) {
                    if (deleted.contains(q)) {
                        clear.step(() -> new RemoveCommand(domain, pp, PW.getProcessProfile_Successors(), q));
                    }
                }
                for (Participation part : pp.getParticipations()) {
                    if (part.getUnit() != null && deleted.contains(part.getUnit())) {
                        cmd.note(describe(pp) + ": Beteiligung von " + describe(part.getUnit()) + " entfernt");
                        clear.step(() -> new RemoveCommand(domain, pp, PW.getProcessProfile_Participations(), part));
                    }
                }
                for (AttributeValue av : pp.getAttributeValues()) {
                    if (av.getDefinition() != null && deleted.contains(av.getDefinition())) {
                        cmd.note(describe(pp) + ": Attributwert " + av.getDefinition().getId() + " entfernt");
                        clear.step(() -> new RemoveCommand(domain, pp, PW.getProcessProfile_AttributeValues(), av));
                    }
                }
            }
            return clear;
        });
        del.step(() -> {
            MergeCommand remove = new MergeCommand("remove");
            Map<EObject, Map<EStructuralFeature, List<EObject>>> removals = new LinkedHashMap<>();
            for (EObject o : explicit) {
                EObject c = o.eContainer();
                if (c != null && !deleted.contains(c)) {
                    removals.computeIfAbsent(c, k -> new LinkedHashMap<>())
                            .computeIfAbsent(o.eContainmentFeature(), k -> new ArrayList<>()).add(o);
                }
            }
            removals.forEach((owner, byFeature) -> byFeature
                    .forEach((feature, list) -> remove.step(() -> new RemoveCommand(domain, owner, feature, list))));
            return remove;
        });
        return del;
    }

    private static void collectProfiles(Folder f, List<ProcessProfile> out) {
        out.addAll(f.getProfiles());
        for (Folder c : f.getFolders()) {
            collectProfiles(c, out);
        }
    }
}
