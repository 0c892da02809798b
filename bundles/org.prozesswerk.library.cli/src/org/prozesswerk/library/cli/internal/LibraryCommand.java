/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.NetRCCredentialsProvider;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.prozesswerk.cli.BaseCommand;
import org.prozesswerk.cli.CliInputException;
import org.prozesswerk.cli.ExitCodes;
import org.prozesswerk.cli.GroupCommand;
import org.prozesswerk.cli.HelpOption;
import org.prozesswerk.cli.Registers;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.exchange.Steckbriefe;
import org.prozesswerk.library.DemoLibrary;
import org.prozesswerk.library.Library;
import org.prozesswerk.library.LibraryException;
import org.prozesswerk.library.LibraryItem;
import org.prozesswerk.library.server.LibraryServer;
import org.prozesswerk.library.server.RightsPushPolicy;
import org.prozesswerk.library.server.UsersFile;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rules.cli.RuleFiles;
import org.prozesswerk.rules.engine.RuleSet;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code prozesswerk library ...}: the process library on Git for scripts and CI (docs/library.md). Credentials for
 * http(s) come from PROZESSWERK_LIBRARY_USER / PROZESSWERK_LIBRARY_PASSWORD or ~/.netrc, never from arguments.
 * Exit codes: 0 done; 1 done with findings (updates available, conflicts kept); 2 usage, input or remote error.
 */
@Command(name = "library", sortOptions = false,
        header = "Share Steckbriefe through a process library (a Git repository).",
        description = { "Subcommands: init, clone, status, publish, adopt, updates, pull, push, serve, user-add, demo." },
        subcommands = { LibraryCommand.Init.class, LibraryCommand.Clone.class, LibraryCommand.Status.class,
                LibraryCommand.Publish.class, LibraryCommand.Adopt.class, LibraryCommand.Updates.class,
                LibraryCommand.Pull.class, LibraryCommand.Push.class, LibraryCommand.Serve.class,
                LibraryCommand.UserAdd.class, LibraryCommand.Demo.class })
public final class LibraryCommand extends GroupCommand {

    @Mixin
    HelpOption help;

    // ------------------------------------------------------------------ shared pieces

    /** Credentials from the environment or ~/.netrc; never from the command line (it shows in process lists). */
    static CredentialsProvider credentials() {
        String user = System.getenv("PROZESSWERK_LIBRARY_USER");
        String password = System.getenv("PROZESSWERK_LIBRARY_PASSWORD");
        if (user != null && password != null) {
            return new UsernamePasswordCredentialsProvider(user, password);
        }
        return new NetRCCredentialsProvider();
    }

    static PersonIdent author(String fallback) {
        String name = System.getenv("PROZESSWERK_AUTHOR_NAME");
        String email = System.getenv("PROZESSWERK_AUTHOR_EMAIL");
        if (name == null) {
            name = fallback == null || fallback.isBlank() ? System.getProperty("user.name", "prozesswerk") : fallback;
        }
        return new PersonIdent(name, email == null ? "" : email);
    }

    static Library open(Path dir) throws CliInputException {
        try {
            return Library.open(dir, credentials());
        } catch (LibraryException e) {
            throw new CliInputException(e.getMessage(), e);
        }
    }

    static ProcessRegister load(Path register) throws CliInputException {
        if (!Files.isRegularFile(register)) {
            throw new CliInputException("Registerdatei fehlt: " + register);
        }
        return Registers.load(register);
    }

    static void save(ProcessRegister register, Path file) throws CliInputException {
        try {
            RegisterStore.save(register, file);
        } catch (IOException e) {
            throw new CliInputException("Register konnte nicht gespeichert werden: " + file + ": " + e.getMessage(),
                    e);
        }
    }

    static CliInputException fail(LibraryException e) {
        return new CliInputException(e.getMessage(), e);
    }

    // ------------------------------------------------------------------ subcommands

    @Command(name = "init", header = "Create a new, empty library as a bare Git repository.")
    static final class Init extends BaseCommand {
        @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir", description = "Bare repository to create, e.g. land.git.")
        Path dir;
        @Option(names = "--name", required = true, description = "Name of the library.")
        String name;
        @Option(names = "--publisher", required = true, description = "Body that maintains the library.")
        String publisher;
        @Option(names = "--licence", defaultValue = "CC-BY-4.0", description = "Default licence of items (SPDX id).")
        String licence;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(dir)) {
                throw new CliInputException("Existiert bereits: " + dir);
            }
            Library.createBare(dir, name, publisher, licence, author(publisher));
            spec.commandLine().getOut().println("Bibliothek angelegt: " + dir.toAbsolutePath());
            return ExitCodes.OK;
        }
    }

    @Command(name = "clone", header = "Clone a library (https, http, ssh, file URL or path).")
    static final class Clone extends BaseCommand {
        @Parameters(index = "0", paramLabel = "URL", descriptionKey = "url", description = "Clone URL of the library.")
        String url;
        @Parameters(index = "1", paramLabel = "DIR", descriptionKey = "dir", description = "Local folder for the clone.")
        Path dir;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(dir) && Files.list(dir).findAny().isPresent()) {
                throw new CliInputException("Zielordner ist nicht leer: " + dir);
            }
            try (Library library = Library.cloneFrom(url, dir, credentials())) {
                spec.commandLine().getOut().println("Geklont: " + library.description().name() + " ("
                        + library.itemIds().size() + " Einträge) nach " + dir.toAbsolutePath());
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "status", header = "Show the items of a library clone and how it stands to the server.")
    static final class Status extends BaseCommand {
        @Option(names = "--library", defaultValue = ".", paramLabel = "DIR", description = "Library clone (default: current folder).")
        Path dir;
        @Option(names = "--item", paramLabel = "ID", description = "Show this item's history (git log -- items/ID).")
        String item;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            try (Library library = open(dir)) {
                out.println("Bibliothek: " + library.description().name() + " <" + library.url() + ">");
                ObjectId head = library.head();
                out.println("Stand: " + (head == null ? "-" : head.name()));
                if (item != null) {
                    for (RevCommit c : library.history(item)) {
                        out.println(c.abbreviate(10).name() + ' ' + c.getAuthorIdent().getWhenAsInstant() + ' '
                                + c.getAuthorIdent().getName() + ": " + c.getShortMessage());
                    }
                    return ExitCodes.OK;
                }
                for (String id : library.itemIds()) {
                    LibraryItem i = library.item(id);
                    out.println(id + "\tv" + i.version() + '\t' + nz(i.steckbrief().fimStatus()) + '\t'
                            + nz(i.publisher()) + '\t' + i.steckbrief().name());
                }
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }

        private static String nz(String s) {
            return s == null ? "-" : s;
        }
    }

    @Command(name = "publish", header = "Check Steckbriefe with the rule sets, then commit and push them to the library.")
    static final class Publish extends BaseCommand {
        @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file (.pwreg).")
        Path register;
        @Option(names = "--library", required = true, paramLabel = "DIR", description = "Library clone.")
        Path dir;
        @Option(names = "--profile", paramLabel = "KEY", description = "Key of a Steckbrief to publish (repeatable; default: all).")
        List<String> keys = new ArrayList<>();
        @Option(names = "--licence", description = "Licence of the published items (SPDX id; default: the library's).")
        String licence;
        @Mixin
        RuleFiles rules = new RuleFiles();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ProcessRegister reg = load(register);
            List<ProcessProfile> profiles = new ArrayList<>();
            for (ProcessProfile p : Steckbriefe.all(reg)) {
                if (keys.isEmpty() || keys.contains(p.getKey())) {
                    profiles.add(p);
                }
            }
            List<String> missing = new ArrayList<>(keys);
            profiles.forEach(p -> missing.remove(p.getKey()));
            if (!missing.isEmpty()) {
                throw new CliInputException("Kein Steckbrief mit Schlüssel " + missing + " in " + register);
            }
            RuleSet ruleSet = rules.load(spec.commandLine().getErr());
            try (Library library = open(dir)) {
                Library.Published result = library.publish(reg, register, profiles, ruleSet, licence,
                        author(reg.getPublisher()));
                save(reg, register);
                out.println("Veröffentlicht: " + result.itemIds().size() + ", unverändert: "
                        + result.unchanged().size() + ", Stand " + result.commit().name()
                        + (result.attempts() > 1 ? " (nach " + result.attempts() + " Versuchen)" : ""));
                result.itemIds().forEach(id -> out.println("  " + id));
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "adopt", header = "Adopt library items into a register as new Steckbriefe.")
    static final class Adopt extends BaseCommand {
        @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file (.pwreg).")
        Path register;
        @Option(names = "--library", required = true, paramLabel = "DIR", description = "Library clone.")
        Path dir;
        @Option(names = "--item", required = true, paramLabel = "ID", description = "Item to adopt (repeatable).")
        List<String> items = new ArrayList<>();
        @Option(names = "--folder", paramLabel = "PATH", description = "Target folder, e.g. \"Bürgerdienste / Gewerbe\" (created if missing).")
        String folder;
        @Option(names = "--unit", paramLabel = "NAME", description = "Name of the responsible org unit (must exist).")
        String unit;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ProcessRegister reg = load(register);
            OrgUnit orgUnit = null;
            if (unit != null) {
                orgUnit = Steckbriefe.units(reg).stream().filter(u -> unit.equals(u.getName())).findFirst()
                        .orElseThrow(() -> new CliInputException("Keine Organisationseinheit \"" + unit + "\" in "
                                + register));
            }
            try (Library library = open(dir)) {
                Folder target = folder == null ? null : folder(reg, folder);
                Library.Adopted adopted = library.adopt(reg, register, items, target, orgUnit);
                save(reg, register);
                for (ProcessProfile p : adopted.profiles()) {
                    out.println("Übernommen: " + p.getKey() + " " + p.getName());
                }
                if (!adopted.unresolvedReferences().isEmpty()) {
                    out.println("Nicht verknüpft (Vorgänger/Nachfolger nicht im Register): "
                            + adopted.unresolvedReferences());
                }
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }

        private static Folder folder(ProcessRegister reg, String path) {
            List<Folder> level = reg.getRootFolders();
            Folder current = null;
            for (String name : path.split(" / ")) {
                Folder found = level.stream().filter(f -> name.strip().equals(f.getName())).findFirst().orElse(null);
                if (found == null) {
                    found = ProzesswerkFactory.eINSTANCE.createFolder();
                    found.setId("f-" + java.util.UUID.randomUUID());
                    found.setName(name.strip());
                    level.add(found);
                }
                current = found;
                level = found.getFolders();
            }
            return current;
        }
    }

    @Command(name = "updates", header = "List adopted Steckbriefe that changed in the library; --apply takes the changes in.")
    static final class Updates extends BaseCommand {
        @Parameters(index = "0", paramLabel = "REGISTER", descriptionKey = "register", description = "Register file (.pwreg).")
        Path register;
        @Option(names = "--library", required = true, paramLabel = "DIR", description = "Library clone.")
        Path dir;
        @Option(names = "--pull", description = "Pull the library first.")
        boolean pull;
        @Option(names = "--apply", description = "Take the changes in (three-way merge, local changes kept).")
        boolean apply;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            ProcessRegister reg = load(register);
            try (Library library = open(dir)) {
                if (pull) {
                    library.pull();
                }
                List<Library.Update> updates = library.updates(reg);
                boolean conflicts = false;
                for (Library.Update u : updates) {
                    out.println((u.removed() ? "Entfernt: " : "Geändert: ") + u.profile().getKey() + " "
                            + u.profile().getName() + " (" + u.itemId() + ", " + u.adoptedCommit().substring(0, 10)
                            + " → " + u.currentCommit().substring(0, 10) + ")");
                    if (apply && !u.removed()) {
                        Library.Applied a = library.applyUpdate(reg, register, u);
                        if (!a.conflicts().isEmpty()) {
                            conflicts = true;
                            out.println("  Konflikt, lokaler Wert behalten: " + String.join(", ", a.conflicts()));
                        }
                    }
                }
                if (apply && !updates.isEmpty()) {
                    save(reg, register);
                }
                if (updates.isEmpty()) {
                    out.println("Keine Aktualisierungen.");
                }
                return updates.isEmpty() || (apply && !conflicts) ? ExitCodes.OK : ExitCodes.FINDINGS;
            } catch (LibraryException e) {
                throw fail(e);
            }
        }
    }

    @Command(name = "pull", header = "Fetch the library and merge semantically.")
    static final class Pull extends BaseCommand {
        @Option(names = "--library", defaultValue = ".", paramLabel = "DIR", description = "Library clone (default: current folder).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            try (Library library = open(dir)) {
                spec.commandLine().getOut().println("Abgerufen: " + library.pull());
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "push", header = "Push local library commits.")
    static final class Push extends BaseCommand {
        @Option(names = "--library", defaultValue = ".", paramLabel = "DIR", description = "Library clone (default: current folder).")
        Path dir;

        @Override
        public Integer call() throws Exception {
            try (Library library = open(dir)) {
                library.push();
                spec.commandLine().getOut().println("Hochgeladen.");
            } catch (LibraryException e) {
                throw fail(e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "serve", header = "Run a library server: Jetty with JGit's GitServlet, basic auth, optional TLS.")
    static final class Serve extends BaseCommand {
        @Option(names = "--root", required = true, paramLabel = "DIR", description = "Folder with the bare library repositories (NAME.git).")
        Path root;
        @Option(names = "--port", defaultValue = "8080", description = "TCP port (0: any free port; default ${DEFAULT-VALUE}).")
        int port;
        @Option(names = "--host", defaultValue = "127.0.0.1", description = "Address to listen on (default ${DEFAULT-VALUE}).")
        String host;
        @Option(names = "--users", required = true, paramLabel = "FILE", description = "Users file (see library user-add).")
        Path users;
        @Option(names = "--keystore", paramLabel = "FILE", description = "PKCS12 keystore: serve https only. Password from PROZESSWERK_KEYSTORE_PASSWORD.")
        Path keystore;
        @Mixin
        RuleFiles rules = new RuleFiles();

        @Override
        public Integer call() throws Exception {
            if (!Files.isRegularFile(users)) {
                throw new CliInputException("Benutzerdatei fehlt: " + users);
            }
            char[] keystorePassword = null;
            if (keystore != null) {
                String pw = System.getenv("PROZESSWERK_KEYSTORE_PASSWORD");
                if (pw == null) {
                    throw new CliInputException("PROZESSWERK_KEYSTORE_PASSWORD ist nicht gesetzt");
                }
                keystorePassword = pw.toCharArray();
            }
            RuleSet ruleSet = rules.load(spec.commandLine().getErr());
            try (LibraryServer server = LibraryServer.start(new LibraryServer.Settings(root, host, port, users,
                    keystore, keystorePassword, ruleSet, new RightsPushPolicy()))) {
                PrintWriter out = spec.commandLine().getOut();
                out.println("Bibliotheksserver läuft: " + server.baseUri() + "  (Bibliotheken in " + root.toAbsolutePath()
                        + ")");
                out.flush();
                server.join();
            } catch (org.prozesswerk.library.LibraryFormatException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "user-add", header = "Add a user to a server's users file (password from PROZESSWERK_NEW_PASSWORD or standard input).")
    static final class UserAdd extends BaseCommand {
        @Option(names = "--users", required = true, paramLabel = "FILE", description = "Users file (created if missing).")
        Path users;
        @Parameters(index = "0", paramLabel = "NAME", descriptionKey = "name", description = "User name.")
        String name;

        @Override
        public Integer call() throws Exception {
            String pw = System.getenv("PROZESSWERK_NEW_PASSWORD");
            if (pw == null) {
                java.io.BufferedReader in = new java.io.BufferedReader(new java.io.InputStreamReader(System.in,
                        java.nio.charset.StandardCharsets.UTF_8));
                pw = in.readLine();
            }
            if (pw == null) {
                throw new CliInputException("Kein Passwort (PROZESSWERK_NEW_PASSWORD oder eine Zeile auf stdin)");
            }
            try {
                UsersFile.setPassword(users, name, pw.toCharArray());
            } catch (IllegalArgumentException e) {
                throw new CliInputException(e.getMessage(), e);
            }
            spec.commandLine().getOut().println("Benutzer " + name + " gespeichert in " + users);
            return ExitCodes.OK;
        }
    }

    @Command(name = "demo", header = "Create a demo library (bare repository) from the Musterregister and the FIM Stammprozess model.")
    static final class Demo extends BaseCommand {
        @Option(names = "--out", required = true, paramLabel = "DIR", description = "Bare repository to create, e.g. demo.git.")
        Path out;
        @Option(names = "--count", defaultValue = "40", description = "How many Steckbriefe of the Musterregister (default ${DEFAULT-VALUE}).")
        int count;

        @Override
        public Integer call() throws Exception {
            if (Files.exists(out)) {
                throw new CliInputException("Existiert bereits: " + out);
            }
            List<String> ids = DemoLibrary.createFromMusterregister(out, count, author("Prozesswerk Demo"));
            spec.commandLine().getOut().println("Demo-Bibliothek angelegt: " + out.toAbsolutePath() + " ("
                    + ids.size() + " Einträge); klonen mit: prozesswerk library clone " + out.toAbsolutePath()
                    .toUri() + " DIR");
            return ExitCodes.OK;
        }
    }
}
