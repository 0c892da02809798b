/*
 * Copyright (c) Prozesswerk contributors. SPDX-License-Identifier: EPL-2.0
 */
package org.prozesswerk.merge.ui.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A grouping node of the change tree: a folder (or category) holding elements, or an element holding its changes.
 */
public final class ChangeNode {

    final String label;
    final ChangeNode parent;
    final List<ChangeNode> children = new ArrayList<>();
    final List<Change> changes = new ArrayList<>();

    private ChangeNode(String label, ChangeNode parent) {
        this.label = label;
        this.parent = parent;
    }

    /** @return the label (folder path, category or element) */
    public String label() {
        return label;
    }

    /** @return the changes below this node, at any depth */
    public List<Change> allChanges() {
        List<Change> out = new ArrayList<>(changes);
        for (ChangeNode c : children) {
            out.addAll(c.allChanges());
        }
        return out;
    }

    /** @return the children of the node: element nodes under a group, changes under an element */
    Object[] childArray() {
        return children.isEmpty() ? changes.toArray() : children.toArray();
    }

    /**
     * Groups the rows that pass {@code filter} by group, then element, keeping the order of first appearance (the
     * engine reports in register order).
     */
    static List<ChangeNode> group(List<Change> rows, Predicate<Change> filter) {
        Map<String, ChangeNode> groups = new LinkedHashMap<>();
        Map<String, ChangeNode> elements = new LinkedHashMap<>();
        for (Change row : rows) {
            if (!filter.test(row)) {
                continue;
            }
            ChangeNode group = groups.computeIfAbsent(row.group(), g -> new ChangeNode(g, null));
            ChangeNode element = elements.computeIfAbsent(row.group() + '\u0000' + row.element(), k -> {
                ChangeNode e = new ChangeNode(row.element(), group);
                group.children.add(e);
                return e;
            });
            element.changes.add(row);
        }
        return new ArrayList<>(groups.values());
    }
}
