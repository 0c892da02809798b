/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.util.List;

import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * Checks one library item with a rule set, as the server's pre-receive hook does for every pushed item. The item is
 * put alone into a scratch register. Local matters do not travel, so rules about them cannot be judged by a library:
 * the scratch Steckbrief gets a placeholder responsible unit ("lokal") so rules requiring one do not fire.
 */
public final class ItemValidation {

    private ItemValidation() {
    }

    /** The findings of {@code ruleSet} on {@code item} (all severities). */
    public static List<Finding> validate(LibraryItem item, RuleSet ruleSet) {
        ProzesswerkFactory f = ProzesswerkFactory.eINSTANCE;
        ProcessRegister register = f.createProcessRegister();
        register.setId("library-check");
        register.setName(item.id());
        OrgUnit local = f.createOrgUnit();
        local.setId("lokal");
        local.setName("lokal");
        register.getOrganisation().add(local);
        ProcessProfile p = f.createProcessProfile();
        p.setId(item.id());
        register.getUnfiledProfiles().add(p);
        p.setResponsibleUnit(local);
        ModelMapping.apply(item.steckbrief(), p, register, path -> path);
        return RegisterValidation.validate(register, ruleSet);
    }
}
