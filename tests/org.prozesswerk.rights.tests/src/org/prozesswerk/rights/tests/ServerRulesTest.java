/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.rights.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.model.FimStatus;

/**
 * The server's rules beyond the matrix: releasing one's own change (a person with both roles), the editorial team's
 * release branch and tags, the rights file itself, messages naming item, rule and role.
 */
class ServerRulesTest {

    private static final String RIGHTS = """
            {"format": "prozesswerk-library-rights/1",
             "persons": [{"account": "mia"}, {"account": "fred"}, {"account": "red"}],
             "groups": [{"id": "redaktion", "name": "Landesredaktion", "members": ["red"]}],
             "roles": [{"principal": "mia", "role": "MODELLER", "folder": "stadt-a"},
                       {"principal": "mia", "role": "RELEASER", "folder": "stadt-a"},
                       {"principal": "fred", "role": "RELEASER"},
                       {"principal": "red", "role": "ADMINISTRATOR"}],
             "editorialTeam": "redaktion"}
            """;

    @TempDir
    Path tmp;
    private LibraryServer server;
    private Path root;

    @BeforeEach
    void start() throws Exception {
        root = Files.createDirectories(tmp.resolve("server"));
        PersonIdent land = new PersonIdent("Land", "land@example.org");
        Library.createBare(root.resolve("land.git"), "Landesbibliothek", "Land", "CC-BY-4.0", land);
        try (Git seed = Git.cloneRepository().setURI(root.resolve("land.git").toUri().toString())
                .setDirectory(tmp.resolve("seed").toFile()).call()) {
            Path wt = seed.getRepository().getWorkTree().toPath();
            Files.writeString(wt.resolve("rights.json"), RIGHTS);
            Path item = Files.createDirectories(wt.resolve("items/stadt-a.ac-1")).resolve("item.json");
            Files.writeString(item, RightsFixtures.item("stadt-a.ac-1", "Gewerbeanmeldung",
                    FimStatus.TECHNICALLY_RELEASED_SILVER));
            seed.add().addFilepattern(".").call();
            seed.commit().setAuthor(land).setCommitter(land).setMessage("Rechte").call();
            seed.push().call();
        }
        Path users = RightsFixtures.users(tmp.resolve("users.txt"), "mia", "fred", "red", "paul");
        server = LibraryServer.start(new LibraryServer.Settings(root, "127.0.0.1", 0, users, null, null, null,
                null));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private Git clone(String user) throws Exception {
        return Git.cloneRepository().setURI(server.baseUri() + "land.git").setCredentialsProvider(credentials(user))
                .setDirectory(tmp.resolve("clone-" + user).toFile()).call();
    }

    private static UsernamePasswordCredentialsProvider credentials(String user) {
        return new UsernamePasswordCredentialsProvider(user, RightsFixtures.PASSWORD);
    }

    private static RemoteRefUpdate push(Git git, String user, String ref) throws Exception {
        RemoteRefUpdate update = null;
        for (PushResult r : git.push().setCredentialsProvider(credentials(user)).setRefSpecs(new RefSpec(ref))
                .call()) {
            for (RemoteRefUpdate u : r.getRemoteUpdates()) {
                update = u;
            }
        }
        return update;
    }

    private static void write(Git git, String name, FimStatus status, String message) throws Exception {
        Path wt = git.getRepository().getWorkTree().toPath();
        Files.writeString(wt.resolve("items/stadt-a.ac-1/item.json"), RightsFixtures.item("stadt-a.ac-1", name,
                status), StandardCharsets.UTF_8);
        git.commit().setAll(true).setMessage(message).call();
    }

    @Test
    void releasingOnesOwnChangeIsRefusedAnotherReleaserMayRelease() throws Exception {
        try (Git mia = clone("mia")) {
            // Mia (Modellierer and Freigeber) starts a new version, changes it, submits it, and releases it herself.
            write(mia, "Gewerbeanmeldung", FimStatus.IN_PROGRESS, "neue Version");
            assertEquals(RemoteRefUpdate.Status.OK, push(mia, "mia", "refs/heads/main").getStatus());
            write(mia, "Gewerbeanmeldung (neu)", FimStatus.TECHNICALLY_RELEASED_SILVER, "geändert und freigegeben");
            RemoteRefUpdate own = push(mia, "mia", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, own.getStatus());
        }
        try (Git fred = clone("fred")) {
            write(fred, "Gewerbeanmeldung", FimStatus.DRAFT, "einreichen");
            RemoteRefUpdate notModeller = push(fred, "fred", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, notModeller.getStatus());
            String m = notModeller.getMessage();
            assertTrue(m.contains("items/stadt-a.ac-1/item.json") && m.contains("RIGHTS-") && m.contains("Modellierer"),
                    "names item, rule and role: " + m);
        }
    }

    @Test
    void fourEyesWithinOnePushNamesTheRule() throws Exception {
        try (Git mia = clone("mia")) {
            write(mia, "Gewerbeanmeldung", FimStatus.IN_PROGRESS, "neue Version");
            push(mia, "mia", "refs/heads/main");
            write(mia, "Gewerbeanmeldung", FimStatus.DRAFT, "einreichen");
            push(mia, "mia", "refs/heads/main");
        }
        // The pushed chain 3 → 4 needs a Methodenprüfer; Mia is none. With both roles she could not release her own
        // change either: the rule is named.
        try (Git mia = Git.open(tmp.resolve("clone-mia").toFile())) {
            write(mia, "Gewerbeanmeldung geändert", FimStatus.METHODICALLY_RELEASED, "geändert und geprüft");
            RemoteRefUpdate u = push(mia, "mia", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, u.getStatus());
            assertTrue(u.getMessage().contains("RIGHTS-"), u.getMessage());
        }
    }

    @Test
    void fourEyesAcrossPushesFollowsTheAuthenticatedPusherNotTheAuthor() throws Exception {
        try (Git red = clone("red")) {
            // Mia may also check methodically; Paul is a second Methodenprüfer.
            Files.writeString(red.getRepository().getWorkTree().toPath().resolve("rights.json"), RIGHTS
                    .replace("{\"account\": \"red\"}", "{\"account\": \"red\"}, {\"account\": \"paul\"}")
                    .replace("\"roles\": [", "\"roles\": [{\"principal\": \"mia\", \"role\": \"METHOD_REVIEWER\"},"
                            + " {\"principal\": \"paul\", \"role\": \"METHOD_REVIEWER\"},"));
            red.commit().setAll(true).setMessage("Methodenprüfer").call();
            assertEquals(RemoteRefUpdate.Status.OK, push(red, "red", "refs/heads/main").getStatus());
        }
        try (Git mia = clone("mia")) {
            // Push 1: Mia changes the content (the commit claims Fred as its author: the pusher counts).
            Path wt = mia.getRepository().getWorkTree().toPath();
            Files.writeString(wt.resolve("items/stadt-a.ac-1/item.json"), RightsFixtures.item("stadt-a.ac-1",
                    "Gewerbeanmeldung (neue Fassung)", FimStatus.IN_PROGRESS), StandardCharsets.UTF_8);
            PersonIdent fred = new PersonIdent("fred", "fred@example.org");
            mia.commit().setAll(true).setAuthor(fred).setCommitter(fred).setMessage("neue Fassung").call();
            assertEquals(RemoteRefUpdate.Status.OK, push(mia, "mia", "refs/heads/main").getStatus());
            // Push 2: she submits it (a status change only).
            write(mia, "Gewerbeanmeldung (neue Fassung)", FimStatus.DRAFT, "einreichen");
            assertEquals(RemoteRefUpdate.Status.OK, push(mia, "mia", "refs/heads/main").getStatus());
            // Push 3: checking her own change methodically is refused, though this push changes the status only.
            write(mia, "Gewerbeanmeldung (neue Fassung)", FimStatus.METHODICALLY_RELEASED, "geprüft");
            RemoteRefUpdate own = push(mia, "mia", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, own.getStatus());
            assertTrue(own.getMessage().contains("items/stadt-a.ac-1/item.json")
                    && own.getMessage().contains("RIGHTS-FOUR-EYES") && own.getMessage().contains("Methodenprüfer"),
                    own.getMessage());
        }
        try (Git paul = clone("paul")) {
            write(paul, "Gewerbeanmeldung (neue Fassung)", FimStatus.METHODICALLY_RELEASED, "geprüft");
            assertEquals(RemoteRefUpdate.Status.OK, push(paul, "paul", "refs/heads/main").getStatus(),
                    "a second person checks");
        }
        try (Git mia = Git.open(tmp.resolve("clone-mia").toFile())) {
            mia.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD).setRef("HEAD~1").call();
            mia.pull().setCredentialsProvider(credentials("mia")).call();
            // Mia is Freigeberin too: the last content change is still hers (Paul's push changed the status only).
            write(mia, "Gewerbeanmeldung (neue Fassung)", FimStatus.TECHNICALLY_RELEASED_SILVER, "freigegeben");
            RemoteRefUpdate own = push(mia, "mia", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, own.getStatus());
            assertTrue(own.getMessage().contains("RIGHTS-FOUR-EYES"), own.getMessage());
        }
        try (Git fred = clone("fred")) {
            // Fred is named as the author of the change but did not push it: he may release it.
            write(fred, "Gewerbeanmeldung (neue Fassung)", FimStatus.TECHNICALLY_RELEASED_SILVER, "freigegeben");
            assertEquals(RemoteRefUpdate.Status.OK, push(fred, "fred", "refs/heads/main").getStatus());
        }
    }

    @Test
    void onlyTheEditorialTeamPublishesToTheReleaseBranchAndTags() throws Exception {
        try (Git fred = clone("fred")) {
            RemoteRefUpdate branch = push(fred, "fred", "refs/heads/main:refs/heads/release");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, branch.getStatus());
            assertTrue(branch.getMessage().contains("Landesredaktion") && branch.getMessage().contains(
                    "RIGHTS-EDITORIAL"), branch.getMessage());
            fred.tag().setName("v1").call();
            RemoteRefUpdate tag = push(fred, "fred", "refs/tags/v1");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, tag.getStatus());
        }
        try (Git red = clone("red")) {
            assertEquals(RemoteRefUpdate.Status.OK, push(red, "red", "refs/heads/main:refs/heads/release").getStatus());
            red.tag().setName("v1").call();
            assertEquals(RemoteRefUpdate.Status.OK, push(red, "red", "refs/tags/v1").getStatus());
        }
    }

    @Test
    void onlyTheAdministratorChangesTheRightsFile() throws Exception {
        try (Git fred = clone("fred")) {
            Path rights = fred.getRepository().getWorkTree().toPath().resolve("rights.json");
            Files.writeString(rights, RIGHTS.replace("\"fred\", \"role\": \"RELEASER\"",
                    "\"fred\", \"role\": \"ADMINISTRATOR\""));
            fred.commit().setAll(true).setMessage("mehr Rechte").call();
            RemoteRefUpdate u = push(fred, "fred", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, u.getStatus());
            assertTrue(u.getMessage().contains("rights.json") && u.getMessage().contains("Administrator"),
                    u.getMessage());
        }
        try (Git red = clone("red")) {
            Path rights = red.getRepository().getWorkTree().toPath().resolve("rights.json");
            Files.writeString(rights, "{\"format\": \"prozesswerk-library-rights/1\", \"persons\": [1]}");
            red.commit().setAll(true).setMessage("kaputt").call();
            RemoteRefUpdate broken = push(red, "red", "refs/heads/main");
            assertEquals(RemoteRefUpdate.Status.REJECTED_OTHER_REASON, broken.getStatus(),
                    "a broken rights file would lock everyone out");
            assertTrue(broken.getMessage().contains("$.persons[0]"), broken.getMessage());
        }
    }
}
