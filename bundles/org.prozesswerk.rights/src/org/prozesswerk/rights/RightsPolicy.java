/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.osgi.util.NLS;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.internal.Messages;

/**
 * The one rights module (docs/roles.md): who may read or write a folder, move a Steckbrief to which status, and edit
 * the roles and rights — used by the workbench ({@link RightsCommandStack}) and by the library server.
 * <p>
 * A policy is a snapshot built from persons, groups, role assignments and folder rights ({@link Builder}); folders
 * are opaque keys with a parent (the register's {@code Folder} objects, the library's publisher folders). Rules:
 * <ul>
 * <li>Roles hold for the folder they are given for and all folders below; a role without folder holds for the whole
 * register.</li>
 * <li>The right on a folder is the one given on the nearest folder upwards (the highest if several apply to the
 * person there); where none is given, a person with any role there may write, a person without a role has no
 * access.</li>
 * <li>Reading needs the right „lesen“; changing content needs „schreiben“ and the role Modellierer, and the
 * Steckbrief must not be released (methodisch/fachlich freigegeben: read-only until a new version is started).</li>
 * <li>A status change must be a step of {@link StatusWorkflow} (a new Steckbrief enters any status: {@code from}
 * {@code null}), needs „lesen“ and the role of its target status
 * ({@link #requiredRole}); releasing (to 4, 5 or 6) also needs a person other than the one who last changed the
 * content (four-eyes).</li>
 * <li>Editing the roles and rights needs the role Administrator for the whole register.</li>
 * </ul>
 * A policy without persons is {@linkplain #isActive() inactive}: everything is allowed (a register without roles
 * works as before). A policy is immutable apart from its cache of each person's effective roles and rights, which is
 * safe to share between threads (the library server keeps one policy per rights file for all pushes).
 */
public final class RightsPolicy {

    /** Everything allowed: a register or library without roles and rights. */
    public static final RightsPolicy OPEN = new Builder().build();

    private static final Set<FimStatus> RELEASED = Collections.unmodifiableSet(EnumSet.of(
            FimStatus.METHODICALLY_RELEASED, FimStatus.TECHNICALLY_RELEASED_SILVER,
            FimStatus.TECHNICALLY_RELEASED_GOLD));

    private final Map<String, Object> personByAccount;
    private final Map<Object, Set<Object>> groupsOfPerson;
    private final Map<Object, String> groupNames;
    private final Map<Object, List<Grant<Role>>> rolesByFolder;
    private final Map<Object, List<Grant<AccessRight>>> rightsByFolder;
    private final Map<Object, Object> parents;
    private final Map<Object, String> folderLabels;
    private final Object editorialTeam;
    private final Map<String, Subject> subjects = new ConcurrentHashMap<>();

    private record Grant<V>(Object principal, V value) {
    }

    /** What one person has in one folder. */
    private record Effective(Set<Role> roles, AccessRight right) {
    }

    /** One person's principals (the person and its groups) and the cache of its effective roles and rights. */
    private static final class Subject {
        final Set<Object> principals;
        final Map<Object, Effective> byFolder = new ConcurrentHashMap<>();
        volatile Effective atRoot;

        Subject(Set<Object> principals) {
            this.principals = principals;
        }
    }

    private RightsPolicy(Builder b) {
        this.personByAccount = Map.copyOf(b.personByAccount);
        this.groupsOfPerson = new HashMap<>(b.groupsOfPerson);
        this.groupNames = new HashMap<>(b.groupNames);
        this.rolesByFolder = new HashMap<>(b.rolesByFolder);
        this.rightsByFolder = new HashMap<>(b.rightsByFolder);
        this.parents = new HashMap<>(b.parents);
        this.folderLabels = new HashMap<>(b.folderLabels);
        this.editorialTeam = b.editorialTeam;
    }

    /** A builder for a policy. */
    public static Builder builder() {
        return new Builder();
    }

    /** Whether roles and rights are configured at all; an inactive policy allows everything. */
    public boolean isActive() {
        return !personByAccount.isEmpty();
    }

    /** The role a status change to {@code to} needs. */
    public static Role requiredRole(FimStatus to) {
        return switch (to) {
            case IN_PLANNING, IN_PROGRESS, DRAFT -> Role.MODELLER;
            case METHODICALLY_RELEASED -> Role.METHOD_REVIEWER;
            case TECHNICALLY_RELEASED_SILVER, TECHNICALLY_RELEASED_GOLD, INACTIVE -> Role.RELEASER;
            case MARKED_FOR_DELETION -> Role.ADMINISTRATOR;
        };
    }

    /** Whether {@code status} is a release: the content is read-only until a new version is started. */
    public static boolean isReleased(FimStatus status) {
        return status != null && RELEASED.contains(status);
    }

    /** The German (or English) name of a role. */
    public static String label(Role role) {
        return switch (role) {
            case VIEWER -> Messages.Role_VIEWER;
            case MODELLER -> Messages.Role_MODELLER;
            case METHOD_REVIEWER -> Messages.Role_METHOD_REVIEWER;
            case RELEASER -> Messages.Role_RELEASER;
            case ADMINISTRATOR -> Messages.Role_ADMINISTRATOR;
        };
    }

    /** The German (or English) name of a folder right. */
    public static String label(AccessRight right) {
        return switch (right) {
            case NONE -> Messages.Right_NONE;
            case READ -> Messages.Right_READ;
            case WRITE -> Messages.Right_WRITE;
        };
    }

    /** The roles {@code account} has in {@code folder} (inherited from above). Empty for unknown accounts. */
    public Set<Role> roles(String account, Object folder) {
        Subject s = subject(account);
        return s == null ? Set.of() : Collections.unmodifiableSet(effective(s, folder).roles());
    }

    /** The right {@code account} has on {@code folder}. {@link AccessRight#WRITE} when the policy is inactive. */
    public AccessRight right(String account, Object folder) {
        if (!isActive()) {
            return AccessRight.WRITE;
        }
        Subject s = subject(account);
        return s == null ? AccessRight.NONE : effective(s, folder).right();
    }

    /**
     * Whether {@code account} may do {@code operation} on {@code target}.
     *
     * @param account the person's account; {@code null} if nobody is signed in
     */
    public Decision check(String account, Operation operation, Target target) {
        if (!isActive()) {
            return Decision.ALLOWED;
        }
        if (operation.kind() == Operation.Kind.TRANSITION && operation.from() != null
                && !StatusWorkflow.isAllowed(operation.from(), operation.to())) {
            java.util.Locale l = java.util.Locale.getDefault();
            return Decision.refused(Decision.Rule.WORKFLOW, NLS.bind(Messages.Rights_NotInWorkflow,
                    StatusWorkflow.label(operation.from(), l),
                    StatusWorkflow.label(operation.to(), l)));
        }
        if (account == null || account.isBlank()) {
            return Decision.refused(Decision.Rule.PERSON, Messages.Rights_NoPerson);
        }
        Subject s = subject(account);
        if (s == null) {
            return Decision.refused(Decision.Rule.PERSON, NLS.bind(Messages.Rights_UnknownPerson,
                    new Object[] { account, operation.label(), label(neededRole(operation)) }));
        }
        Object folder = target.folder();
        Effective e = effective(s, folder);
        switch (operation.kind()) {
            case READ:
                return e.right() == AccessRight.NONE
                        ? noRead(account, folder)
                        : Decision.ALLOWED;
            case WRITE:
                if (e.right() != AccessRight.WRITE) {
                    return Decision.refused(Decision.Rule.FOLDER_RIGHT, NLS.bind(Messages.Rights_NoWrite,
                            new Object[] { account, folderLabel(folder), label(e.right()), operation.label() }));
                }
                if (!e.roles().contains(Role.MODELLER)) {
                    return missingRole(account, Role.MODELLER, operation, folderLabel(folder));
                }
                if (isReleased(target.status())) {
                    return Decision.refused(Decision.Rule.RELEASED, NLS.bind(Messages.Rights_Released, target.name(),
                            StatusWorkflow.label(target.status(), java.util.Locale.getDefault())));
                }
                return Decision.ALLOWED;
            case TRANSITION:
                if (e.right() == AccessRight.NONE) {
                    return noRead(account, folder);
                }
                Role needed = requiredRole(operation.to());
                if (!e.roles().contains(needed)) {
                    return missingRole(account, needed, operation, folderLabel(folder));
                }
                if (isReleased(operation.to()) && account.equals(target.lastEditor())) {
                    return Decision.refused(Decision.Rule.FOUR_EYES, NLS.bind(Messages.Rights_FourEyes,
                            new Object[] { account, target.name(), label(needed) }));
                }
                return Decision.ALLOWED;
            case ADMINISTER:
            default:
                return effective(s, null).roles().contains(Role.ADMINISTRATOR) ? Decision.ALLOWED
                        : missingRole(account, Role.ADMINISTRATOR, operation, folderLabel(null));
        }
    }

    /**
     * Whether {@code account} may publish to the release branch or tag versions of a library: only members of the
     * editorial team (Redaktion).
     */
    public Decision checkPublish(String account, String ref) {
        if (!isActive()) {
            return Decision.ALLOWED;
        }
        if (editorialTeam == null) {
            return Decision.refused(Decision.Rule.EDITORIAL, NLS.bind(Messages.Rights_NoEditorialTeam, account, ref));
        }
        Subject s = account == null ? null : subject(account);
        if (s == null || !s.principals.contains(editorialTeam)) {
            return Decision.refused(Decision.Rule.EDITORIAL, NLS.bind(Messages.Rights_NotEditorial,
                    new Object[] { account, groupNames.getOrDefault(editorialTeam, String.valueOf(editorialTeam)),
                            ref }));
        }
        return Decision.ALLOWED;
    }

    private static Role neededRole(Operation operation) {
        return switch (operation.kind()) {
            case READ -> Role.VIEWER;
            case WRITE -> Role.MODELLER;
            case TRANSITION -> requiredRole(operation.to());
            case ADMINISTER -> Role.ADMINISTRATOR;
        };
    }

    private Decision noRead(String account, Object folder) {
        return Decision.refused(Decision.Rule.FOLDER_RIGHT, NLS.bind(Messages.Rights_NoRead, account,
                folderLabel(folder)));
    }

    private static Decision missingRole(String account, Role role, Operation operation, String folderLabel) {
        return Decision.refused(Decision.Rule.ROLE, NLS.bind(Messages.Rights_MissingRole,
                new Object[] { account, label(role), operation.label(), folderLabel }));
    }

    /** The label of a folder for messages (the register for {@code null}). */
    public String folderLabel(Object folder) {
        if (folder == null) {
            return Messages.Rights_Register;
        }
        String label = folderLabels.get(folder);
        return label == null ? String.valueOf(folder) : label;
    }

    private Subject subject(String account) {
        if (account == null) {
            return null;
        }
        Subject s = subjects.get(account);
        if (s == null) {
            Object person = personByAccount.get(account);
            if (person == null) {
                return null;
            }
            Set<Object> principals = new HashSet<>();
            principals.add(person);
            principals.addAll(groupsOfPerson.getOrDefault(person, Set.of()));
            s = new Subject(principals);
            subjects.put(account, s);
        }
        return s;
    }

    private Effective effective(Subject s, Object folder) {
        if (folder == null) {
            if (s.atRoot == null) {
                s.atRoot = compute(s, null, null);
            }
            return s.atRoot;
        }
        Effective e = s.byFolder.get(folder);
        if (e == null) {
            e = compute(s, folder, effective(s, parents.get(folder)));
            s.byFolder.put(folder, e);
        }
        return e;
    }

    private Effective compute(Subject s, Object folder, Effective above) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (above != null) {
            roles.addAll(above.roles());
        }
        for (Grant<Role> g : rolesByFolder.getOrDefault(folder, List.of())) {
            if (s.principals.contains(g.principal())) {
                roles.add(g.value());
            }
        }
        AccessRight given = null;
        for (Grant<AccessRight> g : rightsByFolder.getOrDefault(folder, List.of())) {
            if (s.principals.contains(g.principal()) && (given == null || g.value().getValue() > given.getValue())) {
                given = g.value();
            }
        }
        AccessRight right;
        if (given != null) {
            right = given;
        } else if (above != null && above.right() != null && inheritedExplicitly(s, folder)) {
            right = above.right();
        } else {
            right = roles.isEmpty() ? AccessRight.NONE : AccessRight.WRITE;
        }
        return new Effective(roles, right);
    }

    /** Whether a right was given to the person on a folder above {@code folder} (or on the register). */
    private boolean inheritedExplicitly(Subject s, Object folder) {
        Object f = folder == null ? null : parents.get(folder);
        while (true) {
            for (Grant<AccessRight> g : rightsByFolder.getOrDefault(f, List.of())) {
                if (s.principals.contains(g.principal())) {
                    return true;
                }
            }
            if (f == null) {
                return false;
            }
            f = parents.get(f);
        }
    }

    /** Builds a {@link RightsPolicy}. Principals and folders are opaque keys (objects with equals/hashCode). */
    public static final class Builder {
        private final Map<String, Object> personByAccount = new HashMap<>();
        private final Map<Object, Set<Object>> groupsOfPerson = new HashMap<>();
        private final Map<Object, String> groupNames = new HashMap<>();
        private final Map<Object, List<Grant<Role>>> rolesByFolder = new HashMap<>();
        private final Map<Object, List<Grant<AccessRight>>> rightsByFolder = new HashMap<>();
        private final Map<Object, Object> parents = new HashMap<>();
        private final Map<Object, String> folderLabels = new HashMap<>();
        private Object editorialTeam;

        private Builder() {
        }

        /** A person with its account (persons without account cannot sign in and are left out). */
        public Builder person(Object key, String account) {
            if (account != null && !account.isBlank()) {
                personByAccount.put(account, key);
            }
            return this;
        }

        /** A group with its name for messages. */
        public Builder group(Object key, String name) {
            groupNames.put(key, name == null ? String.valueOf(key) : name);
            return this;
        }

        /** {@code person} is a member of {@code group}. */
        public Builder member(Object group, Object person) {
            groupsOfPerson.computeIfAbsent(person, k -> new HashSet<>()).add(group);
            return this;
        }

        /** {@code principal} has {@code role} in {@code folder} and below ({@code null}: the whole register). */
        public Builder role(Object principal, Role role, Object folder) {
            if (principal != null && role != null) {
                rolesByFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(new Grant<>(principal, role));
            }
            return this;
        }

        /** {@code principal} has {@code right} on {@code folder} and below ({@code null}: the whole register). */
        public Builder right(Object principal, AccessRight right, Object folder) {
            if (principal != null && right != null) {
                rightsByFolder.computeIfAbsent(folder, k -> new ArrayList<>()).add(new Grant<>(principal, right));
            }
            return this;
        }

        /** A folder, its parent ({@code null}: directly in the register) and its name for messages. */
        public Builder folder(Object key, Object parent, String label) {
            if (parent != null) {
                parents.put(key, parent);
            }
            folderLabels.put(key, label);
            return this;
        }

        /** The group that may publish to a library's release branch and tags. */
        public Builder editorialTeam(Object group) {
            this.editorialTeam = group;
            return this;
        }

        public RightsPolicy build() {
            return new RightsPolicy(this);
        }
    }
}
