/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.InvalidRemoteException;
import org.eclipse.jgit.api.errors.TransportException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.NoRemoteRepositoryException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.CredentialsProvider;
import org.eclipse.jgit.transport.FetchResult;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.TrackingRefUpdate;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.osgi.util.NLS;
import org.prozesswerk.library.LibraryException.Kind;
import org.prozesswerk.library.internal.Messages;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.rules.engine.Finding;
import org.prozesswerk.rules.engine.RegisterValidation;
import org.prozesswerk.rules.engine.RuleSet;

/**
 * A local clone of a library (docs/library.md) and the operations on it: clone, publish, adopt, updates, pull, push.
 * Headless; the workbench and the command line call the same methods. Methods that change a register change the
 * given in-memory register only; the caller saves it (the CLI with {@code RegisterStore.save}, atomically), so a
 * failure leaves the register file untouched.
 */
public final class Library implements AutoCloseable {

    /** The one branch of a library. */
    public static final String BRANCH = "main";

    /**
     * Pushes racing for one library's branch serialise: each round one wins, the others fetch, merge and retry. 20
     * bodies publishing at the same moment need up to 20 attempts; 10 made the last ones give up (LibraryBench).
     */
    private static final int PUSH_ATTEMPTS = 30;
    /** Longest random pause between two attempts, in ms. */
    private static final long MAX_PAUSE = 1_000;
    /** Up to this many published Steckbriefe are checked one subtree each, more with one pass over the register. */
    private static final int SUBTREE_CHECKS = 20;

    private final Git git;
    private final Path workTree;
    private CredentialsProvider credentials;

    private Library(Git git, CredentialsProvider credentials) {
        this.git = git;
        this.workTree = git.getRepository().getWorkTree().toPath();
        this.credentials = credentials;
        // Loads the class, which registers the strategy with JGit.
        SemanticMergeStrategy.INSTANCE.getName();
    }

    // ------------------------------------------------------------------ creating, cloning, opening

    /**
     * Creates a new, empty library as a bare repository (what a state puts on its Git host): branch main with
     * {@code library.json}, a README and {@code .gitattributes} that stop line merges of item files in plain Git.
     */
    public static void createBare(Path dir, String name, String publisher, String licence, PersonIdent author)
            throws IOException {
        try (Repository repo = FileRepositoryBuilder.create(dir.toFile())) {
            repo.create(true);
            repo.getConfig().setString("init", null, "defaultBranch", BRANCH);
            repo.getConfig().setBoolean("http", null, "receivepack", true);
            repo.getConfig().save();
            RefUpdate head = repo.getRefDatabase().newUpdate(Constants.HEAD, false);
            head.link(Constants.R_HEADS + BRANCH);
            Map<String, byte[]> files = new LinkedHashMap<>();
            files.put(".gitattributes", ("# Library items are merged by Prozesswerk (semantic merge), never line by line:\n"
                    + "# plain git keeps its own side and reports a conflict instead of writing markers.\n"
                    + "items/** -merge\n*.bak -diff\n").getBytes(StandardCharsets.UTF_8));
            files.put(".gitignore", "*.bak\n*.tmp\n".getBytes(StandardCharsets.UTF_8));
            files.put(LibraryLayout.LIBRARY_FILE, LibraryDescription.write(new LibraryDescription(name, publisher,
                    licence)).getBytes(StandardCharsets.UTF_8));
            files.put("README.md", ("# " + name + "\n\nProzesswerk-Bibliothek (Format: docs/library.md im Prozesswerk-"
                    + "Repository). Herausgeber: " + publisher + ". Lizenz der Inhalte: " + licence + ".\n")
                    .getBytes(StandardCharsets.UTF_8));
            commitFiles(repo, files, author, "Bibliothek angelegt: " + name);
        }
    }

    /** Writes {@code files} as one commit on main of {@code repo} (bare or not, work tree untouched). */
    static ObjectId commitFiles(Repository repo, Map<String, byte[]> files, PersonIdent author, String message)
            throws IOException {
        try (ObjectInserter ins = repo.newObjectInserter()) {
            DirCache dc = DirCache.newInCore();
            DirCacheBuilder b = dc.builder();
            ObjectId parent = repo.resolve(Constants.R_HEADS + BRANCH);
            if (parent != null) {
                try (RevWalk rw = new RevWalk(repo)) {
                    b.addTree(new byte[0], 0, repo.newObjectReader(), rw.parseCommit(parent).getTree());
                }
            }
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                DirCacheEntry e = new DirCacheEntry(f.getKey());
                e.setFileMode(FileMode.REGULAR_FILE);
                e.setObjectId(ins.insert(Constants.OBJ_BLOB, f.getValue()));
                b.add(e);
            }
            b.finish();
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(dc.writeTree(ins));
            if (parent != null) {
                c.setParentId(parent);
            }
            c.setAuthor(author);
            c.setCommitter(author);
            c.setMessage(message);
            ObjectId commit = ins.insert(c);
            ins.flush();
            RefUpdate ru = repo.updateRef(Constants.R_HEADS + BRANCH);
            ru.setNewObjectId(commit);
            ru.setExpectedOldObjectId(parent == null ? ObjectId.zeroId() : parent);
            RefUpdate.Result r = ru.update();
            if (r != RefUpdate.Result.NEW && r != RefUpdate.Result.FAST_FORWARD) {
                throw new IOException("could not update main: " + r);
            }
            return commit;
        }
    }

    /** Clones {@code url} (https, http, ssh, file, or a path) into {@code dir}. */
    public static Library cloneFrom(String url, Path dir, CredentialsProvider credentials) throws LibraryException {
        try {
            // fetch only; the checkout is ours (Trees.checkoutFresh), JGit's took most of a clone's time
            Git git = Git.cloneRepository().setURI(url).setDirectory(dir.toFile()).setBranch(BRANCH)
                    .setNoCheckout(true).setCredentialsProvider(credentials).call();
            try {
                checkOutMain(git.getRepository());
            } catch (IOException | RuntimeException e) {
                git.close();
                throw new LibraryException(Kind.OTHER, NLS.bind(Messages.transportFailed, url, e.toString()), e);
            }
            Library library = new Library(git, credentials);
            library.checkIsLibrary(url);
            return library;
        } catch (GitAPIException e) {
            deleteQuietly(dir);
            throw translate(url, e);
        } catch (LibraryException e) {
            deleteQuietly(dir);
            throw e;
        }
    }

    /**
     * After a clone without checkout: main at origin's main, HEAD on it, tracking configured (as JGit's clone sets
     * them), then the work tree and index written once.
     */
    private static void checkOutMain(Repository repo) throws IOException {
        ObjectId remote = repo.resolve(Constants.R_REMOTES + "origin/" + BRANCH);
        if (remote == null) {
            return; // no main on the server: checkIsLibrary reports it
        }
        RefUpdate head = repo.updateRef(Constants.HEAD);
        head.disableRefLog();
        head.link(Constants.R_HEADS + BRANCH);
        repo.getConfig().setString("branch", BRANCH, "remote", "origin");
        repo.getConfig().setString("branch", BRANCH, "merge", Constants.R_HEADS + BRANCH);
        repo.getConfig().save();
        RevCommit commit;
        try (RevWalk rw = new RevWalk(repo)) {
            commit = rw.parseCommit(remote);
        }
        RefUpdate main = repo.updateRef(Constants.HEAD);
        main.setNewObjectId(commit);
        main.setRefLogMessage("clone: from origin", false);
        main.forceUpdate();
        Trees.checkoutFresh(repo, commit.getTree());
    }

    /** Opens an existing clone. */
    public static Library open(Path dir, CredentialsProvider credentials) throws LibraryException {
        try {
            Git git = Git.open(dir.toFile());
            Library library = new Library(git, credentials);
            library.checkIsLibrary(dir.toString());
            return library;
        } catch (IOException e) {
            throw new LibraryException(Kind.NOT_A_LIBRARY, NLS.bind(Messages.notALibrary, dir,
                    LibraryLayout.LIBRARY_FILE), e);
        }
    }

    private void checkIsLibrary(String where) throws LibraryException {
        if (!Files.isRegularFile(workTree.resolve(LibraryLayout.LIBRARY_FILE))) {
            git.close();
            throw new LibraryException(Kind.NOT_A_LIBRARY, NLS.bind(Messages.notALibrary, where,
                    LibraryLayout.LIBRARY_FILE), null);
        }
    }

    public void setCredentials(CredentialsProvider credentials) {
        this.credentials = credentials;
    }

    /** The local clone's work tree. */
    public Path workTree() {
        return workTree;
    }

    /** The URL of the library (origin), used as its identity in provenance. */
    public String url() {
        String url = git.getRepository().getConfig().getString("remote", "origin", "url");
        return url == null ? workTree.toUri().toString() : url;
    }

    public Repository repository() {
        return git.getRepository();
    }

    /** The library's description ({@code library.json}). */
    public LibraryDescription description() throws LibraryException {
        Path file = workTree.resolve(LibraryLayout.LIBRARY_FILE);
        try {
            return LibraryDescription.read(LibraryLayout.LIBRARY_FILE, Files.readString(file));
        } catch (IOException e) {
            throw new LibraryException(Kind.NOT_A_LIBRARY, e.getMessage(), e);
        } catch (LibraryFormatException e) {
            throw new LibraryException(Kind.INVALID_ITEM, NLS.bind(Messages.invalidItem, e.getMessage()), e);
        }
    }

    @Override
    public void close() {
        git.close();
    }

    // ------------------------------------------------------------------ reading

    /** Ids of all items in the work tree, sorted. */
    public List<String> itemIds() throws IOException {
        Path items = workTree.resolve(LibraryLayout.ITEMS);
        if (!Files.isDirectory(items)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(items)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(ItemCodec.FILE_NAME)))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The item {@code id} as in the work tree. */
    public LibraryItem item(String id) throws LibraryException {
        String path = LibraryLayout.itemFile(id);
        try {
            LibraryItem item = ItemCodec.read(path, Files.readString(workTree.resolve(path)));
            checkId(path, item, id);
            return item;
        } catch (IOException e) {
            throw new LibraryException(Kind.INVALID_ITEM, NLS.bind(Messages.invalidItem, path + ": " + e), e);
        } catch (LibraryFormatException e) {
            throw new LibraryException(Kind.INVALID_ITEM, NLS.bind(Messages.invalidItem, e.getMessage()), e);
        }
    }

    private static void checkId(String path, LibraryItem item, String id) throws LibraryFormatException {
        if (!item.id().equals(id)) {
            throw new LibraryFormatException(path, 0, 0, "\"id\" is \"" + item.id() + "\" but the folder is \"" + id
                    + '"');
        }
    }

    /** The item {@code id} as of {@code commit}, or null when it did not exist then. */
    public LibraryItem itemAt(String id, ObjectId commit) throws LibraryException {
        String path = LibraryLayout.itemFile(id);
        try {
            byte[] bytes = blobAt(commit, path);
            if (bytes == null) {
                return null;
            }
            return ItemCodec.read(path + '@' + commit.abbreviate(10).name(), new String(bytes, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new LibraryException(Kind.OTHER, e.toString(), e);
        } catch (LibraryFormatException e) {
            throw new LibraryException(Kind.INVALID_ITEM, NLS.bind(Messages.invalidItem, e.getMessage()), e);
        }
    }

    private byte[] blobAt(ObjectId commit, String path) throws IOException {
        Repository repo = git.getRepository();
        try (RevWalk rw = new RevWalk(repo);
                TreeWalk tw = TreeWalk.forPath(repo, path, rw.parseCommit(commit).getTree())) {
            return tw == null ? null : repo.open(tw.getObjectId(0), Constants.OBJ_BLOB).getBytes();
        }
    }

    /** The commit main is at locally. */
    public ObjectId head() throws IOException {
        return git.getRepository().resolve(Constants.R_HEADS + BRANCH);
    }

    /** The history of one item, newest first: commit, author, time, message (= `git log -- items/ID`). */
    public List<RevCommit> history(String id) throws LibraryException {
        try {
            List<RevCommit> out = new ArrayList<>();
            for (RevCommit c : git.log().addPath(LibraryLayout.itemFolder(id)).call()) {
                out.add(c);
            }
            return out;
        } catch (GitAPIException e) {
            throw new LibraryException(Kind.OTHER, e.getMessage(), e);
        }
    }

    // ------------------------------------------------------------------ publish

    /** What a publication did. */
    public record Published(List<String> itemIds, List<String> unchanged, ObjectId commit, int attempts) {
    }

    /**
     * Publishes {@code profiles} of {@code register}: the rule set checks them first (any error blocks, nothing is
     * written), then their items are written, committed and pushed; a rejected push (someone else was faster) fetches,
     * merges semantically and tries again. On success the profiles remember library, item and commit.
     */
    public Published publish(ProcessRegister register, Path registerFile, List<ProcessProfile> profiles,
            RuleSet ruleSet, String licence, PersonIdent author) throws LibraryException {
        return publish(register, registerFile, profiles, ruleSet, licence, author, null);
    }

    /**
     * {@link #publish(ProcessRegister, Path, List, RuleSet, String, PersonIdent)} with progress in steps (check, write,
     * commit, push) on {@code monitor} (may be null). Cancelling before the push leaves nothing changed; a cancel during
     * the push drops the local commit as a refused push does, and throws {@link OperationCanceledException}.
     */
    public Published publish(ProcessRegister register, Path registerFile, List<ProcessProfile> profiles,
            RuleSet ruleSet, String licence, PersonIdent author, IProgressMonitor monitor) throws LibraryException {
        SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.progressPublish, profiles.size()), 100);
        progress.subTask(Messages.progressCheck);
        List<Finding> errors = new ArrayList<>();
        if (ruleSet != null) {
            // Only findings on the published Steckbriefe block. A few are checked as subtrees (the rules still see
            // the whole register through their run, e.g. for "ist eindeutig"); each subtree check starts its own
            // run, so for many of them one pass over the register is cheaper.
            List<? extends EObject> roots = profiles.size() <= SUBTREE_CHECKS ? profiles : List.of(register);
            for (EObject root : roots) {
                for (Finding f : RegisterValidation.validate(root, ruleSet)) {
                    if (f.isError() && profiles.stream().anyMatch(p -> f.element() != null
                            && EcoreUtil.isAncestor(p, f.element()))) {
                        errors.add(f);
                    }
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new LibraryException(Kind.VALIDATION, NLS.bind(Messages.validationBlocked, errors.size(),
                    errors.stream().map(f -> "  " + f.elementPath() + ": " + f.message() + " [" + f.ruleId() + ']')
                            .collect(Collectors.joining("\n"))), null);
        }
        progress.split(30);
        progress.subTask(Messages.progressWrite);
        String publisher = register.getPublisher() == null || register.getPublisher().isBlank() ? register.getName()
                : register.getPublisher();
        String libraryUrl = url();
        Path registerDir = registerFile.toAbsolutePath().getParent();
        Map<ProcessProfile, String> ids = new LinkedHashMap<>();
        List<String> unchanged = new ArrayList<>();
        Map<String, byte[]> written = new LinkedHashMap<>(); // path in the work tree → content
        ObjectId before;
        try {
            before = head();
            for (ProcessProfile p : profiles) {
                String id = libraryUrl.equals(ModelMapping.provenance(p, ModelMapping.SOURCE_LIBRARY))
                        ? ModelMapping.provenance(p, ModelMapping.SOURCE_ITEM) : null;
                if (id == null || !LibraryLayout.isValidItemId(id)) {
                    id = LibraryLayout.newItemId(publisher, p.getKey() != null ? p.getKey() : p.getName());
                }
                Map<String, String> modelSources = new LinkedHashMap<>();
                LibraryItem.Steckbrief s = ModelMapping.toSteckbrief(p, modelSources);
                Path itemDir = workTree.resolve(LibraryLayout.itemFolder(id));
                Path itemFile = itemDir.resolve(ItemCodec.FILE_NAME);
                LibraryItem previous = Files.isRegularFile(itemFile) ? item(id) : null;
                boolean modelsSame = true;
                for (Map.Entry<String, String> m : modelSources.entrySet()) {
                    Path source = registerDir.resolve(m.getValue());
                    Path target = itemDir.resolve(m.getKey());
                    if (!Files.isRegularFile(source)) {
                        throw new LibraryException(Kind.INVALID_ITEM, NLS.bind(Messages.invalidItem, source
                                + ": BPMN model of \"" + p.getName() + "\" not found"), null);
                    }
                    if (!Files.isRegularFile(target) || Files.mismatch(source, target) != -1) {
                        modelsSame = false;
                    }
                }
                if (previous != null && previous.steckbrief().equals(s) && modelsSame) {
                    unchanged.add(id);
                    ids.put(p, id);
                    continue;
                }
                String itemPublisher = previous != null && previous.publisher() != null ? previous.publisher()
                        : publisher;
                String itemLicence = licence != null ? licence
                        : previous != null && previous.licence() != null ? previous.licence() : description().licence();
                LibraryItem item = new LibraryItem(id, itemPublisher, previous == null ? 1 : previous.version() + 1,
                        itemLicence, s);
                Files.createDirectories(itemDir);
                byte[] itemBytes = ItemCodec.write(item).getBytes(StandardCharsets.UTF_8);
                writeAtomically(itemFile, itemBytes);
                written.put(LibraryLayout.itemFile(id), itemBytes);
                for (Map.Entry<String, String> m : modelSources.entrySet()) {
                    Path target = itemDir.resolve(m.getKey());
                    Files.createDirectories(target.getParent());
                    byte[] model = Files.readAllBytes(registerDir.resolve(m.getValue()));
                    writeAtomically(target, model);
                    written.put(LibraryLayout.itemFolder(id) + '/' + m.getKey(), model);
                }
                ids.put(p, id);
            }
            List<String> changed = ids.values().stream().filter(i -> !unchanged.contains(i)).toList();
            Map<String, Trees.Entry> edits = changed.isEmpty() ? Map.of() : folderEdits(before, changed, written);
            ObjectId commit = head();
            int attempts = 0;
            if (progress.isCanceled()) {
                // written but not committed: put the written files back as they were, as nothing was published
                Trees.restore(git.getRepository(), before == null ? null
                        : git.getRepository().parseCommit(before).getTree(), written.keySet());
                throw new OperationCanceledException();
            }
            progress.split(10);
            if (!changed.isEmpty()) {
                progress.subTask(Messages.progressCommit);
                String message = changed.size() == 1 ? "Veröffentlicht: " + changed.get(0)
                        : "Veröffentlicht: " + changed.size() + " Steckbriefe\n\n" + String.join("\n", changed);
                commit = commit(before, edits, written, author, message);
                progress.worked(10);
                progress.subTask(Messages.progressPush);
                try {
                    attempts = pushWithRetry(before, progress.newChild(50));
                } catch (LibraryException | OperationCanceledException e) {
                    // The server refused (findings, rights, history): drop the local commit so the clone matches
                    // the server again. Nothing is lost: the items are written from the register, which is untouched.
                    git.reset().setMode(org.eclipse.jgit.api.ResetCommand.ResetType.HARD)
                            .setRef(remoteOr(before).name()).call();
                    throw e;
                }
                commit = head();
            }
            for (Map.Entry<ProcessProfile, String> e : ids.entrySet()) {
                ModelMapping.setProvenance(register, e.getKey(), ModelMapping.SOURCE_LIBRARY, libraryUrl);
                ModelMapping.setProvenance(register, e.getKey(), ModelMapping.SOURCE_ITEM, e.getValue());
                ModelMapping.setProvenance(register, e.getKey(), ModelMapping.SOURCE_COMMIT, commit.name());
            }
            return new Published(changed, unchanged, commit, attempts);
        } catch (GitAPIException | IOException e) {
            throw translate(libraryUrl, e);
        }
    }

    /**
     * The changes of a publication: the files written into the item folders, and the files of those folders at
     * {@code before} that are gone from the work tree (a model no longer referenced and deleted); other files of the
     * library are not looked at.
     */
    private Map<String, Trees.Entry> folderEdits(ObjectId before, List<String> changed, Map<String, byte[]> written)
            throws IOException {
        Map<String, Trees.Entry> edits = new LinkedHashMap<>();
        Repository repo = git.getRepository();
        ObjectInserter.Formatter hash = new ObjectInserter.Formatter();
        for (Map.Entry<String, byte[]> w : written.entrySet()) {
            edits.put(w.getKey(), new Trees.Entry(FileMode.REGULAR_FILE, hash.idFor(Constants.OBJ_BLOB,
                    w.getValue())));
        }
        if (before == null) {
            return edits;
        }
        try (RevWalk rw = new RevWalk(repo)) {
            RevCommit head = rw.parseCommit(before);
            for (String id : changed) {
                try (TreeWalk tw = TreeWalk.forPath(repo, LibraryLayout.itemFolder(id), head.getTree())) {
                    if (tw == null || !tw.isSubtree()) {
                        continue;
                    }
                    tw.enterSubtree();
                    tw.setRecursive(true);
                    while (tw.next()) {
                        String path = tw.getPathString();
                        if (!edits.containsKey(path) && !Files.exists(workTree.resolve(path))) {
                            edits.put(path, null);
                        }
                    }
                }
            }
        }
        return edits;
    }

    /**
     * Commits {@code edits} on top of {@code parent}: only the trees along the edited paths are written (JGit's
     * commit would hash all item folders again), then main and the index entries of those paths are updated.
     */
    private ObjectId commit(ObjectId parent, Map<String, Trees.Entry> edits, Map<String, byte[]> written,
            PersonIdent author, String message) throws IOException {
        Repository repo = git.getRepository();
        ObjectId commit;
        try (ObjectInserter ins = repo.newObjectInserter(); ObjectReader reader = repo.newObjectReader();
                RevWalk rw = new RevWalk(reader)) {
            for (byte[] content : written.values()) {
                ins.insert(Constants.OBJ_BLOB, content);
            }
            ObjectId tree = Trees.edit(reader, ins, parent == null ? null : rw.parseCommit(parent).getTree(), edits);
            CommitBuilder c = new CommitBuilder();
            c.setTreeId(tree);
            if (parent != null) {
                c.setParentId(parent);
            }
            c.setAuthor(author);
            c.setCommitter(author);
            c.setMessage(message);
            commit = ins.insert(c);
            ins.flush();
        }
        Trees.index(repo, edits);
        RefUpdate ru = repo.updateRef(Constants.R_HEADS + BRANCH);
        ru.setExpectedOldObjectId(parent == null ? ObjectId.zeroId() : parent);
        ru.setNewObjectId(commit);
        ru.setRefLogMessage("commit: " + message.lines().findFirst().orElse(""), false);
        RefUpdate.Result result = ru.update();
        if (result != RefUpdate.Result.NEW && result != RefUpdate.Result.FAST_FORWARD) {
            throw new IOException("could not update " + BRANCH + ": " + result);
        }
        return commit;
    }

    private ObjectId remoteOr(ObjectId fallback) throws IOException {
        ObjectId remote = git.getRepository().resolve(Constants.R_REMOTES + "origin/" + BRANCH);
        return remote != null ? remote : fallback;
    }

    private int pushWithRetry(ObjectId before, SubMonitor progress) throws LibraryException, IOException {
        for (int attempt = 1; attempt <= PUSH_ATTEMPTS; attempt++) {
            progress.setWorkRemaining(PUSH_ATTEMPTS - attempt + 1);
            if (attempt > 1) {
                progress.subTask(NLS.bind(Messages.progressRetry, attempt, PUSH_ATTEMPTS));
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException();
            }
            RemoteRefUpdate.Status status = pushOnce();
            progress.worked(1);
            if (status == RemoteRefUpdate.Status.OK || status == RemoteRefUpdate.Status.UP_TO_DATE) {
                return attempt;
            }
            // Someone else was faster: fetch, merge semantically, try again (after a short random pause, so
            // bodies racing for the same library do not collide in lock step).
            pull();
            try {
                Thread.sleep(java.util.concurrent.ThreadLocalRandom.current().nextLong(20,
                        Math.min(MAX_PAUSE, 60L * attempt)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LibraryException(Kind.OTHER, "interrupted", e);
            }
        }
        throw new LibraryException(Kind.REJECTED, NLS.bind(Messages.gaveUp, url(), PUSH_ATTEMPTS), null);
    }

    // ------------------------------------------------------------------ pull and push

    /**
     * Fetches and merges main semantically. A forced update of the remote branch (rewritten history) is refused:
     * nothing local changes. A merge with conflicts changes nothing local and names the conflicts.
     *
     * @return the merge status
     */
    public MergeResult.MergeStatus pull() throws LibraryException {
        String url = url();
        try {
            FetchResult fetched = git.fetch().setRemote("origin").setCredentialsProvider(credentials)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH + ":" + Constants.R_REMOTES + "origin/"
                            + BRANCH))
                    .call();
            TrackingRefUpdate tracking = fetched.getTrackingRefUpdate(Constants.R_REMOTES + "origin/" + BRANCH);
            if (tracking != null && (tracking.getResult() == RefUpdate.Result.REJECTED
                    || tracking.getResult() == RefUpdate.Result.FORCED)) {
                throw new LibraryException(Kind.HISTORY_REWRITTEN, NLS.bind(Messages.historyRewritten, url, BRANCH),
                        null);
            }
            ObjectId remote = git.getRepository().resolve(Constants.R_REMOTES + "origin/" + BRANCH);
            ObjectId local = head();
            if (remote == null || remote.equals(local)) {
                return MergeResult.MergeStatus.ALREADY_UP_TO_DATE;
            }
            try (RevWalk rw = new RevWalk(git.getRepository())) {
                RevCommit l = rw.parseCommit(local);
                RevCommit r = rw.parseCommit(remote);
                if (rw.isMergedInto(r, l)) {
                    return MergeResult.MergeStatus.ALREADY_UP_TO_DATE;
                }
            }
            try (RevWalk rw = new RevWalk(git.getRepository())) {
                rw.setRevFilter(org.eclipse.jgit.revwalk.filter.RevFilter.MERGE_BASE);
                rw.markStart(rw.parseCommit(local));
                rw.markStart(rw.parseCommit(remote));
                if (rw.next() == null) {
                    throw new LibraryException(Kind.HISTORY_REWRITTEN, NLS.bind(Messages.historyRewritten, url,
                            BRANCH), null);
                }
            }
            Repository repo = git.getRepository();
            try (RevWalk rw = new RevWalk(repo)) {
                RevCommit l = rw.parseCommit(local);
                RevCommit r = rw.parseCommit(remote);
                if (rw.isMergedInto(l, r)) {
                    moveTo(l, r, "pull: Fast-forward");
                    return MergeResult.MergeStatus.FAST_FORWARD;
                }
                SemanticMergeStrategy.SemanticMerger merger = (SemanticMergeStrategy.SemanticMerger) SemanticMergeStrategy.INSTANCE
                        .newMerger(repo);
                if (!merger.merge(l, r)) {
                    throw new LibraryException(Kind.CONFLICT, NLS.bind(Messages.conflict, url, merger.conflicts()),
                            null, merger.conflicts());
                }
                PersonIdent me = new PersonIdent(repo);
                CommitBuilder c = new CommitBuilder();
                c.setTreeId(merger.getResultTreeId());
                c.setParentIds(l, r);
                c.setAuthor(me);
                c.setCommitter(me);
                c.setMessage("Zusammengeführt mit " + url);
                ObjectId commit;
                try (ObjectInserter ins = repo.newObjectInserter()) {
                    commit = ins.insert(c);
                    ins.flush();
                }
                moveTo(l, rw.parseCommit(commit), "pull: Zusammengeführt mit " + url);
                return MergeResult.MergeStatus.MERGED;
            }
        } catch (GitAPIException | IOException e) {
            throw translate(url, e);
        }
    }

    /**
     * Moves main, its index and work tree from {@code from} to {@code to} (a descendant), writing only the paths that
     * differ; refuses with {@link Kind#CONFLICT} and changes nothing when one of them has local changes.
     */
    private void moveTo(RevCommit from, RevCommit to, String reason) throws IOException, LibraryException {
        Repository repo = git.getRepository();
        List<String> dirty = Trees.checkout(repo, from.getTree(), to.getTree());
        if (!dirty.isEmpty()) {
            throw new LibraryException(Kind.CONFLICT, NLS.bind(Messages.conflict, url(), "lokal geändert: "
                    + dirty), null);
        }
        RefUpdate ru = repo.updateRef(Constants.R_HEADS + BRANCH);
        ru.setExpectedOldObjectId(from);
        ru.setNewObjectId(to);
        ru.setRefLogMessage(reason, false);
        RefUpdate.Result result = ru.update();
        if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NO_CHANGE) {
            throw new IOException("could not move " + BRANCH + " to " + to.name() + ": " + result);
        }
    }

    /** Pushes main; a non-fast-forward is reported as {@link Kind#REJECTED}, server findings as the message. */
    public void push() throws LibraryException {
        RemoteRefUpdate.Status status = pushOnce();
        if (status != RemoteRefUpdate.Status.OK && status != RemoteRefUpdate.Status.UP_TO_DATE) {
            throw new LibraryException(Kind.REJECTED, NLS.bind(Messages.rejected, url(),
                    "non-fast-forward: pull first"), null);
        }
    }

    /** One push; returns OK/UP_TO_DATE or REJECTED_NONFASTFORWARD, throws on anything else. */
    private RemoteRefUpdate.Status pushOnce() throws LibraryException {
        String url = url();
        try {
            Iterable<PushResult> results = git.push().setRemote("origin").setCredentialsProvider(credentials)
                    .setRefSpecs(new RefSpec(Constants.R_HEADS + BRANCH + ":" + Constants.R_HEADS + BRANCH)).call();
            for (PushResult r : results) {
                RemoteRefUpdate u = r.getRemoteUpdate(Constants.R_HEADS + BRANCH);
                if (u == null) {
                    continue;
                }
                switch (u.getStatus()) {
                    case OK, UP_TO_DATE:
                        return u.getStatus();
                    case REJECTED_NONFASTFORWARD, REJECTED_REMOTE_CHANGED:
                        return RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD;
                    case REJECTED_OTHER_REASON:
                        String why = String.valueOf(u.getMessage()).toLowerCase(java.util.Locale.ROOT);
                        if (why.contains("lock") || why.contains("failed to update ref")
                                || why.contains("invalid old id")) {
                            // A concurrent push won the race for the ref on the server (over smart HTTP also
                            // between the ref advertisement and the push request: "invalid old id sent"):
                            // same as non-fast-forward.
                            return RemoteRefUpdate.Status.REJECTED_NONFASTFORWARD;
                        }
                        //$FALL-THROUGH$
                    default:
                        String message = u.getMessage() == null ? u.getStatus().name() : u.getMessage();
                        String remote = r.getMessages();
                        throw new LibraryException(Kind.REJECTED, NLS.bind(Messages.rejected, url,
                                remote == null || remote.isBlank() ? message : message + "\n" + remote.strip()), null);
                }
            }
            return RemoteRefUpdate.Status.OK;
        } catch (GitAPIException e) {
            throw translate(url, e);
        }
    }

    // ------------------------------------------------------------------ adopt and updates

    /** What adopting did: the new Steckbriefe and keys that could not be linked (predecessors not in the register). */
    public record Adopted(List<ProcessProfile> profiles, List<String> unresolvedReferences) {
    }

    /**
     * Adopts items into {@code register}: a new Steckbrief per item in {@code folder} (null: unfiled) with
     * {@code unit} responsible (may be null); BPMN models are copied to {@code bibliothek/<item>/} next to the
     * register file. Each Steckbrief remembers library, item and commit.
     */
    public Adopted adopt(ProcessRegister register, Path registerFile, List<String> itemIds, Folder folder,
            OrgUnit unit) throws LibraryException {
        try {
            ObjectId commit = head();
            Path registerDir = registerFile.toAbsolutePath().getParent();
            List<LibraryItem> items = new ArrayList<>();
            for (String id : itemIds) {
                items.add(item(id)); // all read before anything changes
            }
            List<ProcessProfile> created = new ArrayList<>();
            List<String> unresolved = new ArrayList<>();
            for (LibraryItem item : items) {
                ProcessProfile p = ProzesswerkFactory.eINSTANCE.createProcessProfile();
                p.setId(UUID.randomUUID().toString());
                if (folder != null) {
                    folder.getProfiles().add(p);
                } else {
                    register.getUnfiledProfiles().add(p);
                }
                p.setResponsibleUnit(unit);
                copyModels(item, registerDir);
                unresolved.addAll(ModelMapping.apply(item.steckbrief(), p, register,
                        path -> modelPath(item.id(), path)));
                ModelMapping.setProvenance(register, p, ModelMapping.SOURCE_LIBRARY, url());
                ModelMapping.setProvenance(register, p, ModelMapping.SOURCE_ITEM, item.id());
                ModelMapping.setProvenance(register, p, ModelMapping.SOURCE_COMMIT, commit.name());
                created.add(p);
            }
            return new Adopted(created, unresolved);
        } catch (IOException e) {
            throw new LibraryException(Kind.OTHER, e.toString(), e);
        }
    }

    /** Where an adopted item's model {@code libraryPath} lives, relative to the register file. */
    public static String modelPath(String itemId, String libraryPath) {
        return "bibliothek/" + itemId + '/' + libraryPath;
    }

    /** Copies the item's BPMN models (as in the work tree) to {@link #modelPath} below {@code registerDir}. */
    public void copyModels(LibraryItem item, Path registerDir) throws IOException {
        for (LibraryItem.Model m : item.steckbrief().models()) {
            Path source = workTree.resolve(LibraryLayout.itemFolder(item.id())).resolve(m.path());
            Path target = registerDir.resolve(modelPath(item.id(), m.path()));
            Files.createDirectories(target.getParent());
            Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** An adopted Steckbrief whose item changed in the library since adoption. */
    public record Update(ProcessProfile profile, String itemId, String adoptedCommit, String currentCommit,
            boolean removed) {
    }

    /** Adopted Steckbriefe of {@code register} (from this library) whose item changed since adoption. */
    public List<Update> updates(ProcessRegister register) throws LibraryException {
        String url = url();
        try {
            ObjectId head = head();
            Map<String, ObjectId> current = itemBlobs(head);
            Map<String, Map<String, ObjectId>> byCommit = new HashMap<>();
            List<Update> out = new ArrayList<>();
            for (ProcessProfile p : org.prozesswerk.exchange.Steckbriefe.all(register)) {
                if (!url.equals(ModelMapping.provenance(p, ModelMapping.SOURCE_LIBRARY))) {
                    continue;
                }
                String id = ModelMapping.provenance(p, ModelMapping.SOURCE_ITEM);
                String commit = ModelMapping.provenance(p, ModelMapping.SOURCE_COMMIT);
                if (id == null || commit == null) {
                    continue;
                }
                ObjectId now = current.get(id);
                if (now == null) {
                    out.add(new Update(p, id, commit, head.name(), true));
                    continue;
                }
                Map<String, ObjectId> then = byCommit.get(commit);
                if (then == null) {
                    then = itemBlobs(ObjectId.fromString(commit));
                    byCommit.put(commit, then);
                }
                if (!now.equals(then.get(id))) {
                    out.add(new Update(p, id, commit, head.name(), false));
                }
            }
            return out;
        } catch (IOException | IllegalArgumentException e) {
            throw new LibraryException(Kind.OTHER, e.toString(), e);
        }
    }

    /** item id → tree id of its folder (item file and models) at {@code commit}. */
    private Map<String, ObjectId> itemBlobs(ObjectId commit) throws IOException {
        Map<String, ObjectId> out = new HashMap<>();
        Repository repo = git.getRepository();
        try (RevWalk rw = new RevWalk(repo);
                TreeWalk tw = TreeWalk.forPath(repo, LibraryLayout.ITEMS, rw.parseCommit(commit).getTree())) {
            if (tw == null) {
                return out;
            }
            tw.enterSubtree();
            while (tw.next()) {
                out.put(tw.getNameString(), tw.getObjectId(0));
            }
        }
        return out;
    }

    /** What taking an update in did. */
    public record Applied(List<String> conflicts, List<String> unresolvedReferences) {
    }

    /**
     * Takes the library's current version of an adopted item into {@code update.profile()} with a three-way merge
     * (base = the adopted version): fields changed only in the library are taken, local changes are kept; a field
     * changed on both sides keeps the local value and is reported. Local matters are never touched.
     */
    public Applied applyUpdate(ProcessRegister register, Path registerFile, Update update) throws LibraryException {
        if (update.removed()) {
            return new Applied(List.of("item removed from the library"), List.of());
        }
        LibraryItem base = itemAt(update.itemId(), ObjectId.fromString(update.adoptedCommit()));
        LibraryItem theirs = itemAt(update.itemId(), ObjectId.fromString(update.currentCommit()));
        Map<String, String> localModels = new LinkedHashMap<>();
        LibraryItem.Steckbrief oursS = ModelMapping.toSteckbrief(update.profile(), localModels);
        // Compare models by their library path, as the adopted ones came from there.
        oursS = new LibraryItem.Steckbrief(oursS.key(), oursS.name(), oursS.shortDescription(), oursS.description(),
                oursS.processType(), oursS.trigger(), oursS.result(), oursS.fimStatus(), oursS.validFrom(),
                oursS.validTo(), oursS.tags(), oursS.catalogueReferences(), oursS.legalBases(), oursS.contexts(),
                update.profile().getModelReferences().stream().map(m -> new LibraryItem.Model(
                        m.getPath() != null && m.getPath().startsWith("bibliothek/" + update.itemId() + '/')
                                ? m.getPath().substring(("bibliothek/" + update.itemId() + '/').length())
                                : m.getPath(), m.getDetailLevel(), m.getTitle())).toList(),
                oursS.attributes(), oursS.predecessors(), oursS.successors());
        LibraryItem ours = new LibraryItem(update.itemId(), theirs.publisher(), base == null ? 0 : base.version(),
                theirs.licence(), oursS);
        ItemMerger.Result merged = SemanticMergeStrategy.itemMerger().merge(base, ours, theirs);
        try {
            copyModels(theirs, registerFile.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new LibraryException(Kind.OTHER, e.toString(), e);
        }
        List<String> unresolved = ModelMapping.apply(merged.merged().steckbrief(), update.profile(), register,
                path -> path.contains("/") && !path.startsWith("models/") ? path : modelPath(update.itemId(), path));
        ModelMapping.setProvenance(register, update.profile(), ModelMapping.SOURCE_COMMIT, update.currentCommit());
        return new Applied(merged.conflicts(), unresolved);
    }

    // ------------------------------------------------------------------ helpers

    private static void writeAtomically(Path target, byte[] content) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: a half clone must not look like a library; open() checks library.json anyway
        }
    }

    static LibraryException translate(String url, Exception e) {
        if (e instanceof LibraryException le) {
            return le;
        }
        Throwable root = e;
        StringBuilder chain = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            root = t;
            if (t.getMessage() != null && chain.indexOf(t.getMessage()) < 0) {
                chain.append(chain.length() == 0 ? "" : " / ").append(t.getMessage());
            }
        }
        String text = chain.toString();
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("not authorized") || lower.contains("authentication is required")
                || lower.contains("401") || lower.contains("auth fail") || lower.contains("no credentialsprovider")) {
            return new LibraryException(Kind.AUTHENTICATION, NLS.bind(Messages.authentication, url), e);
        }
        if (root instanceof java.net.ConnectException || root instanceof java.net.UnknownHostException
                || root instanceof java.net.NoRouteToHostException || e instanceof InvalidRemoteException
                || root instanceof NoRemoteRepositoryException || lower.contains("connection refused")
                || lower.contains("not found")) {
            return new LibraryException(Kind.UNREACHABLE, NLS.bind(Messages.unreachable, url, text), e);
        }
        if (e instanceof TransportException) {
            return new LibraryException(Kind.UNREACHABLE, NLS.bind(Messages.transportFailed, url, text), e);
        }
        return new LibraryException(Kind.OTHER, NLS.bind(Messages.transportFailed, url, text), e);
    }
}
