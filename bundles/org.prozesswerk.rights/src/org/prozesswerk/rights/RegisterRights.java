/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.FolderRight;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.PersonGroup;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.RoleAssignment;

/**
 * The rights of a register: its {@link AccessControl} as a {@link RightsPolicy} (folder keys are the register's
 * {@link Folder} objects, principals its persons and groups), and the {@link Target} of a model object.
 */
public final class RegisterRights {

    private RegisterRights() {
    }

    /** The policy of {@code register}; {@link RightsPolicy#OPEN} when it has no roles and rights. */
    public static RightsPolicy policy(ProcessRegister register) {
        AccessControl ac = register == null ? null : register.getAccessControl();
        if (ac == null || ac.getPersons().isEmpty()) {
            return RightsPolicy.OPEN;
        }
        RightsPolicy.Builder b = RightsPolicy.builder();
        for (Person p : ac.getPersons()) {
            b.person(p, p.getAccount());
        }
        for (PersonGroup g : ac.getGroups()) {
            b.group(g, g.getName());
            for (Person member : g.getMembers()) {
                b.member(g, member);
            }
        }
        for (RoleAssignment r : ac.getRoleAssignments()) {
            b.role(r.getPrincipal(), r.getRole(), r.getFolder());
        }
        for (FolderRight r : ac.getFolderRights()) {
            b.right(r.getPrincipal(), r.getRight(), r.getFolder());
        }
        for (var it = EcoreUtil.<EObject>getAllProperContents(register.getRootFolders(), false); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof Folder f) {
                b.folder(f, f.eContainer() instanceof Folder parent ? parent : null, f.getName());
            } else {
                it.prune();
            }
        }
        b.editorialTeam(ac.getEditorialTeam());
        return b.build();
    }

    /**
     * The policy in force for the register {@code element} belongs to: the cached one of its domain's
     * {@link RightsCommandStack}, else built from the register; {@link RightsPolicy#OPEN} outside a register.
     */
    public static RightsPolicy policyFor(EObject element) {
        EObject root = EcoreUtil.getRootContainer(element);
        if (!(root instanceof ProcessRegister register)) {
            return RightsPolicy.OPEN;
        }
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(element);
        return domain != null && domain.getCommandStack() instanceof RightsCommandStack stack
                ? stack.policy(register)
                : policy(register);
    }

    /** The folder holding {@code profile}, {@code null} for an unfiled one. */
    public static Folder folderOf(ProcessProfile profile) {
        return profile.eContainer() instanceof Folder f ? f : null;
    }

    /** The target of a Steckbrief: its folder, name, status and last editor. */
    public static Target target(ProcessProfile profile) {
        return new Target(folderOf(profile), label(profile), profile.getStatus(), profile.getLastEditor());
    }

    /** „KEY Name“ of a Steckbrief for messages. */
    public static String label(ProcessProfile profile) {
        String key = profile.getKey();
        String name = profile.getName();
        return key == null || key.isBlank() ? String.valueOf(name) : key + ' ' + (name == null ? "" : name);
    }
}
