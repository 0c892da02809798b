/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.ResetCommand;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.core.workflow.StatusWorkflow;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.model.AccessControl;
import org.prozesswerk.model.AccessRight;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.Person;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.Role;
import org.prozesswerk.rights.Decision;
import org.prozesswerk.rights.Operation;
import org.prozesswerk.rights.RightsPolicy;
import org.prozesswerk.rights.Target;
import org.prozesswerk.rights.tests.Oracle.Op;
import org.prozesswerk.tests.support.TestRegisters;

/**
 * The rights matrix: every role (and none) × every folder right (and none given) × role given for the register or
 * for the folder above × every operation, in the workbench (commands through the editing domain's rights stack) and
 * on the library server (real pushes over HTTP on loopback, judged for the authenticated pusher), each compared with
 * the {@link Oracle}. 100 % of the unauthorised operations must be refused (and leave nothing changed), 100 % of the
 * authorised ones allowed.
 */
class RightsMatrixTest {

    private static final Role[] ROLES = { null, Role.VIEWER, Role.MODELLER, Role.METHOD_REVIEWER, Role.RELEASER,
            Role.ADMINISTRATOR };
    private static final AccessRight[] RIGHTS = { null, AccessRight.NONE, AccessRight.READ, AccessRight.WRITE };
    private static final boolean[] ROLE_ON_FOLDER = { false, true };
    private static final String CHANGED = "Steckbrief geändert";

    @TempDir
    Path tmp;

    private int allowed;
    private int refused;
    private final List<String> failures = new ArrayList<>();

    @Test
    void workbenchAgreesWithTheOracle() {
        for (Role role : ROLES) {
            for (AccessRight right : RIGHTS) {
                for (boolean onFolder : ROLE_ON_FOLDER) {
                    workbenchCombination(role, right, onFolder);
                }
            }
        }
        report("workbench");
    }

    @Test
    void serverAgreesWithTheOracle() throws Exception {
        Path root = Files.createDirectories(tmp.resolve("server"));
        Path users = RightsFixtures.users(tmp.resolve("users.txt"), "tester", "autor", "admin");
        try (LibraryServer server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users, null,
                null, null, null))) {
            int n = 0;
            for (Role role : ROLES) {
                for (AccessRight right : RIGHTS) {
                    for (boolean onFolder : ROLE_ON_FOLDER) {
                        serverCombination(root, server.baseUri().toString(), n++, role, right, onFolder);
                    }
                }
            }
        }
        report("server");
    }

    private void report(String half) {
        int cases = allowed + refused;
        System.out.println("rights matrix (" + half + "): " + cases + " cases, " + allowed + " allowed, " + refused
                + " refused, " + failures.size() + " disagreeing with the oracle");
        assertEquals(List.of(), failures);
        assertTrue(cases >= 500, "at least 500 cases per half: " + cases);
        assertTrue(allowed > 20 && refused > 20, "both outcomes occur: " + allowed + '/' + refused);
    }

    private static String combination(Role role, AccessRight right, boolean onFolder) {
        return "role " + role + (onFolder ? " on the folder above" : " for the register") + ", right " + right;
    }

    private void record(String where, Role role, AccessRight right, boolean onFolder, Op op, boolean actual,
            String reason) {
        boolean expected = Oracle.allowed(role, right, op);
        if (actual) {
            allowed++;
        } else {
            refused++;
        }
        String c = where + ' ' + op + " with " + combination(role, right, onFolder);
        if (expected != actual) {
            failures.add(c + ": expected " + (expected ? "allowed" : "refused") + ", was "
                    + (actual ? "allowed" : "refused: " + reason));
        } else if (!actual && (reason == null || reason.isBlank())) {
            failures.add(c + ": refused without a reason");
        }
    }

    // ------------------------------------------------------------------ workbench half

    private void workbenchCombination(Role role, AccessRight right, boolean onFolder) {
        ProcessRegister register = RightsFixtures.register();
        AccessControl ac = register.getAccessControl();
        Person tester = TestRegisters.person(ac, "tester", "Tina Tester");
        TestRegisters.person(ac, "autor", "Anna Autor");
        Folder parent = RightsFixtures.folder(register, "P");
        Folder folder = RightsFixtures.folder(register, "F");
        if (role != null) {
            TestRegisters.role(ac, tester, role, onFolder ? parent : null);
        }
        if (right != null) {
            TestRegisters.right(ac, tester, right, parent);
        }
        Map<Op, ProcessProfile> profiles = new EnumMap<>(Op.class);
        for (Op op : Op.values()) {
            ProcessProfile p = TestRegisters.profile("p-" + op, op.name(), "Steckbrief " + op,
                    op.start == null ? FimStatus.IN_PROGRESS : op.start, null);
            p.setLastEditor(op == Op.RELEASE_OWN ? "tester" : "autor");
            folder.getProfiles().add(p);
            profiles.put(op, p);
        }
        RightsFixtures.Workbench wb = RightsFixtures.workbench(register, "tester");
        for (Op op : Op.values()) {
            ProcessProfile p = profiles.get(op);
            String nameBefore = p.getName();
            FimStatus statusBefore = p.getStatus();
            if (op == Op.READ) {
                RightsPolicy policy = wb.stack().policy(register);
                Decision d = policy.check("tester", Operation.READ, Target.folder(folder));
                record("workbench", role, right, onFolder, op, d.allowed(), d.reason());
                continue;
            }
            Command command;
            if (!op.isTransition()) {
                command = SetCommand.create(wb.domain(), p, ProzesswerkPackage.Literals.PROCESS_PROFILE__NAME,
                        CHANGED);
            } else if (op == Op.SKIP_STEP) {
                command = SetCommand.create(wb.domain(), p, ProzesswerkPackage.Literals.PROCESS_PROFILE__STATUS,
                        op.to); // what the Properties view does: no workflow step
            } else {
                command = StatusWorkflow.changeStatus(wb.domain(), p, op.to, "tester", null, Instant.now());
            }
            wb.stack().execute(command);
            boolean done = op.isTransition() ? p.getStatus() == op.to : CHANGED.equals(p.getName());
            Decision refusal = wb.stack().lastRefusal();
            if (done != (refusal == null)) {
                failures.add("workbench " + op + ": done=" + done + " but refusal=" + refusal);
            }
            if (!done && (!nameBefore.equals(p.getName()) || statusBefore != p.getStatus()
                    || !"tester".equals(p.getLastEditor()) && op == Op.RELEASE_OWN)) {
                failures.add("workbench " + op + ": a refused command left changes behind");
            }
            if (done && !op.isTransition() && !"tester".equals(p.getLastEditor())) {
                failures.add("workbench " + op + ": the content change did not record the editor");
            }
            if (!done && refusal != null && refusal.rule() == Decision.Rule.ROLE
                    && !refusal.reason().contains(RightsPolicy.label(op.role))) {
                failures.add("workbench " + op + ": the refusal does not name the missing role: " + refusal.reason());
            }
            record("workbench", role, right, onFolder, op, done, refusal == null ? null : refusal.reason());
        }
    }

    // ------------------------------------------------------------------ server half

    private static String itemId(Op op) {
        return "stadt-a." + op.name().toLowerCase().replace('_', '-');
    }

    private static String rightsJson(Role role, AccessRight right, boolean onFolder) {
        StringBuilder s = new StringBuilder();
        s.append("{\"format\": \"prozesswerk-library-rights/1\",\n");
        s.append(" \"persons\": [{\"account\": \"tester\", \"name\": \"Tina Tester\"}, {\"account\": \"autor\"},"
                + " {\"account\": \"admin\"}],\n");
        s.append(" \"groups\": [{\"id\": \"redaktion\", \"name\": \"Redaktion\", \"members\": [\"admin\"]}],\n");
        s.append(" \"roles\": [{\"principal\": \"admin\", \"role\": \"ADMINISTRATOR\"}");
        if (role != null) {
            s.append(", {\"principal\": \"tester\", \"role\": \"").append(role.getName()).append('"');
            if (onFolder) {
                s.append(", \"folder\": \"stadt-a\"");
            }
            s.append('}');
        }
        s.append("],\n \"rights\": [");
        if (right != null) {
            s.append("{\"principal\": \"tester\", \"right\": \"").append(right.getName())
                    .append("\", \"folder\": \"stadt-a\"}");
        }
        s.append("],\n \"editorialTeam\": \"redaktion\"}\n");
        return s.toString();
    }

    private void serverCombination(Path root, String baseUrl, int n, Role role, AccessRight right, boolean onFolder)
            throws Exception {
        String name = "combo-" + n + ".git";
        PersonIdent land = new PersonIdent("Land", "land@example.org");
        Library.createBare(root.resolve(name), "Bibliothek " + n, "Land", "CC-BY-4.0", land);
        // Seed rights and items directly in the bare repository (a local push runs no server hook).
        try (Git seed = Git.cloneRepository().setURI(root.resolve(name).toUri().toString())
                .setDirectory(tmp.resolve("seed-" + n).toFile()).call()) {
            Path wt = seed.getRepository().getWorkTree().toPath();
            Files.writeString(wt.resolve("rights.json"), rightsJson(role, right, onFolder), StandardCharsets.UTF_8);
            for (Op op : Oracle.SERVER_OPS) {
                Path item = Files.createDirectories(wt.resolve("items/" + itemId(op))).resolve("item.json");
                Files.writeString(item, RightsFixtures.item(itemId(op), "Steckbrief " + op, op.start));
            }
            seed.add().addFilepattern(".").call();
            seed.commit().setAuthor(land).setCommitter(land).setMessage("Rechte und Einträge").call();
            seed.push().call();
        }
        UsernamePasswordCredentialsProvider cp = new UsernamePasswordCredentialsProvider("tester",
                RightsFixtures.PASSWORD);
        try (Git git = Git.cloneRepository().setURI(baseUrl + name).setCredentialsProvider(cp)
                .setDirectory(tmp.resolve("tester-" + n).toFile()).call()) {
            Path wt = git.getRepository().getWorkTree().toPath();
            // The commit author is somebody else: the server judges the authenticated pusher.
            PersonIdent author = new PersonIdent("Anna Autor", "autor@example.org");
            for (Op op : Oracle.SERVER_OPS) {
                String id = itemId(op);
                String text = op.isTransition() && op != Op.RELEASE_OWN
                        ? RightsFixtures.item(id, "Steckbrief " + op, op.to)
                        : RightsFixtures.item(id, CHANGED, op == Op.RELEASE_OWN ? op.to : op.start);
                Files.writeString(wt.resolve("items/" + id + "/item.json"), text, StandardCharsets.UTF_8);
                git.commit().setAll(true).setAuthor(author).setCommitter(author).setMessage(op.name()).call();
                RemoteRefUpdate update = null;
                for (PushResult r : git.push().setCredentialsProvider(cp).call()) {
                    update = r.getRemoteUpdate("refs/heads/main");
                }
                boolean ok = update != null && update.getStatus() == RemoteRefUpdate.Status.OK;
                String reason = update == null ? "no result" : update.getStatus() + " " + update.getMessage();
                if (!ok) {
                    if (update != null && update.getMessage() != null && !update.getMessage().contains(id)) {
                        failures.add("server " + op + ": the rejection does not name the item: " + reason);
                    }
                    git.reset().setMode(ResetCommand.ResetType.HARD).setRef("origin/main").call();
                }
                record("server", role, right, onFolder, op, ok, reason);
            }
        }
    }
}
