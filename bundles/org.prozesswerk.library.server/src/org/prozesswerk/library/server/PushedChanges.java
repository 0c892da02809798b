/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library.server;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.eclipse.jgit.treewalk.filter.TreeFilter;
import org.prozesswerk.library.ItemCodec;
import org.prozesswerk.library.LibraryLayout;

/**
 * What one ref update of a push changes, found with one tree walk and read at most once: the rights check
 * ({@link PushPolicy#checkContent(String, org.eclipse.jgit.transport.ReceiveCommand, PushedChanges)}) and the content check of {@link ValidatingHook} share it.
 * Blobs are read lazily through one {@link ObjectReader} and kept, so an item file the rights check compared is not
 * inflated again for the rule check. Not thread-safe: one per ref update.
 */
public final class PushedChanges implements AutoCloseable {

    /**
     * One item folder ({@code items/<id>/}) the push touches.
     *
     * @param id           the item id (the folder name)
     * @param oldFile      the item file before the push, {@code null} if there was none
     * @param newFile      the item file after the push, {@code null} if it is deleted
     * @param itemFileSeen whether the item file itself differs
     * @param otherFiles   whether other files of the folder (models) differ
     */
    public record Item(String id, ObjectId oldFile, ObjectId newFile, boolean itemFileSeen, boolean otherFiles) {
    }

    /**
     * A changed file outside {@code items/<id>/} (at the root, or misplaced below {@code items/}).
     *
     * @param path    the path
     * @param newFile its content after the push, {@code null} if deleted
     */
    public record OtherFile(String path, ObjectId newFile) {
    }

    private final Repository repository;
    private final ObjectId oldCommit;
    private final ObjectId newCommit;
    private final ObjectReader reader;
    private Map<String, Item> items;
    private List<OtherFile> others;
    private List<String> misplacedItemFiles;
    private final Map<ObjectId, byte[]> blobs = new HashMap<>();

    private PushedChanges(Repository repository, ObjectId oldCommit, ObjectId newCommit) {
        this.repository = repository;
        this.oldCommit = oldCommit == null || ObjectId.zeroId().equals(oldCommit) ? null : oldCommit;
        this.newCommit = newCommit;
        this.reader = repository.newObjectReader();
    }

    /**
     * The changes between {@code oldId} (zero or {@code null} for a new ref) and {@code newId}; the trees are
     * compared at the first question about them.
     */
    public static PushedChanges between(Repository repository, ObjectId oldId, ObjectId newId) {
        return new PushedChanges(repository, oldId, newId);
    }

    private void walk() throws IOException {
        if (items != null) {
            return;
        }
        Map<String, ItemBuilder> builders = new LinkedHashMap<>();
        List<OtherFile> otherFiles = new ArrayList<>();
        List<String> misplaced = new ArrayList<>();
        try (RevWalk rw = new RevWalk(reader); TreeWalk tw = new TreeWalk(repository, reader)) {
            if (oldCommit == null) {
                tw.addTree(new EmptyTreeIterator());
            } else {
                tw.addTree(rw.parseCommit(oldCommit).getTree());
            }
            tw.addTree(rw.parseCommit(newCommit).getTree());
            tw.setRecursive(true);
            tw.setFilter(TreeFilter.ANY_DIFF);
            while (tw.next()) {
                String path = tw.getPathString();
                ObjectId after = tw.getRawMode(1) == 0 ? null : tw.getObjectId(1);
                int first = path.indexOf('/');
                int second = first < 0 ? -1 : path.indexOf('/', first + 1);
                if (first != LibraryLayout.ITEMS.length() || second < 0
                        || !path.startsWith(LibraryLayout.ITEMS + '/')) {
                    otherFiles.add(new OtherFile(path, after));
                    if (after != null && path.startsWith(LibraryLayout.ITEMS + '/')
                            && path.endsWith('/' + ItemCodec.FILE_NAME)) {
                        misplaced.add(path);
                    }
                    continue;
                }
                ItemBuilder b = builders.computeIfAbsent(path.substring(first + 1, second), ItemBuilder::new);
                String rest = path.substring(second + 1);
                if (rest.equals(ItemCodec.FILE_NAME)) {
                    b.oldFile = tw.getRawMode(0) == 0 ? null : tw.getObjectId(0);
                    b.newFile = after;
                    b.itemFileSeen = true;
                } else {
                    b.otherFiles = true;
                    if (after != null && rest.endsWith('/' + ItemCodec.FILE_NAME)) {
                        misplaced.add(path);
                    }
                }
            }
        }
        Map<String, Item> result = new LinkedHashMap<>();
        for (ItemBuilder b : builders.values()) {
            result.put(b.id, new Item(b.id, b.oldFile, b.newFile, b.itemFileSeen, b.otherFiles));
        }
        items = Collections.unmodifiableMap(result);
        others = Collections.unmodifiableList(otherFiles);
        misplacedItemFiles = Collections.unmodifiableList(misplaced);
    }

    private static final class ItemBuilder {
        final String id;
        ObjectId oldFile;
        ObjectId newFile;
        boolean itemFileSeen;
        boolean otherFiles;

        ItemBuilder(String id) {
            this.id = id;
        }
    }

    /** The repository, still at its state before the push. */
    public Repository repository() {
        return repository;
    }

    /** The commit before the push; {@code null} for a new ref. */
    public ObjectId oldCommit() {
        return oldCommit;
    }

    /** The pushed commit. */
    public ObjectId newCommit() {
        return newCommit;
    }

    /** The item folders the push touches, by id, in path order. */
    public Map<String, Item> items() throws IOException {
        walk();
        return items;
    }

    /** Changed files outside the item folders. */
    public List<OtherFile> others() throws IOException {
        walk();
        return others;
    }

    /** Item files the push adds or changes below an item folder instead of directly in it. */
    public List<String> misplacedItemFiles() throws IOException {
        walk();
        return misplacedItemFiles;
    }

    /** The bytes of a blob, read once; {@code null} for {@code null}. */
    public byte[] bytes(ObjectId blob) throws IOException {
        if (blob == null) {
            return null;
        }
        byte[] b = blobs.get(blob);
        if (b == null) {
            b = reader.open(blob, Constants.OBJ_BLOB).getCachedBytes(Integer.MAX_VALUE);
            blobs.put(blob.copy(), b);
        }
        return b;
    }

    /** The item file of {@code id} in the pushed commit ({@code null} if there is none), for items not in the diff. */
    public ObjectId unchangedItemFile(String id) throws IOException {
        try (RevWalk rw = new RevWalk(reader);
                TreeWalk tw = TreeWalk.forPath(reader, LibraryLayout.ITEMS + '/' + id + '/' + ItemCodec.FILE_NAME,
                        rw.parseCommit(newCommit).getTree())) {
            return tw == null ? null : tw.getObjectId(0);
        }
    }

    /** The reader the changes were found with (for further lookups in the same objects). */
    public ObjectReader reader() {
        return reader;
    }

    @Override
    public void close() {
        reader.close();
    }
}
