package org.prozesswerk.ui.wizards;

import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.prozesswerk.model.FimStatus;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessProfile;
import org.prozesswerk.model.ProcessType;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.model.provider.ProzesswerkEditPlugin;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.wizards.internal.Messages;
import org.prozesswerk.ui.wizards.internal.PlacePage;
import org.prozesswerk.ui.wizards.internal.Places.Place;
import org.prozesswerk.ui.ProfileEditors;

/**
 * "Neuer Steckbrief": name, key and process type of a new Steckbrief in a folder of an open register (the selected
 * one by default); added with an {@link AddCommand}, so undo removes it again.
 */
public final class NewProfileWizard extends AddElementWizard<ProcessProfile, NewProfileWizard.Page> {

    private static final Pattern NUMBERED_KEY = Pattern.compile("(.*?)(\\d+)"); //$NON-NLS-1$

    public NewProfileWizard() {
        super(Messages.NewProfile_Title);
    }

    @Override
    Page createPage(IStructuredSelection startSelection) {
        return new Page(startSelection);
    }

    @Override
    public boolean performFinish() {
        Page page = page();
        Place place = page.place();
        if (place == null || !(place.container() instanceof Folder folder)) {
            return false;
        }
        ProcessProfile profile = ProzesswerkFactory.eINSTANCE.createProcessProfile();
        profile.setId(UUID.randomUUID().toString());
        profile.setKey(page.key());
        profile.setName(page.name());
        profile.setProcessType(page.processType());
        profile.setStatus(FimStatus.IN_PLANNING);
        RegisterDocument document = place.document();
        if (!add(document, folder, ProzesswerkPackage.Literals.FOLDER__PROFILES, profile,
                Messages.NewProfile_CannotAdd)) {
            return false;
        }
        if (page.openEditor()) {
            ProfileEditors.open(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), document, profile);
        }
        return true;
    }

    /** The next free key after the highest numbered one in the register, e.g. "PW-000124"; "PW-000001" if none. */
    static String suggestKey(RegisterDocument document) {
        String prefix = "PW-"; //$NON-NLS-1$
        long max = 0;
        int digits = 6;
        for (var iterator = document.register().eAllContents(); iterator.hasNext();) {
            EObject object = iterator.next();
            if (object instanceof ProcessProfile profile) {
                iterator.prune();
                Matcher m = profile.getKey() == null ? null : NUMBERED_KEY.matcher(profile.getKey());
                if (m != null && m.matches() && m.group(2).length() <= 12) {
                    long n = Long.parseLong(m.group(2));
                    if (n > max) {
                        max = n;
                        prefix = m.group(1);
                        digits = m.group(2).length();
                    }
                }
            } else if (!(object instanceof Folder)) {
                iterator.prune();
            }
        }
        return prefix + String.format(Locale.ROOT, "%0" + digits + "d", max + 1); //$NON-NLS-1$ //$NON-NLS-2$
    }

    static boolean keyExists(RegisterDocument document, String key) {
        for (var iterator = document.register().eAllContents(); iterator.hasNext();) {
            EObject object = iterator.next();
            if (object instanceof ProcessProfile profile) {
                iterator.prune();
                if (key.equals(profile.getKey())) {
                    return true;
                }
            } else if (!(object instanceof Folder)) {
                iterator.prune();
            }
        }
        return false;
    }

    static String typeLabel(ProcessType type) {
        return ProzesswerkEditPlugin.INSTANCE.getString("_UI_ProcessType_" + type.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$
    }

    /** The single page: folder, name, key, process type. */
    public static final class Page extends PlacePage {

        private Combo folder;
        private Text key;
        private Combo type;
        private Button openEditor;
        private boolean keyEdited;
        private RegisterDocument keyDocument;

        Page(IStructuredSelection selection) {
            super("profile", Messages.NewProfile_PageTitle, Messages.NewProfile_PageDescription, selection, false); //$NON-NLS-1$
        }

        @Override
        protected void createFields(Composite body) {
            folder = createPlaceAndName(body, Messages.NewProfile_Folder, Messages.NewProfile_Name);
            nameText().setMessage(Messages.NewProfile_NameHint);
            key = text(body, Messages.NewProfile_Key, 1);
            type = combo(body, Messages.NewProfile_Type, 1);
            for (ProcessType t : ProcessType.VALUES) {
                type.add(typeLabel(t));
            }
            type.select(0);
            openEditor = new Button(body, SWT.CHECK);
            openEditor.setText(Messages.NewProfile_OpenEditor);
            openEditor.setSelection(ProfileEditors.available());
            openEditor.setEnabled(openEditor.getSelection());
            GridDataFactory.fillDefaults().span(2, 1).indent(0, 8).applyTo(openEditor);

            folder.addListener(SWT.Selection, e -> placeChanged());
            nameText().addListener(SWT.Modify, e -> validate());
            key.addListener(SWT.Modify, e -> {
                keyEdited = key.isFocusControl();
                validate();
            });
            int index = selectedPlace();
            if (index >= 0) {
                folder.select(index);
            }
            placeChanged();
            setErrorMessage(null);
        }

        private void placeChanged() {
            Place place = place();
            if (place != null && place.document() != keyDocument && !keyEdited) {
                keyDocument = place.document();
                key.setText(suggestKey(keyDocument));
                keyEdited = false;
            }
            validate();
        }

        private void validate() {
            String error = null;
            Place place = place();
            if (places().isEmpty()) {
                error = Messages.NewProfile_NoFolder;
            } else if (place == null) {
                error = Messages.NewProfile_FolderMissing;
            } else if (name().isEmpty()) {
                error = Messages.NewProfile_NameMissing;
            } else if (key.getText().isBlank()) {
                error = Messages.NewProfile_KeyMissing;
            } else if (keyExists(place.document(), key.getText().strip())) {
                error = NLS.bind(Messages.NewProfile_KeyExists, key.getText().strip());
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        /** Fills the fields as a user would (for tests and for callers that prefill). */
        public void setValues(String newName, String newKey, ProcessType newType) {
            nameText().setText(newName);
            if (newKey != null) {
                keyEdited = true;
                key.setText(newKey);
            }
            type.select(ProcessType.VALUES.indexOf(newType));
            validate();
        }

        /** Chooses the folder. */
        public void setFolder(Folder target) {
            choose(target);
            placeChanged();
        }

        /** The suggested or typed key. */
        public String key() {
            return key.getText().strip();
        }

        ProcessType processType() {
            return ProcessType.VALUES.get(Math.max(0, type.getSelectionIndex()));
        }

        boolean openEditor() {
            return openEditor.getSelection();
        }

        /** The folder shown as chosen, or {@code null}. */
        public Folder folder() {
            Place place = place();
            return place != null && place.container() instanceof Folder f ? f : null;
        }
    }
}
