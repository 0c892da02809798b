package org.prozesswerk.merge.tests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.prozesswerk.merge.Ownership;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.LegalBasis;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * The test's own, independent view of a register for the merge oracle: every element with id as a map feature →
 * canonical value (references as target ids, the container as "container id/feature", value-object lists as sorted
 * canonical strings), legal bases one by one under "legalBases/ABBR PARA".
 */
final class Snapshot {

    record Elem(String type, Map<String, Object> fields) {
    }

    final Map<String, Elem> elements = new HashMap<>();

    Snapshot(ProcessRegister r) {
        r.eAllContents().forEachRemaining(o -> {
            if (o instanceof ProcessProfile || o instanceof Folder || o instanceof OrgUnit) {
                elements.put(o.eClass().getName() + ":" + id(o), new Elem(o.eClass().getName(), fields(o)));
            }
        });
    }

    static String id(EObject o) {
        return o == null ? null : o instanceof EObject && o.eClass().getEIDAttribute() != null
                ? (String) o.eGet(o.eClass().getEIDAttribute()) : "register";
    }

    static boolean isLocal(String field) {
        EStructuralFeature f = ProzesswerkPackage.Literals.PROCESS_PROFILE.getEStructuralFeature(field);
        return f != null && f.getEAnnotation(Ownership.SOURCE) != null
                && "local".equals(f.getEAnnotation(Ownership.SOURCE).getDetails().get(Ownership.KEY));
    }

    private static Map<String, Object> fields(EObject o) {
        Map<String, Object> m = new TreeMap<>();
        m.put("container", id(o.eContainer()) + "/" + o.eContainmentFeature().getName());
        for (EStructuralFeature f : o.eClass().getEAllStructuralFeatures()) {
            if (f == ProzesswerkPackage.Literals.PROCESS_PROFILE__SUCCESSORS || f instanceof EAttribute a && a.isID()) {
                continue;
            }
            Object v = o.eGet(f);
            if (f instanceof EReference r && r.isContainment()) {
                if (r == ProzesswerkPackage.Literals.PROCESS_PROFILE__LEGAL_BASES) {
                    for (Object x : (List<?>) v) {
                        LegalBasis l = (LegalBasis) x;
                        m.put("legalBases/" + l.getAbbreviation() + " " + l.getParagraph(), l.getTitle() + "|"
                                + l.getUrl() + "|" + l.getSourceCatalogue());
                    }
                } else if (!(r.getEReferenceType() == ProzesswerkPackage.Literals.FOLDER
                        || r.getEReferenceType() == ProzesswerkPackage.Literals.PROCESS_PROFILE
                        || r.getEReferenceType() == ProzesswerkPackage.Literals.ORG_UNIT)) {
                    List<String> items = new ArrayList<>();
                    for (Object x : (List<?>) v) {
                        items.add(canonical((EObject) x));
                    }
                    items.sort(null);
                    m.put(f.getName(), items);
                }
            } else if (f instanceof EReference r) {
                if (r.isMany()) {
                    List<String> ids = new ArrayList<>();
                    for (Object x : (List<?>) v) {
                        ids.add(id((EObject) x));
                    }
                    ids.sort(null);
                    m.put(f.getName(), ids);
                } else {
                    m.put(f.getName(), id((EObject) v));
                }
            } else if (f.isMany()) {
                List<String> items = new ArrayList<>();
                for (Object x : (List<?>) v) {
                    items.add(String.valueOf(x));
                }
                items.sort(null);
                m.put(f.getName(), items);
            } else {
                m.put(f.getName(), v);
            }
        }
        return m;
    }

    private static String canonical(EObject v) {
        StringBuilder s = new StringBuilder(v.eClass().getName());
        for (EStructuralFeature f : v.eClass().getEAllStructuralFeatures()) {
            Object x = v.eGet(f);
            s.append('|').append(x instanceof EObject e ? id(e) : x);
        }
        return s.toString();
    }
}
