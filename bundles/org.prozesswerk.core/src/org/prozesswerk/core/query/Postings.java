package org.prozesswerk.core.query;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Map;

/**
 * A set of slot numbers: a sorted int array while small, a {@link BitSet} once dense. Most keys (a word, a LeiKa
 * key, a folder) hold few Steckbriefe, where an array costs 4 bytes per entry instead of 1 bit per slot of the
 * register; the few very common keys switch to a bitset so that adding and removing stay O(1) and OR-ing is
 * word-wise.
 */
final class Postings {

    /** Above this size the array is replaced by a bitset (at 100k slots a bitset costs 12.5 KB, the array 4 KB). */
    private static final int DENSE_THRESHOLD = 1024;

    private final Map<?, Postings> owner;
    private final Object key;
    private int[] slots = new int[2];
    private int size;
    private BitSet dense;

    /** Creates the postings for {@code key}, to be stored in {@code owner}, which {@link #dropIfEmpty()} cleans. */
    Postings(Map<?, Postings> owner, Object key) {
        this.owner = owner;
        this.key = key;
    }

    /** Removes this postings from its map once it holds nothing, so that the vocabulary only has live words. */
    void dropIfEmpty() {
        if (size == 0) {
            owner.remove(key);
        }
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(int slot) {
        if (dense != null) {
            if (!dense.get(slot)) {
                dense.set(slot);
                size++;
            }
            return;
        }
        // Slots are mostly handed out in increasing order, so this is usually an append.
        int at = size == 0 || slots[size - 1] < slot ? -(size + 1) : Arrays.binarySearch(slots, 0, size, slot);
        if (at >= 0) {
            return;
        }
        at = -(at + 1);
        if (size == DENSE_THRESHOLD) {
            dense = new BitSet();
            for (int i = 0; i < size; i++) {
                dense.set(slots[i]);
            }
            dense.set(slot);
            slots = null;
            size++;
            return;
        }
        if (size == slots.length) {
            slots = Arrays.copyOf(slots, size * 2);
        }
        System.arraycopy(slots, at, slots, at + 1, size - at);
        slots[at] = slot;
        size++;
    }

    void remove(int slot) {
        if (dense != null) {
            if (dense.get(slot)) {
                dense.clear(slot);
                size--;
            }
            return;
        }
        int at = Arrays.binarySearch(slots, 0, size, slot);
        if (at >= 0) {
            System.arraycopy(slots, at + 1, slots, at, size - at - 1);
            size--;
        }
    }

    /** Sets the bits of all slots in {@code target}. */
    void orInto(BitSet target) {
        if (dense != null) {
            target.or(dense);
            return;
        }
        for (int i = 0; i < size; i++) {
            target.set(slots[i]);
        }
    }

    boolean contains(int slot) {
        return dense != null ? dense.get(slot) : Arrays.binarySearch(slots, 0, size, slot) >= 0;
    }
}
