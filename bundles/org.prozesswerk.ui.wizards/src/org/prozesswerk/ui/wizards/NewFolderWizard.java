package org.prozesswerk.ui.wizards;

import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.prozesswerk.model.Folder;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.model.ProzesswerkFactory;
import org.prozesswerk.model.ProzesswerkPackage;
import org.prozesswerk.ui.wizards.internal.Messages;
import org.prozesswerk.ui.wizards.internal.PlacePage;
import org.prozesswerk.ui.wizards.internal.Places.Place;

/** "Neuer Ordner": a folder at the top level of an open register or inside a folder; added with an AddCommand. */
public final class NewFolderWizard extends AddElementWizard<Folder, NewFolderWizard.Page> {

    public NewFolderWizard() {
        super(Messages.NewFolder_Title);
    }

    @Override
    Page createPage(IStructuredSelection startSelection) {
        return new Page(startSelection);
    }

    @Override
    public boolean performFinish() {
        Place place = page().place();
        if (place == null) {
            return false;
        }
        Folder folder = ProzesswerkFactory.eINSTANCE.createFolder();
        folder.setId(UUID.randomUUID().toString());
        folder.setName(page().name());
        String description = page().description();
        folder.setDescription(description.isEmpty() ? null : description);
        EReference feature = place.container() instanceof ProcessRegister
                ? ProzesswerkPackage.Literals.PROCESS_REGISTER__ROOT_FOLDERS
                : ProzesswerkPackage.Literals.FOLDER__FOLDERS;
        return add(place.document(), place.container(), feature, folder, Messages.NewFolder_CannotAdd);
    }

    /** The single page: parent, name, description. */
    public static final class Page extends PlacePage {

        private Combo parentCombo;
        private Text description;

        Page(IStructuredSelection selection) {
            super("folder", Messages.NewFolder_PageTitle, Messages.NewFolder_PageDescription, selection, true); //$NON-NLS-1$
        }

        @Override
        protected void createFields(Composite body) {
            parentCombo = createPlaceAndName(body, Messages.NewFolder_Parent, Messages.NewFolder_Name);
            Label descriptionLabel = new Label(body, SWT.NONE);
            descriptionLabel.setText(Messages.NewFolder_Description);
            GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(descriptionLabel);
            description = new Text(body, SWT.BORDER | SWT.MULTI | SWT.WRAP | SWT.V_SCROLL);
            GridDataFactory.fillDefaults().grab(true, true).hint(SWT.DEFAULT, 60).applyTo(description);
            int index = selectedPlace();
            // A selected folder is the parent; a selected register means its top level.
            Object first = selectedElement();
            if (index >= 0 && !(first instanceof Folder) && !(first instanceof org.prozesswerk.model.ProcessProfile)) {
                index = topLevelOf(places().get(index));
            }
            if (index >= 0) {
                parentCombo.select(index);
            }
            parentCombo.addListener(SWT.Selection, e -> validate());
            nameText().addListener(SWT.Modify, e -> validate());
            validate();
            setErrorMessage(null);
        }

        private int topLevelOf(Place place) {
            List<Place> places = places();
            for (int i = 0; i < places.size(); i++) {
                if (places.get(i).document() == place.document() && places.get(i).container() instanceof ProcessRegister) {
                    return i;
                }
            }
            return -1;
        }

        private void validate() {
            String error = null;
            Place place = place();
            if (places().isEmpty()) {
                error = Messages.NewFolder_NoRegister;
            } else if (place == null) {
                error = Messages.NewFolder_ParentMissing;
            } else if (name().isEmpty()) {
                error = Messages.NewFolder_NameMissing;
            } else if (siblingNamed(place.container(), name())) {
                error = NLS.bind(Messages.NewFolder_NameExists, name());
            }
            setErrorMessage(error);
            setPageComplete(error == null);
        }

        private static boolean siblingNamed(EObject container, String newName) {
            List<Folder> siblings = container instanceof ProcessRegister register ? register.getRootFolders()
                    : ((Folder) container).getFolders();
            return siblings.stream().anyMatch(f -> newName.equalsIgnoreCase(f.getName()));
        }

        /** Fills the fields as a user would (for tests and callers that prefill). */
        public void setValues(EObject parentContainer, String newName, String newDescription) {
            choose(parentContainer);
            nameText().setText(newName);
            description.setText(newDescription == null ? "" : newDescription); //$NON-NLS-1$
            validate();
        }

        /** The chosen parent: a register (top level) or a folder. */
        public EObject parentContainer() {
            Place place = place();
            return place == null ? null : place.container();
        }

        String description() {
            return description.getText().strip();
        }
    }
}
