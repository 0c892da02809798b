/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheCheckout;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;

/**
 * Tree, index and work-tree changes that touch only the paths that change. JGit's commit recomputes every tree of the
 * index and its fast-forward and merge walk the whole work tree; in a library of 10,000 item folders that is most of
 * a publication or a pull that changes one item (docs/performance.md, "Library on Git").
 */
final class Trees {

    /** A path's new content (mode and blob or tree id); {@code null} in an edit map removes the path. */
    record Entry(FileMode mode, ObjectId id) {
    }

    /** A path that differs between two trees; a side without the path has a null id. */
    record Change(String path, FileMode oldMode, ObjectId oldId, FileMode newMode, ObjectId newId) {
    }

    private Trees() {
    }

    /**
     * {@code root} with every path of {@code edits} (slash-separated, relative to the root) set or, for a null value,
     * removed; a folder left empty disappears. Only the trees along the edited paths are read and written.
     */
    static ObjectId edit(ObjectReader reader, ObjectInserter inserter, ObjectId root, Map<String, Entry> edits)
            throws IOException {
        ObjectId tree = editTree(reader, inserter, root, edits);
        return tree != null ? tree : inserter.insert(new TreeFormatter());
    }

    private static ObjectId editTree(ObjectReader reader, ObjectInserter inserter, ObjectId tree,
            Map<String, Entry> edits) throws IOException {
        Map<String, Entry> entries = new HashMap<>();
        if (tree != null) {
            for (CanonicalTreeParser p = new CanonicalTreeParser(null, reader, tree); !p.eof(); p.next()) {
                entries.put(p.getEntryPathString(), new Entry(p.getEntryFileMode(), p.getEntryObjectId()));
            }
        }
        Map<String, Map<String, Entry>> below = new LinkedHashMap<>();
        for (Map.Entry<String, Entry> e : edits.entrySet()) {
            String path = e.getKey();
            int slash = path.indexOf('/');
            if (slash < 0) {
                if (e.getValue() == null) {
                    entries.remove(path);
                } else {
                    entries.put(path, e.getValue());
                }
            } else {
                below.computeIfAbsent(path.substring(0, slash), k -> new HashMap<>()).put(path.substring(slash + 1),
                        e.getValue());
            }
        }
        for (Map.Entry<String, Map<String, Entry>> e : below.entrySet()) {
            Entry old = entries.get(e.getKey());
            ObjectId sub = editTree(reader, inserter, old != null && old.mode() == FileMode.TREE ? old.id() : null,
                    e.getValue());
            if (sub == null) {
                entries.remove(e.getKey());
            } else {
                entries.put(e.getKey(), new Entry(FileMode.TREE, sub));
            }
        }
        if (entries.isEmpty()) {
            return null;
        }
        return inserter.insert(format(entries));
    }

    /** The entries in Git's tree order: bytes of the name, a folder's name compared as if it ended in '/'. */
    static TreeFormatter format(Map<String, Entry> entries) {
        record Named(byte[] sortKey, String name, Entry entry) {
        }
        List<Named> sorted = new ArrayList<>(entries.size());
        for (Map.Entry<String, Entry> e : entries.entrySet()) {
            byte[] name = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] key = e.getValue().mode() == FileMode.TREE ? Arrays.copyOf(name, name.length + 1) : name;
            if (key != name) {
                key[name.length] = '/';
            }
            sorted.add(new Named(key, e.getKey(), e.getValue()));
        }
        sorted.sort((a, b) -> Arrays.compareUnsigned(a.sortKey(), b.sortKey()));
        TreeFormatter f = new TreeFormatter(sorted.size() * 64);
        for (Named n : sorted) {
            f.append(n.name(), n.entry().mode(), n.entry().id());
        }
        return f;
    }

    /** The files that differ between two trees (identical folders are skipped by their tree ids, not walked). */
    static List<Change> diff(ObjectReader reader, ObjectId from, ObjectId to) throws IOException {
        List<Change> out = new ArrayList<>();
        try (TreeWalk tw = new TreeWalk(null, reader)) {
            tw.addTree(from);
            tw.addTree(to);
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                FileMode om = tw.getFileMode(0);
                FileMode nm = tw.getFileMode(1);
                out.add(new Change(tw.getPathString(), om, om == FileMode.MISSING ? null : tw.getObjectId(0), nm,
                        nm == FileMode.MISSING ? null : tw.getObjectId(1)));
            }
        }
        return out;
    }

    /**
     * Moves the work tree and the index from commit tree {@code from} (what HEAD has now) to {@code to}, writing,
     * removing and re-indexing only the paths that differ. When one of those paths has local changes (work tree or
     * index differ from {@code from}), nothing is changed and their paths are returned; otherwise an empty list. The
     * caller moves the branch afterwards. Anything but regular files goes through JGit's full checkout.
     */
    static List<String> checkout(Repository repo, ObjectId from, ObjectId to) throws IOException {
        List<Change> changes;
        try (ObjectReader reader = repo.newObjectReader()) {
            changes = diff(reader, from, to);
        }
        DirCache index = lockIndex(repo);
        try {
            boolean plain = plainWrites(repo, to);
            for (Change c : changes) {
                if (!plain || !plainFile(c.oldMode()) || !plainFile(c.newMode())) {
                    DirCacheCheckout full = new DirCacheCheckout(repo, from, index, to);
                    full.setFailOnConflict(true);
                    index = null; // checkout() unlocks it
                    try {
                        full.checkout();
                    } catch (org.eclipse.jgit.errors.CheckoutConflictException e) {
                        return full.getConflicts().isEmpty() ? List.of(e.getMessage()) : full.getConflicts();
                    }
                    return List.of();
                }
            }
            Path root = repo.getWorkTree().toPath();
            List<String> dirty = new ArrayList<>();
            ObjectInserter.Formatter hash = new ObjectInserter.Formatter();
            for (Change c : changes) {
                DirCacheEntry staged = index.getEntry(c.path());
                ObjectId inIndex = staged == null ? null : staged.getObjectId();
                Path file = root.resolve(c.path());
                ObjectId inWorkTree = Files.isRegularFile(file)
                        ? hash.idFor(Constants.OBJ_BLOB, Files.readAllBytes(file)) : null;
                boolean indexClean = same(inIndex, c.oldId()) || same(inIndex, c.newId());
                boolean fileClean = same(inWorkTree, c.oldId()) || same(inWorkTree, c.newId())
                        || (inWorkTree == null && c.newId() == null);
                if (!indexClean || !fileClean || (inWorkTree == null && !Files.notExists(file))) {
                    dirty.add(c.path());
                }
            }
            if (!dirty.isEmpty()) {
                return dirty;
            }
            DirCacheEditor editor = index.editor();
            try (ObjectReader reader = repo.newObjectReader()) {
                for (Change c : changes) {
                    Path file = root.resolve(c.path());
                    if (c.newId() == null) {
                        Files.deleteIfExists(file);
                        removeEmptyFolders(root, file.getParent());
                        editor.add(new DirCacheEditor.DeletePath(c.path()));
                        continue;
                    }
                    write(file, reader.open(c.newId(), Constants.OBJ_BLOB).getBytes());
                    editor.add(indexed(c.path(), c.newMode(), c.newId(), file));
                }
            }
            editor.commit(); // writes and unlocks the index
            index = null;
            return List.of();
        } finally {
            if (index != null) {
                index.unlock();
            }
        }
    }

    /**
     * Checks out {@code tree} into the empty work tree of a fresh clone and writes the index: every file written once,
     * directly (no temporary file, attribute lookup or collision check per file as in JGit's checkout, which was most
     * of a clone of 10,000 items). Paths are checked as JGit checks them ({@link DirCacheEntry} refuses ".git", ".."
     * and the like). Anything but regular files without conversions goes through JGit's checkout.
     */
    static void checkoutFresh(Repository repo, ObjectId tree) throws IOException {
        List<DirCacheEntry> entries = new ArrayList<>();
        boolean plain = plainWrites(repo, tree);
        try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(null, reader)) {
            tw.addTree(tree);
            tw.setRecursive(true);
            while (tw.next() && plain) {
                plain = tw.getFileMode(0) == FileMode.REGULAR_FILE;
                DirCacheEntry e = new DirCacheEntry(tw.getRawPath()); // validates the path
                e.setFileMode(FileMode.REGULAR_FILE);
                e.setObjectId(tw.getObjectId(0));
                entries.add(e);
            }
        }
        DirCache index = lockIndex(repo);
        try {
            if (!plain) {
                DirCacheCheckout full = new DirCacheCheckout(repo, index, tree);
                index = null; // checkout() unlocks it
                full.checkout();
                return;
            }
            Path root = repo.getWorkTree().toPath();
            java.util.Set<Path> folders = new java.util.HashSet<>();
            DirCacheBuilder builder = index.builder();
            try (ObjectReader reader = repo.newObjectReader()) {
                for (DirCacheEntry e : entries) {
                    Path file = root.resolve(e.getPathString());
                    if (folders.add(file.getParent())) {
                        Files.createDirectories(file.getParent());
                    }
                    byte[] content = reader.open(e.getObjectId(), Constants.OBJ_BLOB).getBytes();
                    Files.write(file, content, java.nio.file.StandardOpenOption.CREATE_NEW,
                            java.nio.file.StandardOpenOption.WRITE);
                    e.setLength(content.length);
                    e.setLastModified(Files.getLastModifiedTime(file).toInstant());
                    builder.add(e);
                }
            }
            builder.commit(); // writes and unlocks the index
            index = null;
        } finally {
            if (index != null) {
                index.unlock();
            }
        }
    }

    /**
     * Whether files can be written as their blobs: no end-of-line conversion configured and no {@code .gitattributes}
     * at the top of {@code tree} that asks for conversions or filters ({@code text}, {@code eol}, {@code filter},
     * {@code ident}, {@code working-tree-encoding}). A library's own attributes only switch off line merges.
     */
    static boolean plainWrites(Repository repo, ObjectId tree) throws IOException {
        org.eclipse.jgit.lib.Config config = repo.getConfig();
        String autocrlf = config.getString("core", null, "autocrlf");
        if ((autocrlf != null && !"false".equalsIgnoreCase(autocrlf)) || config.getString("core", null, "eol") != null
                || Files.exists(repo.getDirectory().toPath().resolve("info/attributes"))
                || config.getString("core", null, "attributesFile") != null) {
            return false;
        }
        try (ObjectReader reader = repo.newObjectReader();
                TreeWalk tw = TreeWalk.forPath(reader, Constants.DOT_GIT_ATTRIBUTES, tree)) {
            if (tw == null) {
                return true;
            }
            String text = new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
            return !java.util.regex.Pattern.compile("(^|\\s)[-!]?(text|eol|crlf|filter|ident|working-tree-encoding)\\b",
                    java.util.regex.Pattern.MULTILINE).matcher(text).find();
        }
    }

    /**
     * Puts the work-tree files at {@code paths} back as {@code tree} has them: written again, or removed (with folders
     * left empty) where the tree has no such file. The index is not touched (it was not changed).
     */
    static void restore(Repository repo, ObjectId tree, java.util.Collection<String> paths) throws IOException {
        Map<String, ObjectId> then = new HashMap<>();
        if (tree != null && !paths.isEmpty()) {
            try (ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(null, reader)) {
                tw.addTree(tree);
                tw.setRecursive(true);
                tw.setFilter(org.eclipse.jgit.treewalk.filter.PathFilterGroup.createFromStrings(paths));
                while (tw.next()) {
                    then.put(tw.getPathString(), tw.getObjectId(0));
                }
            }
        }
        Path root = repo.getWorkTree().toPath();
        try (ObjectReader reader = repo.newObjectReader()) {
            for (String path : paths) {
                Path file = root.resolve(path);
                ObjectId id = then.get(path);
                if (id != null) {
                    write(file, reader.open(id, Constants.OBJ_BLOB).getBytes());
                } else {
                    Files.deleteIfExists(file);
                    removeEmptyFolders(root, file.getParent());
                }
            }
        }
    }

    /**
     * Records in the index that the work-tree files of {@code edits} (paths relative to the work tree; null: removed)
     * now hold the given blobs, with their file stats so that {@code git status} need not hash them again.
     */
    static void index(Repository repo, Map<String, Entry> edits) throws IOException {
        Path root = repo.getWorkTree().toPath();
        DirCache index = lockIndex(repo);
        try {
            DirCacheEditor editor = index.editor();
            for (Map.Entry<String, Entry> e : edits.entrySet()) {
                if (e.getValue() == null) {
                    editor.add(new DirCacheEditor.DeletePath(e.getKey()));
                } else {
                    editor.add(indexed(e.getKey(), e.getValue().mode(), e.getValue().id(), root.resolve(e.getKey())));
                }
            }
            editor.commit();
            index = null;
        } finally {
            if (index != null) {
                index.unlock();
            }
        }
    }

    /**
     * The index, locked, without the repository: JGit's index of a repository re-checks its "racily clean" entries on
     * every write with a walk that builds the whole index tree and lists the work tree's folders along their paths
     * (for the files just written: {@code items/} with 10,000 folders), a third of a pull's time. Without it those
     * entries stay marked as possibly modified, and Git compares their content when it next looks.
     */
    private static DirCache lockIndex(Repository repo) throws IOException {
        return DirCache.lock(repo.getIndexFile(), repo.getFS());
    }

    private static DirCacheEditor.PathEdit indexed(String path, FileMode mode, ObjectId id, Path file)
            throws IOException {
        BasicFileAttributes stat = Files.readAttributes(file, BasicFileAttributes.class);
        return new DirCacheEditor.PathEdit(path) {
            @Override
            public void apply(DirCacheEntry ent) {
                ent.setFileMode(mode);
                ent.setObjectId(id);
                ent.setLength(stat.size());
                ent.setLastModified(stat.lastModifiedTime().toInstant());
            }
        };
    }

    private static boolean plainFile(FileMode mode) {
        return mode == FileMode.MISSING || mode == FileMode.REGULAR_FILE;
    }

    private static boolean same(ObjectId a, ObjectId b) {
        return a == null ? b == null : a.equals(b);
    }

    private static void write(Path file, byte[] content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = file.resolveSibling(file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void removeEmptyFolders(Path root, Path folder) {
        for (Path f = folder; f != null && !f.equals(root) && f.startsWith(root); f = f.getParent()) {
            String[] left = f.toFile().list();
            if (left == null || left.length > 0 || !f.toFile().delete()) {
                return;
            }
        }
    }
}
