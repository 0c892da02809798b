package org.prozesswerk.muster.tests;

import org.eclipse.emf.ecore.EObject;

final class EcoreUtilSupport {

    private EcoreUtilSupport() {
    }

    /** Whether {@code object} is contained, directly or not, in {@code root}. */
    static boolean isInside(EObject object, EObject root) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o == root) {
                return true;
            }
        }
        return false;
    }
}
