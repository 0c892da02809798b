package org.prozesswerk.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.prozesswerk.core.editing.RegisterEditingDomain;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.internal.Messages;

/**
 * A register open in the workbench: one file, one editing domain, one command stack. Every view and editor that
 * shows part of the register edits it through this domain, so undo, redo, dirty state and save are shared.
 */
public final class RegisterDocument {

    /** Notified in the UI thread when the document becomes dirty or clean, and after it was saved. */
    public interface Listener {
        void dirtyChanged(RegisterDocument document);
    }

    private final AdapterFactoryEditingDomain domain;
    private final ProcessRegister register;
    private final RegisterSaveable saveable = new RegisterSaveable(this);
    private final ListenerList<Listener> listeners = new ListenerList<>();
    private final CommandStackListener commandStackListener = event -> notifyDirtyChanged();
    private Path file;
    private boolean lastDirty;
    /** The file as last loaded or saved by this document, to notice changes made by someone else. */
    private FileStamp stamp;

    /** Modification time, size and identity (inode) of a file; {@code null} when the file does not exist. */
    private record FileStamp(FileTime modified, long size, Object key) {

        static FileStamp of(Path file) {
            try {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                return new FileStamp(attributes.lastModifiedTime(), attributes.size(), attributes.fileKey());
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** Thrown by {@link RegisterDocument#save()} when the file was changed on disk since it was loaded or saved. */
    public static final class ChangedOnDiskException extends IOException {

        private static final long serialVersionUID = 1L;

        ChangedOnDiskException(Path file) {
            super(NLS.bind(Messages.Save_ChangedOnDisk, file));
        }
    }

    RegisterDocument(Path file, AdapterFactoryEditingDomain domain, ProcessRegister register) {
        this.file = Objects.requireNonNull(file);
        this.domain = Objects.requireNonNull(domain);
        this.register = Objects.requireNonNull(register);
        domain.getCommandStack().addCommandStackListener(commandStackListener);
        stamp = FileStamp.of(file);
    }

    /** The file the register is loaded from and saved to. */
    public Path file() {
        return file;
    }

    public AdapterFactoryEditingDomain editingDomain() {
        return domain;
    }

    /** The adapter factory of the domain, for label and content providers. */
    public ComposedAdapterFactory adapterFactory() {
        return (ComposedAdapterFactory) domain.getAdapterFactory();
    }

    public ProcessRegister register() {
        return register;
    }

    public boolean isDirty() {
        return RegisterEditingDomain.isDirty(domain);
    }

    /** The saveable the workbench uses to save and to ask about unsaved changes, shared by all parts. */
    public RegisterSaveable saveable() {
        return saveable;
    }

    /** A short name for titles: the register's name, or the file name. */
    public String displayName() {
        String name = register.getName();
        return name == null || name.isBlank() ? file.getFileName().toString() : name;
    }

    /** True when the file was changed (or replaced) on disk since this document loaded or saved it. */
    public boolean isChangedOnDisk() {
        FileStamp now = FileStamp.of(file);
        return now != null && !now.equals(stamp);
    }

    /**
     * Saves to {@link #file()} atomically (the previous file is kept as .bak).
     *
     * @throws ChangedOnDiskException if another program or workbench changed the file since it was loaded or saved
     *                                here: it is never overwritten silently ({@link #saveOverwriting()} does, when
     *                                the user chose so)
     */
    public void save() throws IOException {
        if (isChangedOnDisk()) {
            throw new ChangedOnDiskException(file);
        }
        saveAs(file);
    }

    /** Saves to {@link #file()} even if it was changed on disk (the user decided; the other content stays as .bak). */
    public void saveOverwriting() throws IOException {
        saveAs(file);
    }

    public void saveAs(Path target) throws IOException {
        RegisterEditingDomain.save(domain, target);
        file = target;
        stamp = FileStamp.of(target);
        // Always notify: the file changed even if "dirty" did not (saveIsDone does not notify the command stack's
        // listeners, so a flag flip here would hide exactly the dirty -> clean change of an ordinary save).
        lastDirty = isDirty();
        fireDirtyChanged();
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    void dispose() {
        domain.getCommandStack().removeCommandStackListener(commandStackListener);
        adapterFactory().dispose();
        listeners.clear();
    }

    private void notifyDirtyChanged() {
        boolean dirty = isDirty();
        if (dirty == lastDirty) {
            return;
        }
        lastDirty = dirty;
        fireDirtyChanged();
    }

    private void fireDirtyChanged() {
        Runnable notify = () -> {
            for (Listener listener : listeners) {
                listener.dirtyChanged(this);
            }
        };
        Display display = Display.getCurrent();
        if (display != null) {
            notify.run();
        } else if (!Display.getDefault().isDisposed()) {
            Display.getDefault().asyncExec(notify);
        }
    }
}
