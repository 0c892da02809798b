package org.prozesswerk.merge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.prozesswerk.model.ProcessRegister;

/**
 * Integrity checks of a register: every reference points to an object inside the same register (no dangling or
 * cross-register reference), every contained object's container is its owner, ids are unique per type.
 */
public final class RegisterIntegrity {

    private RegisterIntegrity() {
    }

    /** @return the problems found, empty if the register is sound */
    public static List<String> check(ProcessRegister register) {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Iterator<EObject> it = register.eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o.eContainer() == null || !o.eContainer().eContents().contains(o)) {
                problems.add("invalid containment: " + o);
            }
            if (o.eClass().getEIDAttribute() != null) {
                Object id = o.eGet(o.eClass().getEIDAttribute());
                if (id != null && !ids.add(o.eClass().getName() + ":" + id)) {
                    problems.add("duplicate id " + id + " (" + o.eClass().getName() + ")");
                }
            }
            for (EReference r : o.eClass().getEAllReferences()) {
                if (r.isContainment() || r.isContainer() || r.isDerived()) {
                    continue;
                }
                List<?> targets = r.isMany() ? (List<?>) o.eGet(r) : o.eGet(r) == null ? List.of() : List.of(o.eGet(r));
                for (Object t : targets) {
                    EObject target = (EObject) t;
                    if (target.eIsProxy() || EcoreUtil.getRootContainer(target) != register) {
                        problems.add("dangling " + o.eClass().getName() + "." + r.getName() + " → " + target);
                    }
                }
            }
        }
        return problems;
    }
}
