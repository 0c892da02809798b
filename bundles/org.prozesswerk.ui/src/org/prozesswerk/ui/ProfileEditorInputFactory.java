package org.prozesswerk.ui;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.ui.IElementFactory;
import org.eclipse.ui.IMemento;
import org.prozesswerk.core.persistence.RegisterLoadException;

/** Restores Steckbrief editors after a restart, opening their register again if it still exists. */
public final class ProfileEditorInputFactory implements IElementFactory {

    public static final String ID = "org.prozesswerk.ui.profileEditorInputFactory";

    @Override
    public IAdaptable createElement(IMemento memento) {
        String file = memento.getString(ProfileEditorInput.KEY_FILE);
        String id = memento.getString(ProfileEditorInput.KEY_ID);
        if (file == null || id == null || !Files.isReadable(Path.of(file))) {
            return null;
        }
        try {
            RegisterDocuments.getDefault().open(Path.of(file));
        } catch (RegisterLoadException e) {
            return null; // the register changed on disk so that it no longer loads: don't restore its editors
        }
        ProfileEditorInput input = new ProfileEditorInput(Path.of(file), id);
        return input.exists() ? input : null;
    }
}
