package org.prozesswerk.core.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.model.CatalogueReference;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.OrgUnit;
import org.prozesswerk.model.ProcessContext;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkPackage;

/**
 * An in-memory index over the Steckbriefe of one register that answers {@link RegisterQuery queries} without
 * visiting the model, and follows every later change of the model.
 * <p>
 * <b>Structures.</b> Each indexed Steckbrief gets a slot number. Facets with few values (status, has online
 * service, has legal basis) are bitsets over the slots; facets with many values (the folder a Steckbrief is filed
 * in, its responsible unit, tag, catalogue key, each word of its texts) map the value to a {@link Postings} list.
 * A query ANDs one bitset per criterion. Subtree criteria (folder with subfolders, unit with sub-units) OR the
 * postings of every folder or unit of the subtree, walked in the live model at query time, so moving a folder or
 * unit costs nothing. A catalogue key prefix is a range of a sorted map; a text word is looked up by scanning the
 * vocabulary for words containing it (German compounds: "anmeldung" finds "gewerbeanmeldung").
 * <p>
 * <b>Keeping current.</b> Instead of an {@code EContentAdapter}, which would sit on every object of the register
 * (status history, participations, attribute values ... about 12 objects per Steckbrief), adapters sit only where
 * an indexed value can change: the register and folders (filing, one shared adapter), each Steckbrief (its own
 * adapter, which also remembers what was indexed for it) and its catalogue references and contexts (one shared
 * adapter). On a notification only the affected facet of that one Steckbrief is recomputed and diffed against
 * what was indexed. Organisation units need no adapter: the unit subtree is walked at query time.
 * <p>
 * Like the EMF model itself, an index is not thread-safe: query it on the thread that changes the model (or hold
 * the editing domain's lock). Call {@link #dispose()} to detach it from the model.
 */
public final class RegisterIndex {

    private final ProcessRegister register;
    private Entry[] entries = new Entry[256];
    private final BitSet live = new BitSet();
    private int[] freeSlots = new int[16];
    private int freeCount;
    private int nextSlot;

    private final EnumMap<FimStatus, BitSet> byStatus = new EnumMap<>(FimStatus.class);
    private final BitSet withOnlineService = new BitSet();
    private final BitSet withLegalBasis = new BitSet();
    /** Folder (or the register, for unfiled Steckbriefe) -> Steckbriefe filed directly in it. */
    private final Map<Object, Postings> byFolder = new IdentityHashMap<>();
    private final Map<Object, Postings> byUnit = new IdentityHashMap<>();
    /** Folded catalogue id -> catalogue key -> Steckbriefe. */
    private final Map<String, TreeMap<String, Postings>> byCatalogue = new HashMap<>();
    private final Map<String, Postings> byTag = new HashMap<>();
    private final Map<String, Postings> byWord = new HashMap<>();

    private final StructureAdapter structureAdapter = new StructureAdapter();
    private final ChildAdapter childAdapter = new ChildAdapter();
    private boolean disposed;

    private RegisterIndex(ProcessRegister register) {
        this.register = register;
    }

    /**
     * Indexes every Steckbrief of the register (filed in folders or unfiled) and attaches to the model so that the
     * index follows later changes.
     */
    public static RegisterIndex build(ProcessRegister register) {
        RegisterIndex index = new RegisterIndex(register);
        register.eAdapters().add(index.structureAdapter);
        for (ProcessProfile profile : register.getUnfiledProfiles()) {
            index.addProfile(profile);
        }
        for (Folder folder : register.getRootFolders()) {
            index.addFolderTree(folder);
        }
        return index;
    }

    public ProcessRegister register() {
        return register;
    }

    /** The number of indexed Steckbriefe. */
    public int size() {
        return live.cardinality();
    }

    /**
     * The Steckbriefe matching the query, in slot order: the order in which the index took them in (unfiled ones
     * first, then folder by folder), with later additions filling freed slots. Sort the result if order matters.
     */
    public List<ProcessProfile> find(RegisterQuery query) {
        BitSet result = evaluate(query);
        List<ProcessProfile> profiles = new ArrayList<>(result.cardinality());
        for (int slot = result.nextSetBit(0); slot >= 0; slot = result.nextSetBit(slot + 1)) {
            profiles.add(entries[slot].profile);
        }
        return Collections.unmodifiableList(profiles);
    }

    /** The number of Steckbriefe matching the query, without building a list. */
    public int count(RegisterQuery query) {
        return evaluate(query).cardinality();
    }

    /** Detaches the index from the model; it must not be used afterwards. */
    public void dispose() {
        if (disposed) {
            return;
        }
        disposed = true;
        for (int slot = live.nextSetBit(0); slot >= 0; slot = live.nextSetBit(slot + 1)) {
            detach(entries[slot]);
        }
        register.eAdapters().remove(structureAdapter);
        for (Folder folder : register.getRootFolders()) {
            detachFolderTree(folder);
        }
        entries = new Entry[0];
        live.clear();
        byFolder.clear();
        byUnit.clear();
        byCatalogue.clear();
        byTag.clear();
        byWord.clear();
    }

    public boolean isDisposed() {
        return disposed;
    }

    // --- Querying -------------------------------------------------------------------------------------------------

    private BitSet evaluate(RegisterQuery query) {
        if (disposed) {
            throw new IllegalStateException("RegisterIndex is disposed");
        }
        BitSet result = (BitSet) live.clone();
        // Cheap, word-wise criteria first; each later one may find the result already empty.
        if (query.statuses() != null) {
            BitSet accepted = new BitSet();
            for (FimStatus status : query.statuses()) {
                BitSet bits = byStatus.get(status);
                if (bits != null) {
                    accepted.or(bits);
                }
            }
            result.and(accepted);
        }
        applyFlag(result, query.onlineService(), withOnlineService);
        applyFlag(result, query.legalBasis(), withLegalBasis);
        if (query.folder() != null && !result.isEmpty()) {
            BitSet inFolder = new BitSet();
            orTree(query.folder(), byFolder, Folder::getFolders, inFolder);
            result.and(inFolder);
        }
        if (query.orgUnit() != null && !result.isEmpty()) {
            BitSet inUnit = new BitSet();
            orTree(query.orgUnit(), byUnit, OrgUnit::getChildren, inUnit);
            result.and(inUnit);
        }
        if (query.foldedCatalogueId() != null && !result.isEmpty()) {
            result.and(catalogueBits(query.foldedCatalogueId(), query.keyPrefix()));
        }
        if (query.foldedTag() != null && !result.isEmpty()) {
            BitSet tagged = new BitSet();
            Postings postings = byTag.get(query.foldedTag());
            if (postings != null) {
                postings.orInto(tagged);
            }
            result.and(tagged);
        }
        for (String term : query.textTerms()) {
            if (result.isEmpty()) {
                break;
            }
            result.and(wordBits(term));
        }
        return result;
    }

    private static void applyFlag(BitSet result, Boolean wanted, BitSet flag) {
        if (wanted == null) {
            return;
        }
        if (wanted) {
            result.and(flag);
        } else {
            result.andNot(flag);
        }
    }

    /** Adds the Steckbriefe of {@code node} and all below it (folders or org units) to {@code target}. */
    private static <T> void orTree(T node, Map<Object, Postings> index, Function<T, List<T>> children,
            BitSet target) {
        Postings postings = index.get(node);
        if (postings != null) {
            postings.orInto(target);
        }
        for (T child : children.apply(node)) {
            orTree(child, index, children, target);
        }
    }

    private BitSet catalogueBits(String catalogueId, String keyPrefix) {
        BitSet bits = new BitSet();
        TreeMap<String, Postings> keys = byCatalogue.get(catalogueId);
        if (keys == null) {
            return bits;
        }
        Map<String, Postings> range = keyPrefix == null ? keys : keys.tailMap(keyPrefix, true);
        for (Map.Entry<String, Postings> entry : range.entrySet()) {
            if (keyPrefix != null && !entry.getKey().startsWith(keyPrefix)) {
                break;
            }
            entry.getValue().orInto(bits);
        }
        return bits;
    }

    private BitSet wordBits(String term) {
        BitSet bits = new BitSet();
        // Substring match over the vocabulary (a few thousand to some ten thousand words), not over the texts.
        for (Map.Entry<String, Postings> entry : byWord.entrySet()) {
            if (entry.getKey().contains(term)) {
                entry.getValue().orInto(bits);
            }
        }
        return bits;
    }

    // --- Indexing -------------------------------------------------------------------------------------------------

    /** Runs {@code action} on {@code folder} and every folder below it, parents first. */
    private static void eachFolder(Folder folder, Consumer<Folder> action) {
        action.accept(folder);
        for (Folder child : folder.getFolders()) {
            eachFolder(child, action);
        }
    }

    private void addFolderTree(Folder tree) {
        eachFolder(tree, folder -> {
            if (!folder.eAdapters().contains(structureAdapter)) {
                folder.eAdapters().add(structureAdapter);
            }
            for (ProcessProfile profile : folder.getProfiles()) {
                Entry entry = entryOf(profile);
                if (entry == null) {
                    addProfile(profile);
                } else {
                    updateFolder(entry);
                }
            }
        });
    }

    private void removeFolderTree(Folder tree) {
        eachFolder(tree, folder -> {
            folder.eAdapters().remove(structureAdapter);
            for (ProcessProfile profile : folder.getProfiles()) {
                Entry entry = entryOf(profile);
                if (entry != null) {
                    removeProfile(entry);
                }
            }
        });
    }

    private void detachFolderTree(Folder tree) {
        eachFolder(tree, folder -> folder.eAdapters().remove(structureAdapter));
    }

    private void addProfile(ProcessProfile profile) {
        int slot = freeCount > 0 ? freeSlots[--freeCount] : nextSlot++;
        if (slot >= entries.length) {
            entries = Arrays.copyOf(entries, Math.max(slot + 1, entries.length * 2));
        }
        Entry entry = new Entry(profile, slot);
        entries[slot] = entry;
        live.set(slot);
        profile.eAdapters().add(entry);
        for (CatalogueReference reference : profile.getCatalogueReferences()) {
            reference.eAdapters().add(childAdapter);
        }
        for (ProcessContext context : profile.getContexts()) {
            context.eAdapters().add(childAdapter);
        }
        updateFolder(entry);
        updateUnit(entry);
        updateStatus(entry);
        updateOnlineService(entry);
        updateLegalBasis(entry);
        updateTags(entry);
        updateCatalogue(entry);
        updateWords(entry);
    }

    private void removeProfile(Entry entry) {
        int slot = entry.slot;
        entry.folder = replace(entry.folder, null, slot);
        entry.unit = replace(entry.unit, null, slot);
        entry.tags = replace(entry.tags, Entry.NONE, slot);
        entry.catalogue = replace(entry.catalogue, Entry.NONE, slot);
        entry.words = replace(entry.words, Entry.NONE, slot);
        if (entry.status != null) {
            byStatus.get(entry.status).clear(slot);
        }
        withOnlineService.clear(slot);
        withLegalBasis.clear(slot);
        live.clear(slot);
        entries[slot] = null;
        if (freeCount == freeSlots.length) {
            freeSlots = Arrays.copyOf(freeSlots, freeCount * 2);
        }
        freeSlots[freeCount++] = slot;
        detach(entry);
    }

    private void detach(Entry entry) {
        entry.profile.eAdapters().remove(entry);
        for (CatalogueReference reference : entry.profile.getCatalogueReferences()) {
            reference.eAdapters().remove(childAdapter);
        }
        for (ProcessContext context : entry.profile.getContexts()) {
            context.eAdapters().remove(childAdapter);
        }
    }

    private void updateFolder(Entry entry) {
        EObject container = entry.profile.eContainer();
        entry.folder = replace(entry.folder, postings(byFolder, container), entry.slot);
    }

    private void updateUnit(Entry entry) {
        OrgUnit unit = entry.profile.getResponsibleUnit();
        entry.unit = replace(entry.unit, unit == null ? null : postings(byUnit, unit), entry.slot);
    }

    private void updateStatus(Entry entry) {
        FimStatus status = entry.profile.getStatus();
        if (entry.status != null) {
            byStatus.get(entry.status).clear(entry.slot);
        }
        if (status != null) {
            byStatus.computeIfAbsent(status, s -> new BitSet()).set(entry.slot);
        }
        entry.status = status;
    }

    private void updateOnlineService(Entry entry) {
        withOnlineService.set(entry.slot, RegisterQuery.hasOnlineService(entry.profile));
    }

    private void updateLegalBasis(Entry entry) {
        withLegalBasis.set(entry.slot, !entry.profile.getLegalBases().isEmpty());
    }

    private void updateTags(Entry entry) {
        List<String> tags = entry.profile.getTags();
        Postings[] next = tags.isEmpty() ? Entry.NONE : new Postings[tags.size()];
        int n = 0;
        for (String tag : tags) {
            String folded = tag == null ? "" : TextFolding.fold(tag.strip());
            if (!folded.isEmpty()) {
                n = addDistinct(next, n, postings(byTag, folded));
            }
        }
        entry.tags = replace(entry.tags, trim(next, n), entry.slot);
    }

    private void updateCatalogue(Entry entry) {
        List<CatalogueReference> references = entry.profile.getCatalogueReferences();
        Postings[] next = references.isEmpty() ? Entry.NONE : new Postings[references.size()];
        int n = 0;
        for (CatalogueReference reference : references) {
            String id = RegisterQuery.foldCatalogueId(reference.getCatalogueId());
            if (id != null) {
                TreeMap<String, Postings> keys = byCatalogue.computeIfAbsent(id, k -> new TreeMap<>());
                n = addDistinct(next, n, postings(keys, reference.getKey() == null ? "" : reference.getKey()));
            }
        }
        entry.catalogue = replace(entry.catalogue, trim(next, n), entry.slot);
    }

    private void updateWords(Entry entry) {
        ProcessProfile profile = entry.profile;
        Set<String> words = TextFolding.wordSet(TextFolding.fold(profile.getName()) + ' '
                + TextFolding.fold(profile.getShortDescription()) + ' ' + TextFolding.fold(profile.getDescription()));
        Postings[] next = new Postings[words.size()];
        int n = 0;
        for (String word : words) {
            next[n++] = postings(byWord, word);
        }
        entry.words = replace(entry.words, next, entry.slot);
    }

    /** The postings for {@code key} in {@code map}, created on demand; the postings remember both to remove itself. */
    private static <K> Postings postings(Map<K, Postings> map, K key) {
        Postings postings = map.get(key);
        if (postings == null) {
            postings = new Postings(map, key);
            map.put(key, postings);
        }
        return postings;
    }

    private static Postings replace(Postings old, Postings next, int slot) {
        if (old != next) {
            if (old != null) {
                old.remove(slot);
                old.dropIfEmpty();
            }
            if (next != null) {
                next.add(slot);
            }
        }
        return next;
    }

    /** Moves {@code slot} from the postings only in {@code old} to those only in {@code next}; returns next. */
    private static Postings[] replace(Postings[] old, Postings[] next, int slot) {
        for (Postings o : old) {
            if (!containsIdentical(next, o)) {
                o.remove(slot);
                o.dropIfEmpty();
            }
        }
        for (Postings p : next) {
            if (!containsIdentical(old, p)) {
                p.add(slot);
            }
        }
        return next;
    }

    private static boolean containsIdentical(Postings[] array, Postings p) {
        for (Postings a : array) {
            if (a == p) {
                return true;
            }
        }
        return false;
    }

    private static int addDistinct(Postings[] array, int n, Postings p) {
        for (int i = 0; i < n; i++) {
            if (array[i] == p) {
                return n;
            }
        }
        array[n] = p;
        return n + 1;
    }

    private static Postings[] trim(Postings[] array, int n) {
        return n == 0 ? Entry.NONE : n == array.length ? array : Arrays.copyOf(array, n);
    }

    private Entry entryOf(ProcessProfile profile) {
        for (Adapter adapter : profile.eAdapters()) {
            if (adapter instanceof Entry entry && entry.index() == this) {
                return entry;
            }
        }
        return null;
    }

    private boolean contains(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o == register) {
                return true;
            }
        }
        return false;
    }

    private static List<?> added(Notification n) {
        return switch (n.getEventType()) {
            case Notification.ADD, Notification.SET -> n.getNewValue() == null ? List.of() : List.of(n.getNewValue());
            case Notification.ADD_MANY -> new ArrayList<>((Collection<?>) n.getNewValue());
            default -> List.of();
        };
    }

    private static List<?> removed(Notification n) {
        return switch (n.getEventType()) {
            case Notification.REMOVE, Notification.SET, Notification.UNSET ->
                    n.getOldValue() == null ? List.of() : List.of(n.getOldValue());
            case Notification.REMOVE_MANY -> n.getOldValue() instanceof Collection<?> c ? new ArrayList<>(c) : List.of();
            default -> List.of();
        };
    }

    // --- Adapters -------------------------------------------------------------------------------------------------

    /**
     * What the index's adapters share: found by {@link #isAdapterForType} with {@code RegisterIndex.class}, and not
     * bound to the notifiers they are added to (one adapter serves many of them, an entry knows its Steckbrief).
     */
    private abstract static class IndexAdapter implements Adapter {

        @Override
        public Notifier getTarget() {
            return null;
        }

        @Override
        public void setTarget(Notifier newTarget) {
            // not bound: see above
        }

        @Override
        public boolean isAdapterForType(Object type) {
            return type == RegisterIndex.class;
        }
    }

    /** Sits on one Steckbrief: knows its slot and what was indexed for it, and reindexes the facet that changed. */
    private final class Entry extends IndexAdapter {

        static final Postings[] NONE = {};

        final ProcessProfile profile;
        final int slot;
        Postings folder;
        Postings unit;
        FimStatus status;
        Postings[] tags = NONE;
        Postings[] catalogue = NONE;
        Postings[] words = NONE;

        Entry(ProcessProfile profile, int slot) {
            this.profile = profile;
            this.slot = slot;
        }

        RegisterIndex index() {
            return RegisterIndex.this;
        }

        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch() || disposed || entries[slot] != this) {
                return;
            }
            switch (n.getFeatureID(ProcessProfile.class)) {
                case ProzesswerkPackage.PROCESS_PROFILE__NAME, ProzesswerkPackage.PROCESS_PROFILE__SHORT_DESCRIPTION,
                        ProzesswerkPackage.PROCESS_PROFILE__DESCRIPTION -> updateWords(this);
                case ProzesswerkPackage.PROCESS_PROFILE__STATUS -> updateStatus(this);
                case ProzesswerkPackage.PROCESS_PROFILE__RESPONSIBLE_UNIT -> updateUnit(this);
                case ProzesswerkPackage.PROCESS_PROFILE__TAGS -> updateTags(this);
                case ProzesswerkPackage.PROCESS_PROFILE__LEGAL_BASES -> updateLegalBasis(this);
                case ProzesswerkPackage.PROCESS_PROFILE__CATALOGUE_REFERENCES -> {
                    moveChildAdapter(n);
                    updateCatalogue(this);
                }
                case ProzesswerkPackage.PROCESS_PROFILE__CONTEXTS -> {
                    moveChildAdapter(n);
                    updateOnlineService(this);
                }
                default -> {
                    // Other features are not indexed.
                }
            }
        }

        private void moveChildAdapter(Notification n) {
            for (Object old : removed(n)) {
                if (old instanceof Notifier child && ((EObject) child).eContainer() != profile) {
                    child.eAdapters().remove(childAdapter);
                }
            }
            for (Object added : added(n)) {
                if (added instanceof Notifier child && !child.eAdapters().contains(childAdapter)) {
                    child.eAdapters().add(childAdapter);
                }
            }
        }

        @Override
        public Notifier getTarget() {
            return profile;
        }
    }

    /** Shared by all catalogue references and contexts: a changed key or kind reindexes the owning Steckbrief. */
    private final class ChildAdapter extends IndexAdapter {

        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch() || disposed || !(n.getNotifier() instanceof EObject child)
                    || !(child.eContainer() instanceof ProcessProfile profile)) {
                return;
            }
            Entry entry = entryOf(profile);
            if (entry == null) {
                return;
            }
            if (child instanceof CatalogueReference) {
                updateCatalogue(entry);
            } else if (child instanceof ProcessContext) {
                updateOnlineService(entry);
            }
        }
    }

    /** Shared by the register and all folders: Steckbriefe and folders filed, moved or removed. */
    private final class StructureAdapter extends IndexAdapter {

        @Override
        public void notifyChanged(Notification n) {
            if (n.isTouch() || disposed) {
                return;
            }
            boolean relevant;
            if (n.getNotifier() == register) {
                int id = n.getFeatureID(ProcessRegister.class);
                relevant = id == ProzesswerkPackage.PROCESS_REGISTER__ROOT_FOLDERS
                        || id == ProzesswerkPackage.PROCESS_REGISTER__UNFILED_PROFILES;
            } else {
                int id = n.getFeatureID(Folder.class);
                relevant = id == ProzesswerkPackage.FOLDER__FOLDERS || id == ProzesswerkPackage.FOLDER__PROFILES;
            }
            if (!relevant) {
                return;
            }
            // A move within the register arrives as REMOVE (the object already sits in its new place) then ADD.
            for (Object old : removed(n)) {
                if (old instanceof Folder folder && !contains(folder)) {
                    removeFolderTree(folder);
                } else if (old instanceof ProcessProfile profile) {
                    Entry entry = entryOf(profile);
                    if (entry != null && contains(profile)) {
                        updateFolder(entry);
                    } else if (entry != null) {
                        removeProfile(entry);
                    }
                }
            }
            for (Object added : added(n)) {
                if (added instanceof Folder folder && contains(folder)) {
                    addFolderTree(folder);
                } else if (added instanceof ProcessProfile profile && contains(profile)) {
                    Entry entry = entryOf(profile);
                    if (entry == null) {
                        addProfile(profile);
                    } else {
                        updateFolder(entry);
                    }
                }
            }
        }
    }
}
