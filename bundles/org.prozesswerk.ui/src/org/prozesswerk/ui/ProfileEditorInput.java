package org.prozesswerk.ui;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.ui.IMemento;
import org.eclipse.ui.IPersistableElement;
import org.prozesswerk.model.ProcessProfile;

/**
 * Input of the Steckbrief editor: one Prozesssteckbrief of an open register, addressed by register file and
 * Steckbrief id so it survives a restart (the register is opened again) and never pins a stale object.
 */
public final class ProfileEditorInput extends RegisterEditorInput implements IPersistableElement {

    static final String KEY_FILE = "file";
    static final String KEY_ID = "profile";

    private final String profileId;

    public ProfileEditorInput(Path file, String profileId) {
        super(file, Objects.requireNonNull(profileId));
        this.profileId = profileId;
    }

    /** The input of {@code profile}, which must belong to an open register. */
    public static ProfileEditorInput of(RegisterDocument document, ProcessProfile profile) {
        return new ProfileEditorInput(document.file(), profile.getId());
    }

    public String profileId() {
        return profileId;
    }

    /** The Steckbrief in the open document, if both exist. */
    public Optional<ProcessProfile> profile() {
        return document().flatMap(document -> {
            Resource resource = document.register().eResource();
            EObject object = resource == null ? null : resource.getEObject(profileId);
            return object instanceof ProcessProfile profile ? Optional.of(profile) : Optional.empty();
        });
    }

    @Override
    public boolean exists() {
        return profile().isPresent();
    }

    @Override
    public String getName() {
        return profile().map(ProcessProfile::getName).filter(n -> n != null && !n.isBlank()).orElse(profileId);
    }

    @Override
    public IPersistableElement getPersistable() {
        return this;
    }

    @Override
    public String getToolTipText() {
        return getName() + " \u2013 " + file();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        T self = super.getAdapter(adapter);
        if (self != null) {
            return self;
        }
        Optional<ProcessProfile> profile = profile();
        return profile.isPresent() && adapter.isInstance(profile.get()) ? adapter.cast(profile.get()) : null;
    }

    @Override
    public String getFactoryId() {
        return ProfileEditorInputFactory.ID;
    }

    @Override
    public void saveState(IMemento memento) {
        memento.putString(KEY_FILE, file().toString());
        memento.putString(KEY_ID, profileId);
    }
}
