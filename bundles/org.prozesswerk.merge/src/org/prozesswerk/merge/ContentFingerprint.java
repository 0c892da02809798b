package org.prozesswerk.merge;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EObject;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.core.persistence.RegisterLoadException;
import org.prozesswerk.core.persistence.RegisterStore;
import org.prozesswerk.model.ProcessRegister;

/**
 * Proof that two registers have the same content without reading them: the format and the digest of the bytes a
 * register was loaded from (computed while loading, {@link #load}), valid only as long as the register has not
 * changed since. {@link #attach} puts one shared adapter on the register and on every
 * object it contains; any notification from any of them (a field set, an element added, removed or moved, a
 * reference changed, the adapter removed, the resource unloaded) drops the digest for good. Registers that are equal
 * by this proof are equal in everything the merge reads: the same bytes in the same format load to the same objects
 * with the same ids, and a register's references stay inside the register.
 * <p>
 * Copies ({@code EcoreUtil.copy}) and registers built in memory have no digest; for them the merge always compares.
 * Limit: an edit made with notification delivery switched off ({@code eSetDeliver(false)}) is invisible here, as it
 * is to undo, to the editors and to EMF's own modification tracking.
 */
public final class ContentFingerprint {

    private ContentFingerprint() {
    }

    /**
     * Loads a register as {@link RegisterStore#load(Path)} does, with its fingerprint: the format and the SHA-256 of
     * the bytes read. That SHA-256 is also kept as {@link #fileChecksum}, so the file need not be read again for it.
     */
    public static ProcessRegister load(Path file) throws RegisterLoadException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every Java platform has SHA-256
        }
        ProcessRegister register = RegisterStore.load(file, digest);
        byte[] sha256 = digest.digest();
        byte[] format = RegisterFormat.forPath(file).name().getBytes(StandardCharsets.US_ASCII);
        byte[] fingerprint = Arrays.copyOf(format, format.length + 1 + sha256.length);
        System.arraycopy(sha256, 0, fingerprint, format.length + 1, sha256.length);
        attach(register, fingerprint, HexFormat.of().formatHex(sha256));
        return register;
    }

    /**
     * Records {@code digest} as the fingerprint of {@code register}, which must be exactly as loaded from the
     * digested bytes (call it right after the load, before anything can edit the register). The digest must
     * determine the content: it covers the bytes and the format they were read in.
     */
    public static void attach(ProcessRegister register, byte[] digest) {
        attach(register, digest, null);
    }

    /**
     * @return the SHA-256 (hex) of the file {@code register} was {@linkplain #load loaded} from, or {@code null};
     *         it describes the file, so it stays after edits of the register
     */
    public static String fileChecksum(ProcessRegister register) {
        for (Object a : register.eAdapters()) {
            if (a instanceof Tracker t) {
                return t.fileChecksum;
            }
        }
        return null;
    }

    private static void attach(ProcessRegister register, byte[] digest, String fileChecksum) {
        Tracker tracker = new Tracker(digest.clone(), fileChecksum);
        register.eAdapters().add(tracker);
        for (Iterator<EObject> it = register.eAllContents(); it.hasNext();) {
            it.next().eAdapters().add(tracker);
        }
    }

    /** @return the digest of an unchanged register, or {@code null} if it has none or has changed since */
    static byte[] of(ProcessRegister register) {
        for (Object a : register.eAdapters()) {
            if (a instanceof Tracker t) {
                return t.digest;
            }
        }
        return null;
    }

    /**
     * @return {@code true} only if {@code a} and {@code b} provably have the same content: the same object, or both
     *         unchanged since loaded from bytes with the same digest; {@code false} means "not proven", not "different"
     */
    public static boolean provenEqual(ProcessRegister a, ProcessRegister b) {
        if (a == b) {
            return true;
        }
        byte[] da = of(a), db = of(b);
        return da != null && db != null && Arrays.equals(da, db);
    }

    private static final class Tracker extends AdapterImpl {

        private volatile byte[] digest;
        private final String fileChecksum;

        Tracker(byte[] digest, String fileChecksum) {
            this.digest = digest;
            this.fileChecksum = fileChecksum;
        }

        @Override
        public void notifyChanged(Notification msg) {
            digest = null;
        }

        @Override
        public void setTarget(org.eclipse.emf.common.notify.Notifier newTarget) {
            // shared by all objects of the register: no single target
        }

        @Override
        public void unsetTarget(org.eclipse.emf.common.notify.Notifier oldTarget) {
            // a removal is reported by notifyChanged (REMOVING_ADAPTER) already
        }
    }
}
