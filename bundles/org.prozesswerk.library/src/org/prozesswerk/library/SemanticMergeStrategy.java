/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jgit.lib.Config;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.lib.TreeFormatter;
import org.eclipse.jgit.merge.MergeStrategy;
import org.eclipse.jgit.merge.ThreeWayMergeStrategy;
import org.eclipse.jgit.merge.ThreeWayMerger;
import org.eclipse.jgit.treewalk.AbstractTreeIterator;
import org.eclipse.jgit.treewalk.CanonicalTreeParser;
import org.eclipse.jgit.treewalk.EmptyTreeIterator;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The JGit merge strategy for libraries (registered as {@value #NAME}). It merges trees path by path and never writes
 * conflict markers: a path changed on one side takes that side; an {@code item.json} changed on both sides is merged
 * by the {@link ItemMerger} (the semantic merge engine through {@link EngineItemMerger}); any
 * other path changed differently on both sides (a BPMN model, the README) is a conflict. A merge with conflicts fails
 * as a whole, leaves the work tree alone and names every conflict ({@link SemanticMerger#conflicts()}).
 */
public final class SemanticMergeStrategy extends ThreeWayMergeStrategy {

    /** The registered name. */
    public static final String NAME = "prozesswerk-library";

    /** The one instance, registered with JGit when this class loads. */
    public static final SemanticMergeStrategy INSTANCE = new SemanticMergeStrategy();

    private static volatile ItemMerger itemMerger = new EngineItemMerger();

    static {
        if (MergeStrategy.get(NAME) == null) {
            MergeStrategy.register(INSTANCE);
        }
    }

    private SemanticMergeStrategy() {
    }

    /** The item merger in use ({@link EngineItemMerger} unless replaced). */
    public static ItemMerger itemMerger() {
        return itemMerger;
    }

    /** Replaces the item merger (the seam for the semantic merge engine of issue 13). */
    public static void setItemMerger(ItemMerger merger) {
        itemMerger = merger;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public ThreeWayMerger newMerger(Repository db) {
        return new SemanticMerger(db);
    }

    @Override
    public ThreeWayMerger newMerger(Repository db, boolean inCore) {
        return new SemanticMerger(db);
    }

    @Override
    public ThreeWayMerger newMerger(ObjectInserter inserter, Config config) {
        return new SemanticMerger(inserter);
    }

    /** The merger: in-core, the work tree is updated by the caller only after a clean merge. */
    public static final class SemanticMerger extends ThreeWayMerger {

        private final Map<String, List<String>> conflicts = new LinkedHashMap<>();
        private ObjectId resultTree;

        SemanticMerger(Repository db) {
            super(db);
        }

        SemanticMerger(ObjectInserter inserter) {
            super(inserter);
        }

        /** Path → conflicting fields (or a description) of the last merge; empty after a clean merge. */
        public Map<String, List<String>> conflicts() {
            return conflicts;
        }

        @Override
        public ObjectId getResultTreeId() {
            return resultTree;
        }

        @Override
        protected boolean mergeImpl() throws IOException {
            conflicts.clear();
            ObjectId tree = mergeTrees("", mergeBase(), openTree(sourceTrees[0]), openTree(sourceTrees[1]));
            if (!conflicts.isEmpty()) {
                resultTree = null;
                return false;
            }
            resultTree = tree != null ? tree : getObjectInserter().insert(new TreeFormatter());
            getObjectInserter().flush();
            return true;
        }

        /**
         * One folder level, path by path with the same rules as for files: a folder the same on both sides, or
         * unchanged on one side, is taken whole by its tree id without being walked (in a library of 10,000 item
         * folders a merge reads only the folders both sides changed). Returns the merged tree, null when empty.
         */
        private ObjectId mergeTrees(String prefix, AbstractTreeIterator base, AbstractTreeIterator ours,
                AbstractTreeIterator theirs) throws IOException {
            Map<String, Trees.Entry> merged = new HashMap<>();
            try (TreeWalk tw = new TreeWalk(db, reader)) {
                tw.addTree(base);
                tw.addTree(ours);
                tw.addTree(theirs);
                while (tw.next()) {
                    String name = tw.getNameString();
                    String path = prefix + name;
                    int mb = tw.getRawMode(0);
                    int mo = tw.getRawMode(1);
                    int mt = tw.getRawMode(2);
                    ObjectId b = mb == 0 ? null : tw.getObjectId(0);
                    ObjectId o = mo == 0 ? null : tw.getObjectId(1);
                    ObjectId t = mt == 0 ? null : tw.getObjectId(2);
                    if (same(o, mo, t, mt) || same(b, mb, t, mt)) {
                        put(merged, name, mo, o);
                    } else if (same(b, mb, o, mo)) {
                        put(merged, name, mt, t);
                    } else if (isTree(mo) && isTree(mt) && (mb == 0 || isTree(mb))) {
                        put(merged, name, FileMode.TREE.getBits(), mergeTrees(path + '/', subtree(b, mb),
                                subtree(o, mo), subtree(t, mt)));
                    } else if (path.endsWith('/' + ItemCodec.FILE_NAME) && o != null && t != null
                            && !isTree(mo) && !isTree(mt) && !isTree(mb)) {
                        put(merged, name, mo, mergeItem(path, b, o, t));
                    } else {
                        conflicts.put(path, List.of(o == null || t == null ? "deleted on one side, changed on the other"
                                : "changed on both sides"));
                    }
                }
            }
            return merged.isEmpty() ? null : getObjectInserter().insert(Trees.format(merged));
        }

        private AbstractTreeIterator subtree(ObjectId id, int mode) throws IOException {
            return id == null || !isTree(mode) ? new EmptyTreeIterator() : new CanonicalTreeParser(null, reader, id);
        }

        private static boolean isTree(int mode) {
            return FileMode.TREE.equals(mode);
        }

        private static void put(Map<String, Trees.Entry> merged, String name, int mode, ObjectId id) {
            if (id != null && mode != 0) { // null: deleted (or a folder left empty)
                merged.put(name, new Trees.Entry(FileMode.fromBits(mode), id));
            }
        }

        /** The merged item file's blob, or null with the conflicts recorded. */
        private ObjectId mergeItem(String path, ObjectId b, ObjectId o, ObjectId t) throws IOException {
            try {
                LibraryItem base = b == null ? null : ItemCodec.read(path, text(b));
                LibraryItem ours = ItemCodec.read(path, text(o));
                LibraryItem theirs = ItemCodec.read(path, text(t));
                ItemMerger.Result merged = itemMerger.merge(base, ours, theirs);
                if (!merged.clean()) {
                    conflicts.put(path, merged.conflicts());
                    return null;
                }
                return getObjectInserter().insert(Constants.OBJ_BLOB,
                        ItemCodec.write(merged.merged()).getBytes(StandardCharsets.UTF_8));
            } catch (LibraryFormatException e) {
                conflicts.put(path, new ArrayList<>(List.of(e.getMessage())));
                return null;
            }
        }

        private String text(ObjectId blob) throws IOException {
            return new String(reader.open(blob, Constants.OBJ_BLOB).getBytes(), StandardCharsets.UTF_8);
        }

        private static boolean same(ObjectId a, int ma, ObjectId b, int mb) {
            return ma == mb && (a == null ? b == null : a.equals(b));
        }
    }
}
