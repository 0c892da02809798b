/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.prozesswerk.merge.Conflict;
import org.prozesswerk.merge.ConflictKind;
import org.prozesswerk.merge.Difference;
import org.prozesswerk.merge.DifferenceKind;
import org.prozesswerk.merge.ElementType;
import org.prozesswerk.merge.MergeResult;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;

/**
 * Turns the engine's differences and conflicts into rows of the change tree: grouped by the folder of the Steckbrief
 * (or a category for folders, units, definitions and the register), with features named as the property sheet names
 * them.
 */
public final class Changes {

    /** Index of the value columns of a three-way row. */
    public static final int BASE = 0, OURS = 1, THEIRS = 2, RESULT = 3;

    private final Map<String, String> folderOfProfile = new HashMap<>();

    /** @param registers where Steckbriefe are looked up for their folder, in order of preference */
    private Changes(ProcessRegister... registers) {
        for (ProcessRegister register : registers) {
            if (register == null) {
                continue;
            }
            for (TreeIterator<EObject> it = register.eAllContents(); it.hasNext();) {
                EObject o = it.next();
                if (o instanceof ProcessProfile p) {
                    if (p.getId() != null) {
                        folderOfProfile.putIfAbsent(p.getId(), folderPath(p.eContainer()));
                    }
                    it.prune();
                }
            }
        }
    }

    /**
     * The rows of an update: conflicts (result from the decisions), the incoming changes the merge takes, and the
     * local changes it keeps.
     */
    public static List<Change> threeWay(MergeResult result, ProcessRegister base, ProcessRegister theirs) {
        Changes c = new Changes(result.ours(), theirs, base);
        List<Change> rows = new ArrayList<>();
        Set<String> conflicted = new HashSet<>();
        for (Conflict k : result.conflicts()) {
            conflicted.add(k.elementId() + '\u0000' + root(k.feature()));
            // a conflict on a value object (a legal basis, …) is labelled "Steckbrief › key": shown under the
            // Steckbrief, the key goes into the feature column as in the differences ("Rechtsgrundlagen [key] › Titel")
            String element = k.label();
            String feature = k.feature();
            int split = element.lastIndexOf(" \u203a ");
            if (feature != null && isValueList(k.elementType(), root(feature)) && split > 0) {
                feature = root(feature) + "[" + element.substring(split + 3) + "]" + feature.substring(root(feature).length());
                element = element.substring(0, split);
            }
            rows.add(new Change(c.group(k.elementType(), k.elementId()), element,
                    featureName(k.elementType(), feature), conflictKind(k.kind()),
                    display(new String[] { k.base(), k.ours(), k.theirs(), null }), k));
        }
        for (Difference d : result.autoMerged()) {
            String[] v = switch (d.kind()) {
                case ADDED -> new String[] { null, null, Messages.valueAdded, Messages.valueAdded };
                case DELETED -> new String[] { Messages.valuePresent, Messages.valuePresent, Messages.valueDeleted,
                        Messages.valueDeleted };
                case RETIRED -> new String[] { Messages.valuePresent, Messages.valueInUse, Messages.valueDeleted,
                        MergeResult.RETIRED_FOLDER };
                default -> new String[] { d.oldValue(), d.oldValue(), d.newValue(), d.newValue() };
            };
            rows.add(c.row(d, v));
        }
        for (Difference d : result.oursChanges()) {
            if (conflicted.contains(d.elementId() + '\u0000' + root(d.feature()))) {
                continue; // shown as the conflict
            }
            String[] v = switch (d.kind()) {
                case ADDED -> new String[] { null, Messages.valueAdded, null, Messages.valueAdded };
                case DELETED -> new String[] { Messages.valuePresent, Messages.valueDeleted, Messages.valuePresent,
                        Messages.valueDeleted };
                default -> new String[] { d.oldValue(), d.newValue(), d.oldValue(), d.newValue() };
            };
            rows.add(c.row(d, v, Messages.localKept));
        }
        return rows;
    }

    /** The rows of a two-way compare: old value left, new value right. */
    public static List<Change> twoWay(List<Difference> differences, ProcessRegister older, ProcessRegister newer) {
        Changes c = new Changes(newer, older);
        List<Change> rows = new ArrayList<>(differences.size());
        for (Difference d : differences) {
            String[] v = switch (d.kind()) {
                case ADDED -> new String[] { null, Messages.valueAdded };
                case DELETED -> new String[] { Messages.valuePresent, Messages.valueDeleted };
                default -> new String[] { d.oldValue(), d.newValue() };
            };
            rows.add(c.row(d, v));
        }
        return rows;
    }

    /**
     * One line per cell (a multi-line description would make rows of uneven height; the tooltip shows the whole
     * text), and the engine's container names in the user's language.
     */
    static String[] display(String[] values) {
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (v == null) {
                continue;
            }
            if (v.equals("(unfiledProfiles)")) {
                v = Messages.groupUnfiled;
            } else if (v.equals("(rootFolders)") || v.equals("(organisation)")) {
                v = Messages.topLevel;
            }
            values[i] = v.replace("\r\n", "\n").replace("\n", " \u21b5 ");
        }
        return values;
    }

    private Change row(Difference d, String[] values) {
        return row(d, values, null);
    }

    private Change row(Difference d, String[] values, String kindSuffix) {
        String kind = differenceKind(d.kind());
        return new Change(group(d.elementType(), d.elementId()), d.label(), featureName(d.elementType(), d.feature()),
                kindSuffix == null ? kind : kind + " (" + kindSuffix + ")", display(values), null);
    }

    private String group(ElementType type, String elementId) {
        return switch (type) {
            case PROFILE -> {
                String folder = folderOfProfile.get(elementId);
                yield folder == null ? Messages.groupUnfiled : folder;
            }
            case FOLDER -> Messages.groupFolders;
            case ORG_UNIT -> Messages.groupOrgUnits;
            case ATTRIBUTE_DEFINITION -> Messages.groupDefinitions;
            default -> Messages.groupRegister;
        };
    }

    private static String folderPath(EObject container) {
        if (!(container instanceof Folder)) {
            return null; // unfiled
        }
        StringBuilder path = new StringBuilder();
        for (EObject o = container; o instanceof Folder f; o = o.eContainer()) {
            path.insert(0, path.isEmpty() ? f.getName() : f.getName() + " / ");
        }
        return path.toString();
    }

    /** The first segment of a feature path: {@code legalBases[x].title} → {@code legalBases}. */
    static String root(String feature) {
        if (feature == null) {
            return "";
        }
        int end = feature.length();
        for (int i = 0; i < feature.length(); i++) {
            char ch = feature.charAt(i);
            if (ch == '.' || ch == '[') {
                end = i;
                break;
            }
        }
        return feature.substring(0, end);
    }

    /** @return whether the feature holds value objects without id (legal bases, catalogue references, …) */
    static boolean isValueList(ElementType type, String feature) {
        EClass owner = eClass(type);
        EStructuralFeature f = owner == null ? null : owner.getEStructuralFeature(feature);
        return f instanceof EReference r && r.isContainment() && r.isMany()
                && r.getEReferenceType().getEStructuralFeature("id") == null;
    }

    /** The class whose features an element type has. */
    static EClass eClass(ElementType type) {
        ProzesswerkPackage p = ProzesswerkPackage.eINSTANCE;
        return switch (type) {
            case PROFILE -> p.getProcessProfile();
            case FOLDER -> p.getFolder();
            case ORG_UNIT -> p.getOrgUnit();
            case ATTRIBUTE_DEFINITION -> p.getAttributeDefinition();
            case REGISTER -> p.getProcessRegister();
            default -> null;
        };
    }

    /**
     * The feature path in the user's language, as the property sheet names it: {@code legalBases[§ 1].title} →
     * „Rechtsgrundlagen [§ 1] › Titel“. Unknown names stay as they are.
     */
    static String featureName(ElementType type, String feature) {
        if (feature == null || feature.isEmpty()) {
            return "";
        }
        EClass owner = eClass(type);
        String rootName = root(feature);
        StringBuilder out = new StringBuilder(name(owner, rootName));
        String rest = feature.substring(rootName.length());
        if (rest.startsWith("[")) {
            int close = rest.lastIndexOf(']');
            out.append(' ').append(rest, 0, close + 1);
            rest = rest.substring(close + 1);
        }
        if (rest.startsWith(".")) {
            EStructuralFeature f = owner == null ? null : owner.getEStructuralFeature(rootName);
            EClass valueClass = f instanceof EReference r ? r.getEReferenceType() : null;
            out.append(" \u203a ").append(name(valueClass, rest.substring(1)));
        }
        return out.toString();
    }

    private static String name(EClass owner, String feature) {
        if (owner == null) {
            return feature;
        }
        EStructuralFeature f = owner.getEStructuralFeature(feature);
        if (f == null) {
            if ("container".equals(feature) || "folder".equals(feature) || "parent".equals(feature)) {
                return Messages.featureContainer;
            }
            return feature;
        }
        try {
            return ProzesswerkEditPlugin.INSTANCE
                    .getString("_UI_" + f.getEContainingClass().getName() + "_" + feature + "_feature");
        } catch (MissingResourceException e) {
            return feature;
        }
    }

    /** @return the rule label of a feature root, e.g. „Rechtsgrundlagen“ */
    static String ruleFeatureName(ElementType type, String rootFeature) {
        return name(eClass(type), rootFeature);
    }

    static String differenceKind(DifferenceKind kind) {
        return switch (kind) {
            case ADDED -> Messages.kindAdded;
            case DELETED -> Messages.kindDeleted;
            case MOVED -> Messages.kindMoved;
            case CHANGED -> Messages.kindChanged;
            case REFERENCE_ADDED -> Messages.kindReferenceAdded;
            case REFERENCE_REMOVED -> Messages.kindReferenceRemoved;
            case ORDER_CHANGED -> Messages.kindOrderChanged;
            case RETIRED -> Messages.kindRetired;
        };
    }

    static String conflictKind(ConflictKind kind) {
        return switch (kind) {
            case SAME_FIELD -> Messages.conflictSameField;
            case CHANGE_DELETE -> Messages.conflictChangeDelete;
            case DELETE_REFERENCED -> Messages.conflictDeleteReferenced;
            case MOVE_MOVE -> Messages.conflictMoveMove;
            case ADD_ADD -> Messages.conflictAddAdd;
        };
    }
}
