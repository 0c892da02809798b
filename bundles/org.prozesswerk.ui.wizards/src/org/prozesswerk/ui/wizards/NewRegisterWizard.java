package org.prozesswerk.ui.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Link;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.prozesswerk.core.persistence.RegisterFormat;
import org.prozesswerk.model.ProcessRegister;
import org.prozesswerk.ui.FormWizardPage;
import org.prozesswerk.ui.RegisterDocument;
import org.prozesswerk.ui.RegisterDocuments;
import org.prozesswerk.ui.wizards.internal.Messages;

/** "Neues Register": name, publisher and file of an empty register with one root folder; writes and opens it. */
public final class NewRegisterWizard extends Wizard implements INewWizard {

    private Page page;
    private ProcessRegister created;
    private Path createdFile;

    public NewRegisterWizard() {
        setWindowTitle(Messages.NewRegister_Title);
        setNeedsProgressMonitor(false);
    }

    @Override
    public void init(IWorkbench workbench, IStructuredSelection selection) {
        // nothing from the selection: a new register stands alone
    }

    @Override
    public void addPages() {
        page = new Page();
        addPage(page);
    }

    public Page page() {
        return page;
    }

    /** The register written by the last finish, or {@code null}. */
    public ProcessRegister created() {
        return created;
    }

    public Path createdFile() {
        return createdFile;
    }

    @Override
    public boolean performFinish() {
        Path file = page.file();
        if (Files.exists(file) && !MessageDialog.openQuestion(getShell(), Messages.NewRegister_Title,
                NLS.bind(Messages.NewRegister_Overwrite, file))) {
            return false;
        }
        ProcessRegister register = RegisterFiles.emptyRegister(page.name(), page.publisher(), page.rootFolder());
        try {
            RegisterFiles.createAndOpen(register, file, null);
        } catch (IOException e) {
            page.setErrorMessage(NLS.bind(Messages.NewRegister_WriteFailed, file, e.getMessage()));
            return false;
        }
        created = register;
        createdFile = file;
        return true;
    }

    /** The single page: name, publisher, root folder, file. */
    public static final class Page extends FormWizardPage {

        private Text name;
        private Text publisher;
        private Text rootFolder;
        private Text file;
        private boolean fileEdited;

        Page() {
            super("register", Messages.NewRegister_PageTitle, Messages.NewRegister_PageDescription, 3); //$NON-NLS-1$
        }

        @Override
        protected void createFields(Composite body) {
            name = wideText(body, Messages.NewRegister_Name, 2);
            publisher = wideText(body, Messages.NewRegister_Publisher, 2);
            publisher.setMessage(Messages.NewRegister_PublisherHint);
            rootFolder = wideText(body, Messages.NewRegister_RootFolder, 2);
            rootFolder.setText(Messages.NewRegister_RootFolderDefault);
            file = wideText(body, Messages.NewRegister_File, 1);
            Button browse = new Button(body, SWT.PUSH);
            browse.setText(Messages.Browse);
            browse.addListener(SWT.Selection, e -> browse());
            Label note = new Label(body, SWT.WRAP);
            note.setText(Messages.NewRegister_FileNote);
            GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).indent(0, 8)
                    .applyTo(note);
            IWizardDescriptor fromMuster = PlatformUI.getWorkbench().getNewWizardRegistry()
                    .findWizard(WizardIds.NEW_REGISTER_FROM_MUSTER);
            if (fromMuster != null) {
                Link link = new Link(body, SWT.NONE);
                link.setText(Messages.NewRegister_FromMuster);
                GridDataFactory.fillDefaults().span(3, 1).indent(0, 8).applyTo(link);
                link.addListener(SWT.Selection, e -> openInstead(fromMuster));
            }
            name.addListener(SWT.Modify, e -> {
                if (!fileEdited) {
                    file.setText(defaultDirectory().resolve(fileName(name.getText())).toString());
                    fileEdited = false;
                }
                validate();
            });
            file.addListener(SWT.Modify, e -> {
                fileEdited = file.isFocusControl();
                validate();
            });
            rootFolder.addListener(SWT.Modify, e -> validate());
            file.setText(defaultDirectory().resolve(fileName("")).toString()); //$NON-NLS-1$
            validate();
            setErrorMessage(null);
            setMessage(null);
        }

        /** A {@link #text} row at least 300 pixels wide, so that the page opens wide enough for a file path. */
        private static Text wideText(Composite body, String label, int span) {
            Text text = text(body, label, span);
            ((GridData) text.getLayoutData()).widthHint = 300;
            return text;
        }

        private void browse() {
            FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
            dialog.setFilterExtensions(new String[] { "*.pwreg", "*.pwregb" }); //$NON-NLS-1$ //$NON-NLS-2$
            dialog.setFilterNames(new String[] { Messages.Filter_Xmi, Messages.Filter_Binary });
            Path current = Path.of(file.getText().isBlank() ? fileName(name.getText()) : file.getText());
            if (current.getParent() != null) {
                dialog.setFilterPath(current.getParent().toString());
            }
            dialog.setFileName(current.getFileName().toString());
            String chosen = dialog.open();
            if (chosen != null) {
                fileEdited = true;
                file.setText(chosen);
            }
        }

        private void openInstead(IWizardDescriptor descriptor) {
            Shell shell = getShell();
            try {
                INewWizard wizard = (INewWizard) descriptor.createWizard();
                wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
                shell.getDisplay().asyncExec(() -> new WizardDialog(shell.getParent() instanceof Shell s ? s : null,
                        wizard).open());
                if (getContainer() instanceof WizardDialog dialog) {
                    dialog.close();
                }
            } catch (CoreException e) {
                setErrorMessage(e.getMessage());
            }
        }

        private void validate() {
            String error = null;
            if (name.getText().isBlank()) {
                error = Messages.NewRegister_NameMissing;
            } else if (rootFolder.getText().isBlank()) {
                error = Messages.NewRegister_RootFolderMissing;
            } else if (file.getText().isBlank()) {
                error = Messages.NewRegister_FileMissing;
            } else {
                try {
                    Path path = Path.of(file.getText().strip());
                    String fileName = path.getFileName() == null ? "" : path.getFileName().toString(); //$NON-NLS-1$
                    int dot = fileName.lastIndexOf('.');
                    if (dot < 0 || RegisterFormat.forExtension(fileName.substring(dot + 1)).isEmpty()) {
                        error = Messages.NewRegister_FileExtension;
                    } else if (RegisterDocuments.getDefault().find(path).isPresent()) {
                        error = Messages.NewRegister_FileOpen;
                    } else if (Files.isDirectory(path)) {
                        error = Messages.NewRegister_FileIsDirectory;
                    }
                } catch (InvalidPathException e) {
                    error = NLS.bind(Messages.NewRegister_FileInvalid, e.getMessage());
                }
            }
            setErrorMessage(error);
            setPageComplete(error == null);
            if (error == null && Files.exists(Path.of(file.getText().strip()))) {
                setMessage(Messages.NewRegister_FileExists, WARNING);
            } else {
                setMessage(null);
            }
        }

        /** Fills the fields as a user would type them (for tests and for callers that prefill). */
        public void setValues(String newName, String newPublisher, String newRootFolder, Path newFile) {
            name.setText(newName);
            publisher.setText(newPublisher == null ? "" : newPublisher); //$NON-NLS-1$
            rootFolder.setText(newRootFolder);
            if (newFile != null) {
                fileEdited = true;
                file.setText(newFile.toString());
            }
            validate();
        }

        String name() {
            return name.getText().strip();
        }

        String publisher() {
            return publisher.getText().strip();
        }

        String rootFolder() {
            return rootFolder.getText().strip();
        }

        Path file() {
            return Path.of(file.getText().strip());
        }

        /** The folder of the last opened register, else the user's home. */
        private static Path defaultDirectory() {
            List<RegisterDocument> open = RegisterDocuments.getDefault().documents();
            if (!open.isEmpty()) {
                Path parent = open.get(open.size() - 1).file().toAbsolutePath().getParent();
                if (parent != null) {
                    return parent;
                }
            }
            return Path.of(System.getProperty("user.home")); //$NON-NLS-1$
        }

        /** "Gemeinde Musterstadt" -> "Gemeinde_Musterstadt.pwreg". */
        static String fileName(String registerName) {
            String base = registerName.strip().replaceAll("[\\\\/:*?\"<>|]", "").replaceAll("\\s+", "_"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
            return (base.isEmpty() ? Messages.NewRegister_FileDefault : base) + ".pwreg"; //$NON-NLS-1$
        }
    }
}
