package org.prozesswerk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;

/**
 * The input of an editor that shows a part of one open register (a Steckbrief, its roles and rights, its method
 * profile, a diagram), addressed by the register's file and, where the register has several such parts, a key of the
 * part (a diagram type, a Steckbrief id), so it never pins a closed document. Two inputs are equal when they are of the
 * same class and have the same address.
 */
public abstract class RegisterEditorInput implements IEditorInput {

    private final Path file;
    private final String key;
    private final String nameFormat;

    /** The input of the part {@code key} of the register {@code file}; its subclass names it ({@link #getName()}). */
    protected RegisterEditorInput(Path file, String key) {
        this(file, key, "{0}");
    }

    /**
     * The input of the register's only part of its kind ({@code key} null) or of the part {@code key}, named
     * {@code nameFormat} with the register's name as <code>{0}</code>.
     */
    protected RegisterEditorInput(Path file, String key, String nameFormat) {
        this.file = Objects.requireNonNull(file, "file");
        this.key = key;
        this.nameFormat = Objects.requireNonNull(nameFormat, "nameFormat");
    }

    public final Path file() {
        return file;
    }

    /** The open register, if it is (still) open. */
    public final Optional<RegisterDocument> document() {
        return RegisterDocuments.getDefault().find(file);
    }

    /** The register's name for a title: its display name while it is open, else its file's name. */
    protected final String registerName() {
        return document().map(RegisterDocument::displayName).orElse(String.valueOf(file.getFileName()));
    }

    @Override
    public boolean exists() {
        return document().isPresent();
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return ImageDescriptor.getMissingImageDescriptor();
    }

    @Override
    public String getName() {
        return NLS.bind(nameFormat, registerName());
    }

    @Override
    public IPersistableElement getPersistable() {
        return null; // reopened from the navigator, not restored at start
    }

    @Override
    public String getToolTipText() {
        return getName() + " (" + file + ")";
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return adapter.isInstance(this) ? adapter.cast(this) : null;
    }

    @Override
    public boolean equals(Object other) {
        return other != null && other.getClass() == getClass() && ((RegisterEditorInput) other).file.equals(file)
                && Objects.equals(((RegisterEditorInput) other).key, key);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, key);
    }
}
